-- Section 4.1 of an allocation letter, as imported (styring.indicator-import.v1): one row per letter (year + title).
create table indicator_letter (
    id          bigint generated always as identity primary key,
    year        int           not null,
    title       varchar(300)  not null,
    units       varchar(12)[] not null, -- the recipients; every indicator and tiltak of the letter applies to each
    document    jsonb         not null, -- the import as sent, for audit
    imported_by varchar(100)  not null,
    imported_at timestamptz   not null,
    unique (year, title)
);

-- The goal hierarchy: KOMMUNEMAL → SEKTORMAL, or FUNKSJONSOMRADE → HOVEDMAL. Replaced as a whole by a re-import.
create table goal (
    id         bigint generated always as identity primary key,
    letter_id  bigint       not null references indicator_letter (id),
    key        varchar(60)  not null,
    level      varchar(20)  not null,
    code       varchar(60)  not null,
    title      text         not null,
    parent_key varchar(60),
    position   int          not null,
    unique (letter_id, key)
);

-- Tiltak under a sektormål or hovedmål; kept (in_letter = false) when a re-import leaves one out, so its status stays.
create table tiltak (
    id          bigint generated always as identity primary key,
    letter_id   bigint      not null references indicator_letter (id),
    key         varchar(60) not null,
    goal_key    varchar(60) not null,
    number      int,
    text        text        not null,
    explanation text,
    withdrawn   text,       -- the reason it no longer applies ("Tiltaket er ikke aktuelt. …"), or null
    position    int         not null,
    in_letter   boolean     not null default true,
    unique (letter_id, key)
);

-- Result indicators; a code is unique within a year. History values and targets are kept as the letter prints them.
create table indicator (
    id           bigint generated always as identity primary key,
    letter_id    bigint       not null references indicator_letter (id),
    year         int          not null,
    code         varchar(100) not null,
    goal_key     varchar(60)  not null,
    name         text         not null,
    measure      varchar(30)  not null,
    direction    varchar(20)  not null,
    period_types varchar(1)[] not null, -- M, Q, T, Y
    history      jsonb        not null, -- [{"year": 2022, "value": "75"}]
    targets      jsonb        not null, -- [{"year": 2025, "target": "80"}]
    position     int          not null,
    in_letter    boolean      not null default true,
    unique (year, code)
);

-- A measurement belongs to an indicator of the period's year; the latest submission per unit, period and indicator counts.
create index measurement_period_indicator on measurement (period_id, indicator_code, unit_code, submitted_at desc);

-- Tiltak status a unit reports per period (the latest counts).
create table tiltak_status (
    id           bigint generated always as identity primary key,
    tiltak_id    bigint        not null references tiltak (id),
    unit_code    varchar(12)   not null references known_unit (code),
    period_id    varchar(8)    not null,
    status       varchar(20)   not null, -- NOT_STARTED, IN_PROGRESS, DONE, WITHDRAWN
    comment      varchar(4000),
    submitted_by varchar(100)  not null,
    submitted_at timestamptz   not null
);
create index tiltak_status_unit_period on tiltak_status (unit_code, period_id, tiltak_id, submitted_at desc);
