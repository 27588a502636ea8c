-- A climate-budget reporting table (styring.climate-import.v1), as imported; one per year and title.
create table climate_table (
    id          bigint generated always as identity primary key,
    year        int          not null,
    title       varchar(300) not null,
    source      varchar(500),
    document    jsonb        not null, -- the import as sent, for audit
    imported_by varchar(100) not null,
    imported_at timestamptz  not null,
    unique (year, title)
);

-- Virkemidler (measures) of a table; replaced as a whole by a re-import of the table.
create table climate_measure (
    id                 bigint generated always as identity primary key,
    table_id           bigint        not null references climate_table (id) on delete cascade,
    year               int           not null,
    key                varchar(100)  not null,
    number             varchar(30),
    category           varchar(30)   not null,
    responsible        varchar(12)[] not null, -- unit codes, or {ALL}
    text               text          not null,
    note               text,
    effect_tonnes_co2e numeric(14, 3),
    budget_unit        varchar(12),
    budget_chapter     varchar(20),
    related_indicator  varchar(100),
    position           int           not null,
    unique (year, key)
);

-- Reporting indicators of a measure, with the target in the shared grammar and the period types they are reported in.
create table climate_indicator (
    id           bigint generated always as identity primary key,
    measure_id   bigint       not null references climate_measure (id) on delete cascade,
    year         int          not null,
    code         varchar(100) not null,
    name         text         not null,
    target       varchar(100) not null,
    direction    varchar(20)  not null,
    period_types varchar(1)[] not null,
    position     int          not null,
    unique (year, code)
);

-- A status report is now per indicator of a measure, with a value; the latest per unit, period and indicator counts.
alter table measure_status add column indicator_code varchar(100);
alter table measure_status add column value numeric(20, 6);
create index measure_status_period_indicator on measure_status (period_id, indicator_code, unit_code, submitted_at desc);

-- Frames the budget-service has published (styring.budget.changes): a measure's budget line is checked against them.
create table known_budget_line (
    unit_code varchar(12) not null,
    chapter   varchar(20) not null,
    year      int         not null,
    frame_id  bigint      not null,
    primary key (unit_code, chapter, year)
);
