-- Indicators the indicator-service has published (styring.indicator.changes): a measure's related indicator is checked
-- against them.
create table known_indicator (
    year      int          not null,
    code      varchar(100) not null,
    in_letter boolean      not null,
    primary key (year, code)
);
