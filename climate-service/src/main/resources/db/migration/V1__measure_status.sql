-- Status of a klimabudsjett measure (virkemiddel) reported by a responsible unit in a period.
create table measure_status (
    id           bigint generated always as identity primary key,
    unit_code    varchar(12)   not null references known_unit (code),
    period_id    varchar(8)    not null,
    measure_code varchar(100)  not null,
    status       varchar(10)   not null check (status in ('ON_TRACK', 'AT_RISK', 'OFF_TRACK')),
    comment      varchar(4000),
    submitted_by varchar(100)  not null,
    submitted_at timestamptz   not null
);
create index measure_status_unit_period on measure_status (unit_code, period_id);
