-- Budget imports: each letter's budget tables as imported (styring.budget-import.v1), kept in full and never changed.
-- The frames, investments and distribution the API shows are derived from the latest import of each letter.
create table budget_import (
    id           bigint generated always as identity primary key,
    letter_year  int          not null,
    letter_title varchar(300) not null,
    document     jsonb        not null,
    imported_by  varchar(100) not null,
    imported_at  timestamptz  not null
);
create index budget_import_letter on budget_import (letter_year, letter_title, id desc);
