-- Idempotent consumers: an event id is recorded in the same transaction as its effect, so a redelivery changes nothing.
create table inbox_event (
    consumer     varchar(100) not null,
    event_id     varchar(200) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
