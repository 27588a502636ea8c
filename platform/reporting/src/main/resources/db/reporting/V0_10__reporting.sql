-- Units this service knows, learnt from the compacted topic styring.units (owned by the assignment-service).
create table known_unit (
    code       varchar(12)  primary key,
    name       varchar(300) not null,
    kind       varchar(20)  not null, -- DEPARTMENT, AGENCY or DISTRICT
    parents    varchar(12)[] not null default '{}',
    updated_at timestamptz  not null
);

-- Periods closed by the assignment-service (styring.periods): submissions for them are refused.
create table period_lock (
    period_id      varchar(8)  primary key,
    closed_at      timestamptz not null,
    closed_by      varchar(100) not null,
    close_revision int         not null
);

-- One report per unit and closed period; a period closed again gives the next revision, never an overwrite.
create table period_report (
    unit_code    varchar(12) not null references known_unit (code),
    period_id    varchar(8)  not null,
    revision     int         not null,
    event_id     uuid        not null,
    payload      jsonb       not null,
    generated_at timestamptz not null,
    primary key (unit_code, period_id, revision)
);
create index period_report_period on period_report (period_id);
