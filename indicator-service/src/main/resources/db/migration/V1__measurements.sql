-- Measurements (måleverdier) a unit reports for a result indicator in a period. Values are exact decimals.
create table measurement (
    id             bigint generated always as identity primary key,
    unit_code      varchar(12)    not null references known_unit (code),
    period_id      varchar(8)     not null,
    indicator_code varchar(100)   not null,
    value          numeric(20, 6) not null,
    comment        varchar(4000),
    submitted_by   varchar(100)   not null,
    submitted_at   timestamptz    not null
);
create index measurement_unit_period on measurement (unit_code, period_id);
