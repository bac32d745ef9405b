-- itsm4j ticket numbers (script V5): the last number handed out per tenant and ticket kind, so that numbers
-- survive restarts and are unique across every process on the database (JdbcTicketIds). Safe to run again.
create table if not exists itsm_ticket_number (
  tenant       varchar(64)  not null,
  kind         varchar(32)  not null,
  last_number  bigint       not null,
  constraint itsm_ticket_number_pk primary key (tenant, kind)
);
