-- One secondary index instead of two. Every query of measurement but the trends' (an indicator's series, which reads
-- all periods) names the period, and then the unit: a unit's submissions in a period, the latest value of each unit and
-- indicator in a period (a close, a chunk of one, a preview), the counts per unit. This index serves them all, in the
-- order the close reads them; the two it replaces each cost a bulk upload as much as this one (issue: close latency,
-- bulk measurements).
drop index measurement_unit_period;
drop index measurement_period_indicator;
create index measurement_period_unit on measurement (period_id, unit_code, indicator_code, submitted_at desc, id desc);
