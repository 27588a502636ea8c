-- Reopenings of a closed period for one unit (styring.periods, period.reopened): until it expires, or the period is
-- closed again (ended_at), that unit's submissions for the period are accepted.
create table period_reopening (
    period_id   varchar(8)   not null,
    unit_code   varchar(12)  not null,
    reopened_at timestamptz  not null,
    reopened_by varchar(100) not null,
    reason      varchar(2000) not null,
    expires_at  timestamptz  not null,
    ended_at    timestamptz,
    primary key (period_id, unit_code, reopened_at)
);
create index period_reopening_active on period_reopening (period_id, unit_code) where ended_at is null;
