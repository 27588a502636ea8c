-- Units (virksomheter): departments (byrådsavdelinger), agencies (etater) and districts (bydeler).
create table unit (
    code       varchar(12)  primary key,            -- bydel: SSB code (030112); agency/department: the letters' code (HEL, HLS)
    name       varchar(300) not null,
    kind       varchar(20)  not null check (kind in ('DEPARTMENT', 'AGENCY', 'DISTRICT')),
    parents    varchar(12)[] not null default '{}', -- the departments the unit reports to
    version    int          not null default 0,
    updated_at timestamptz  not null
);
