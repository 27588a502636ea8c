-- When a period was created: a period closes by itself when its deadline passes after that. Periods set up after their
-- deadline (a past year loaded on a new installation, and every period that existed before this migration) are left
-- for department staff to close.
alter table reporting_period add column created_at timestamptz not null default now();
