-- itsm4j catalogue store, its first tables (script V2), for H2 2.x. Safe to run again: every statement is
-- "if not exists".
-- Events: each tenant's append-only catalogue history. The primary key (tenant, version) is the optimistic
-- concurrency guard.
create table if not exists itsm_catalogue_event (
  tenant          varchar(64)              not null,
  version         bigint                   not null,
  event_type      varchar(32)              not null,
  format_version  integer                  not null,
  occurred_at     timestamp with time zone not null,
  body            character large object   not null,
  constraint itsm_catalogue_event_pk primary key (tenant, version)
);

-- Commands: one row per accepted command; the primary key makes an idempotency key unique per tenant.
create table if not exists itsm_catalogue_command (
  tenant           varchar(64)  not null,
  idempotency_key  varchar(128) not null,
  fingerprint      varchar(256) not null,
  first_version    bigint       not null,
  last_version     bigint       not null,
  constraint itsm_catalogue_command_pk primary key (tenant, idempotency_key)
);
