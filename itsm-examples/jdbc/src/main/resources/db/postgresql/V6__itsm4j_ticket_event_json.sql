-- itsm4j ticket events as JSON (script V6): new events are stored in the payload column as jsonb (format_version 2,
-- TicketEventJson); rows written before keep their text body (format_version 1) and are read as they are.
alter table itsm_ticket_event add column if not exists payload jsonb;
alter table itsm_ticket_event alter column body drop not null;
-- What the documented queries filter on: opened events by kind and service.
create index if not exists itsm_ticket_event_opened_service on itsm_ticket_event
  (tenant, (payload->'subject'->>'service')) where event_type = 'opened';
