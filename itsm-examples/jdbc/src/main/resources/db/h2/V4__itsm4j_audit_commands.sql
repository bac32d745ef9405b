-- itsm4j audit stores, schema version 4, for H2 2.x. Safe to run again: every statement is "if not exists".
-- The commands that appended to the histories of audit programmes and corrective actions: one row per accepted
-- command, written in the same transaction as its events. The primary key makes an idempotency key unique per
-- tenant and history; first_seq..last_seq are the events the command appended.
create table if not exists itsm_audit_history_command (
  tenant           varchar(64)  not null,
  history          varchar(64)  not null,
  idempotency_key  varchar(128) not null,
  record_id        varchar(256) not null,
  fingerprint      varchar(256) not null,
  first_seq        bigint       not null,
  last_seq         bigint       not null,
  constraint itsm_audit_history_command_pk primary key (tenant, history, idempotency_key)
);
