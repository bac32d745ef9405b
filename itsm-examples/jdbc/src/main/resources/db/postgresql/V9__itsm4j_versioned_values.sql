-- itsm4j values saved whole with an optimistic version (script V9): surveys, complaints and improvement register
-- entries (JdbcVersionedStore). One row per tenant, family and id; the value is JSON in payload, so SQL can report
-- on it. A save from a version other than the row's changes no row, which the store answers as a version conflict.
create table if not exists itsm_versioned_value (
  tenant   varchar(64)   not null,
  family   varchar(64)   not null,
  id       varchar(256)  not null,
  version  bigint        not null,
  payload  jsonb         not null,
  constraint itsm_versioned_value_pk primary key (tenant, family, id)
);
