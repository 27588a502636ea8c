-- The reporting-duty report of each unit for each closed period, as published on styring.duty.reports (the same
-- transaction as the close); a close that ends a reopening for the unit adds the next revision beside the first.
create table duty_report (
    unit_code    varchar(12) not null references unit (code),
    period_id    varchar(8)  not null references reporting_period (id),
    revision     int         not null check (revision >= 1),
    generated_at timestamptz not null,
    payload      jsonb       not null,
    event_id     uuid        not null,
    primary key (unit_code, period_id, revision)
);

-- The fields of a duty its letter does not print (to, when …), so that a reader can tell printed from assumed.
alter table reporting_duty add column inferred varchar(20)[] not null default '{}';
