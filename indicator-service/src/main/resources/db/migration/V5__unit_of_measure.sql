-- Any unit of measure: an indicator has its unit as the letter prints it (free text) and a value kind that decides what a
-- measurement may be, instead of one of six measures. Each old measure is carried over as the unit text and kind it
-- meant (the same rule as ValueFormat.of(Measure)), so every stored indicator accepts exactly the values it accepted
-- before and every stored measurement keeps its meaning.
alter table indicator add column unit_of_measure varchar(60);
alter table indicator add column value_kind varchar(8);
alter table indicator add column value_decimals integer check (value_decimals between 0 and 6);
alter table indicator add column inferred varchar(20)[] not null default '{}';
update indicator set
    unit_of_measure = case measure
        when 'PERCENT' then 'prosent'
        when 'COUNT' then 'antall'
        when 'SCORE' then 'skår'
        when 'PER_1000_INHABITANTS' then 'per 1 000 innbyggere'
        when 'MINUTES' then 'minutter'
        when 'DAYS' then 'dager'
    end,
    value_kind = case measure
        when 'PERCENT' then 'PERCENT'
        when 'COUNT' then 'WHOLE'
        when 'SCORE' then 'SCORE'
        else 'DECIMAL'
    end;
alter table indicator alter column unit_of_measure set not null;
alter table indicator alter column value_kind set not null;
alter table indicator add constraint indicator_value_kind check (value_kind in ('WHOLE', 'DECIMAL', 'PERCENT', 'SCORE'));
alter table indicator drop column measure;
