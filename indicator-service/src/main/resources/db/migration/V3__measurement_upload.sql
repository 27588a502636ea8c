-- A bulk upload of measurements by department staff (CSV or JSON): which rows came in together, from whom.
create table measurement_upload (
    id          bigint generated always as identity primary key,
    rows        int          not null,
    units       int          not null,
    indicators  int          not null,
    periods     varchar(8)[] not null,
    uploaded_by varchar(100) not null,
    uploaded_at timestamptz  not null
);
alter table measurement add column upload_id bigint references measurement_upload (id);
