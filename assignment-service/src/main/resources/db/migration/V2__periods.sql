-- Reporting periods: 2025-M05, 2025-Q1, 2025-T2, 2025-Y; open until closed by deadline or department staff.
create table reporting_period (
    id             varchar(8)  primary key,
    type           varchar(10) not null check (type in ('MONTH', 'QUARTER', 'TERTIAL', 'YEAR')),
    year           int         not null,
    starts_on      date        not null,
    ends_on        date        not null,
    deadline       date        not null,
    status         varchar(10) not null check (status in ('OPEN', 'CLOSED')),
    closed_at      timestamptz,
    closed_by      varchar(100),
    close_count    int         not null default 0, -- the close revision: 2 after a reopen and a new close
    version        int         not null default 0
);
create index reporting_period_year on reporting_period (year);
