-- Transactional outbox: events are inserted in the same transaction as the change they describe and relayed to Kafka.
create table outbox_event (
    id           bigint generated always as identity primary key, -- relay order
    event_id     uuid         not null unique,                    -- CloudEvents id (ce_id)
    topic        varchar(200) not null,
    record_key   varchar(200) not null,                           -- unit code, or period id for period events
    type         varchar(200) not null,                           -- CloudEvents type
    subject      varchar(200) not null,
    occurred_at  timestamptz  not null,
    payload      jsonb        not null,
    sent_at      timestamptz                                      -- null until acknowledged by Kafka
);
create index outbox_event_unsent on outbox_event (id) where sent_at is null;
