-- Oppdrag (assignments) from a department to one or several units, with a deadline (a date, or the end of a period) and
-- a lifecycle: announced ("kommende oppdrag") -> issued -> delivered by the recipient -> accepted or returned.
create table oppdrag (
    id              bigint generated always as identity primary key,
    year            int           not null,
    issuer          varchar(12)   not null references unit (code),
    recipients      varchar(12)[] not null,
    title           varchar(300)  not null,
    description     text          not null,
    deadline        date,          -- a date as printed (31.1.25), or the last day of deadline_period
    deadline_period varchar(8),    -- "innen utgangen av 2. kvartal" = 2025-Q2
    status          varchar(12)   not null check (status in ('ANNOUNCED', 'ISSUED', 'DELIVERED', 'ACCEPTED', 'RETURNED')),
    fixture_key     varchar(100)  unique, -- the seed letters' oppdrag, so that loading them again changes nothing
    reminded_at     timestamptz,   -- when the reminder before the deadline went out
    created_by      varchar(100)  not null,
    created_at      timestamptz   not null
);
create index oppdrag_year on oppdrag (year);

-- Every transition, audited: who, when, what note and document.
create table oppdrag_transition (
    id            bigint generated always as identity primary key,
    oppdrag_id    bigint       not null references oppdrag (id),
    to_status     varchar(12)  not null,
    unit_code     varchar(12),  -- the delivering unit
    note          varchar(4000),
    document_link varchar(2000),
    by_user       varchar(100) not null,
    at            timestamptz  not null
);
create index oppdrag_transition_oppdrag on oppdrag_transition (oppdrag_id, at);
