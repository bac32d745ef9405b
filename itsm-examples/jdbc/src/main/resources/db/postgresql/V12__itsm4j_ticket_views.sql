-- itsm4j ticket views (script V12, JdbcTicketViewStore): one row per ticket, its current state for work queues.
-- The columns queries filter and sort on are columns; the whole view is JSON in payload, read back as it was put.
-- Instants are nanoseconds since 1970 (bigint); a ticket without a running clock has next_breach_ns at the largest
-- bigint, so the time-to-breach order puts it last without a null. Ticket ids sort in byte order, as the port's
-- order compares them.
create table if not exists itsm_ticket_view (
  tenant          varchar(64)   not null,
  ticket_id       varchar(64) collate "C"  not null,
  version         bigint        not null,
  kind            varchar(32)   not null,
  category        varchar(16)   not null,
  priority_rank   smallint      not null,
  group_id        varchar(64),
  assignee        varchar(64),
  service         varchar(64),
  customer        varchar(64),
  requester       varchar(64)   not null,
  opened_ns       bigint        not null,
  updated_ns      bigint        not null,
  next_breach_ns  bigint        not null,
  breached        boolean       not null,
  payload         jsonb  not null,
  constraint itsm_ticket_view_pk primary key (tenant, ticket_id)
);

-- One index per order of the standard queues: a page is a seek to the cursor and a walk in order.
create index if not exists itsm_ticket_view_priority on itsm_ticket_view (tenant, priority_rank, opened_ns, ticket_id);
create index if not exists itsm_ticket_view_age on itsm_ticket_view (tenant, opened_ns, ticket_id);
create index if not exists itsm_ticket_view_updated on itsm_ticket_view (tenant, updated_ns, ticket_id);
create index if not exists itsm_ticket_view_breach on itsm_ticket_view (tenant, next_breach_ns, priority_rank, ticket_id);
