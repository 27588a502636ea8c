-- A closed period reopened for one unit by department staff, with a reason and an expiry (audited: who, when, why).
-- closed_at is set when the period is closed again; that close issues revision 2 of the unit's reports.
alter table reporting_period drop constraint reporting_period_status_check;
alter table reporting_period add constraint reporting_period_status_check check (status in ('OPEN', 'CLOSED', 'REOPENED'));

create table period_reopening (
    id          bigint generated always as identity primary key,
    period_id   varchar(8)    not null references reporting_period (id),
    unit_code   varchar(12)   not null references unit (code),
    reason      varchar(2000) not null,
    reopened_at timestamptz   not null,
    reopened_by varchar(100)  not null,
    expires_at  timestamptz   not null,
    closed_at   timestamptz,
    closed_by   varchar(100)
);
create index period_reopening_period on period_reopening (period_id);
-- at most one reopening of a period per unit is in force at a time
create unique index period_reopening_active on period_reopening (period_id, unit_code) where closed_at is null;
