-- itsm4j continuity exercises (script V11, JdbcContinuityPlanStore): one row per plan and instant, the exercise as
-- JSON in payload. The plans themselves are whole values in itsm_versioned_value (script V9, family
-- 'continuity-plan'), so a host taking only some scripts takes V9 with this one.
create table if not exists itsm_continuity_exercise (
  tenant   varchar(64)   not null,
  plan_id  varchar(256)  not null,
  at_sec   bigint        not null,
  at_nano  integer       not null,
  payload  jsonb  not null,
  constraint itsm_continuity_exercise_pk primary key (tenant, plan_id, at_sec, at_nano)
);
