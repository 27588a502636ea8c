-- Meetings of the styringskalender (etatsstyringsmøte, kontaktmøte, fagmøte, startmøte, ledersamtale), with the documents
-- due before them. With the reporting deadlines and the oppdrag deadlines they make each unit's calendar.
create table meeting (
    id            bigint generated always as identity primary key,
    year          int           not null,
    kind          varchar(30)   not null,
    title         varchar(300)  not null,
    unit_code     varchar(12)   not null references unit (code),
    department    varchar(12)   not null references unit (code),
    starts_at     timestamptz   not null,
    ends_at       timestamptz   not null,
    location      varchar(300),
    participants  varchar(300)[] not null,
    documents_due text          not null, -- JSON: [{"title": "Årsberetning 2024", "dueDate": "2025-02-15"}]
    created_by    varchar(100)  not null,
    created_at    timestamptz   not null,
    check (ends_at > starts_at)
);
create index meeting_unit_year on meeting (unit_code, year);
