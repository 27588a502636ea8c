-- Half-year periods (2024-H1, 2024-H2): the bydel letter puts the ledersamtaler in «første halvår». Every year that has
-- periods gets its two halves, open, with the default deadline of 20 days after the last day; like any period set up
-- after its deadline, a past half is left for department staff to close.
alter table reporting_period drop constraint reporting_period_type_check;
alter table reporting_period add constraint reporting_period_type_check
    check (type in ('MONTH', 'QUARTER', 'TERTIAL', 'HALF', 'YEAR'));
insert into reporting_period (id, type, year, starts_on, ends_on, deadline, status)
select y.year || '-H' || h.n, 'HALF', y.year, make_date(y.year, 6 * h.n - 5, 1),
       (make_date(y.year, 6 * h.n - 5, 1) + interval '6 months' - interval '1 day')::date,
       (make_date(y.year, 6 * h.n - 5, 1) + interval '6 months' + interval '19 days')::date, 'OPEN'
from (select distinct year from reporting_period) y cross join (values (1), (2)) h(n)
on conflict (id) do nothing;
