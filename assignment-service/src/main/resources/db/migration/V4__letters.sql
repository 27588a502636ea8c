-- Allocation letters (tildelingsbrev): one row per letter, one row per version. A supplementary letter is a new version;
-- versions never change once recorded.
create table letter (
    id              bigint generated always as identity primary key,
    year            int          not null,
    title           varchar(300) not null,
    current_version int          not null,
    unique (year, title)
);

create table letter_version (
    letter_id   bigint       not null references letter (id),
    version     int          not null check (version >= 1),
    recorded_at timestamptz  not null,
    recorded_by varchar(100) not null,
    reason      varchar(500) not null,
    content     jsonb        not null, -- reference, date, issuers, recipients, sections
    primary key (letter_id, version)
);
