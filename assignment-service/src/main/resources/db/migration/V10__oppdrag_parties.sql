-- Oppdrag with parties outside the letter: bodies that share an oppdrag (a joint oppdrag), own it while the recipients
-- support it, or take part in it, as the letter names them: [{"name": "Oslo Origo", "role": "CO_RESPONSIBLE"}].
-- Oppdrag stored before name none, which is what they meant.
alter table oppdrag add column parties jsonb not null default '[]';
