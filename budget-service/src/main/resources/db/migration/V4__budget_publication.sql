-- Letter years whose budget lines are published as open data (Open Fiscal Data Package), readable without a token.
create table budget_publication (
    letter_year  int          primary key,
    published_at timestamptz  not null,
    published_by varchar(100) not null
);
