-- Footnotes: a printed table's footnotes are stored once, on the letter (mark and text); a name, history value or target
-- that ends with one of its marks keeps its printed text and has the mark. History values and targets are jsonb and gain
-- their optional mark (and a target its printed text) without a change of column; the ones stored before have none.
alter table indicator_letter add column footnotes jsonb not null default '[]';
alter table indicator add column name_mark varchar(8);
