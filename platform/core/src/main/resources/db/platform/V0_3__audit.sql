-- The audit trail: every row an API request created, changed or removed, written in the request's own transaction.
create table audit_entry (
    id         bigserial    primary key,
    at         timestamptz  not null,
    actor      varchar(200) not null,
    request_id varchar(100) not null,
    method     varchar(10)  not null,
    path       varchar(2000) not null,
    entity     varchar(100) not null,
    entity_id  varchar(200) not null,
    action     varchar(10)  not null,
    changes    jsonb        not null
);
create index audit_entry_record on audit_entry (entity, entity_id);
create index audit_entry_request on audit_entry (request_id);
