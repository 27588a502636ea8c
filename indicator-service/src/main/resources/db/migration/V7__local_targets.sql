-- Local targets: an indicator carries the letter's target per year and, optionally, a unit's own target per year («lokale
-- måltall») and a unit's own results; evaluation uses the unit's own target where one exists. history_scope says whose
-- figures the letter's history and targets are: the city's (a letter to several units, such as the bydeler's) or the
-- recipient's own. Stored indicators keep what they meant: a letter to one unit is that unit's own, to several the city's.
alter table indicator add column history_scope varchar(4) not null default 'UNIT' check (history_scope in ('CITY', 'UNIT'));
alter table indicator add column unit_targets jsonb not null default '[]';
alter table indicator add column unit_history jsonb not null default '[]';
update indicator i set history_scope = 'CITY'
    from indicator_letter l where l.id = i.letter_id and cardinality(l.units) > 1;
