-- Budget status (budsjettstatus) a unit submits for a period: actuals to date and year-end forecast, in 1 000 kr.
create table budget_status (
    id                bigint generated always as identity primary key,
    unit_code         varchar(12)  not null references known_unit (code),
    period_id         varchar(8)   not null,
    actuals_to_date   bigint       not null check (actuals_to_date >= 0),
    year_end_forecast bigint       not null check (year_end_forecast >= 0),
    comment           varchar(4000),
    submitted_by      varchar(100) not null,
    submitted_at      timestamptz  not null
);
create index budget_status_unit_period on budget_status (unit_code, period_id);
