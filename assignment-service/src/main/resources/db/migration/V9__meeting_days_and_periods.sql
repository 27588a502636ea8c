-- A meeting is at a time, on whole days (the bydeler's samlinger «17. – 18. april»), or within a period without a date yet
-- (the ledersamtaler «i første halvår 2024»): exactly one of the three. Meetings stored before are all at a time.
-- fixture_key marks the meetings the seed fixtures loaded, so that loading them again adds nothing.
alter table meeting alter column starts_at drop not null;
alter table meeting alter column ends_at drop not null;
alter table meeting drop constraint meeting_check;
alter table meeting add column first_day date;
alter table meeting add column last_day date;
alter table meeting add column within_period varchar(10);
alter table meeting add column fixture_key varchar(100) unique;
alter table meeting add constraint meeting_time check (
    (starts_at is not null and ends_at is not null and ends_at > starts_at and first_day is null and within_period is null)
    or (first_day is not null and last_day >= first_day and starts_at is null and within_period is null)
    or (within_period is not null and starts_at is null and first_day is null));
