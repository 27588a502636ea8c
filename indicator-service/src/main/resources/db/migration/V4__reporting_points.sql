-- Reporting points instead of period types: an indicator is due exactly at the points its letter names (Q1, T2, Y,
-- M05 …). A period type of the old column meant every period of that type, which the points M, Q, T and Y still mean,
-- so the old values are carried over unchanged and every stored measurement keeps its meaning.
alter table indicator add column reporting_points varchar(3)[];
update indicator set reporting_points = period_types::varchar(3)[];
alter table indicator alter column reporting_points set not null;
alter table indicator drop column period_types;
