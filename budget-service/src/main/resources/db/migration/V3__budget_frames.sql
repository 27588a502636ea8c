-- Budget frames (rammer): one per letter year, unit and chapter (kapittel). Every change is a new version; versions are
-- never changed or deleted, so reading a frame "as of" a time returns what it was then. budget_frame.version is the
-- current version (the ETag of optimistic concurrency).
create table budget_frame (
    id           bigint generated always as identity primary key,
    letter_year  int          not null,
    letter_title varchar(300) not null,
    unit_code    varchar(12)  not null references known_unit (code),
    chapter      varchar(20)  not null,
    chapter_name varchar(300),
    years        int[]        not null, -- the økonomiplan years, e.g. {2025,2026,2027,2028}
    version      int          not null,
    unique (letter_year, unit_code, chapter)
);
create index budget_frame_unit on budget_frame (unit_code, letter_year);

-- The versions of a frame: its base line and change lines as they were. lines is a JSON array, the base line first:
-- [{"text": …, "category": …, "amounts": [exact integers in 1 000 kr, one per year]}]. Totals are derived, never stored.
create table budget_frame_version (
    frame_id    bigint       not null references budget_frame (id),
    version     int          not null check (version >= 1),
    recorded_at timestamptz  not null,
    recorded_by varchar(100) not null,
    reason      varchar(500) not null,
    import_id   bigint references budget_import (id), -- the import that recorded it, if any
    lines       jsonb        not null,
    primary key (frame_id, version)
);
create index budget_frame_version_time on budget_frame_version (frame_id, recorded_at);
