-- Reporting duties (rapporteringskrav) that are not indicators: earmarked funds reported «i andre tertial og i
-- årsberetningen», reports to another body, event-driven reports («straks» for serious incidents), documents due before
-- meetings. Each is due in exactly one way: at reporting points, on a date, on an event, or before each meeting of a kind.
create table reporting_duty (
    id             bigint generated always as identity primary key,
    year           int           not null,
    issuer         varchar(12)   not null references unit (code),
    reporters      varchar(12)[] not null,
    recipient      varchar(200)  not null,
    text           text          not null,
    points         varchar(3)[]  not null default '{}',
    due_date       date,
    event          varchar(100),
    before_meeting varchar(30),
    concerns       text,
    section        varchar(200),
    fixture_key    varchar(150)  unique,
    created_by     varchar(100)  not null,
    created_at     timestamptz   not null,
    check ((cardinality(points) > 0)::int + (due_date is not null)::int + (event is not null)::int
           + (before_meeting is not null)::int = 1)
);
create index reporting_duty_year on reporting_duty (year);

-- A unit's fulfilment of a duty at an occasion (a period id, or the day of an event or a meeting); the latest counts.
create table duty_fulfilment (
    id            bigint generated always as identity primary key,
    duty_id       bigint        not null references reporting_duty (id),
    unit_code     varchar(12)   not null references unit (code),
    occasion      varchar(10)   not null,
    delivered     boolean       not null,
    note          varchar(2000),
    document_link varchar(2000),
    submitted_by  varchar(100)  not null,
    submitted_at  timestamptz   not null
);
create index duty_fulfilment_of on duty_fulfilment (duty_id, unit_code, occasion, submitted_at desc);
