-- Lanes of the outbox: a key's events are always in the same one of eight lanes. A relay holds a lane's advisory lock
-- while it sends that lane's events, so the relays of several replicas send at once, each lane in id order, and a key's
-- events stay in order.
alter table outbox_event add column lane smallint generated always as (hashtext(record_key) & 7) stored;
create index outbox_event_unsent_lane on outbox_event (lane, id) where sent_at is null;
