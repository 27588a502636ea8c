-- The plan of a period close, a chunk of units at a time (styring.reporting.close-chunk-size): the close fixes each
-- chunk's units and report revisions here, writes chunk 0 at once and publishes the others on styring.close.chunks, so
-- that the service's replicas share them. A chunk is written in one transaction with its reports; done_at set is also
-- what makes a redelivered chunk a no-op.
create table close_chunk (
    period_id      varchar(8)  not null,
    close_revision int         not null,
    chunk          int         not null,
    units          text[]      not null,
    revisions      int[]       not null,
    planned_at     timestamptz not null,
    done_at        timestamptz,
    primary key (period_id, close_revision, chunk)
);
create index close_chunk_pending on close_chunk (period_id) where done_at is null;
