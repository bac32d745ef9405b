-- itsm4j service reviews (script V10, JdbcServiceReviewStore): one row per review held, identified by customer,
-- service and day, the review as JSON in payload; one row per action agreed, whose status column is the action's
-- status now (the payload keeps the status it was agreed with). The action's primary key keeps an id to one review.
create table if not exists itsm_service_review (
  tenant    varchar(64)   not null,
  customer  varchar(256)  not null,
  service   varchar(256)  not null,
  held_on   date          not null,
  payload   json  not null,
  constraint itsm_service_review_pk primary key (tenant, customer, service, held_on)
);

create table if not exists itsm_review_action (
  tenant     varchar(64)   not null,
  action_id  varchar(256)  not null,
  customer   varchar(256)  not null,
  service    varchar(256)  not null,
  held_on    date          not null,
  status     varchar(32)   not null,
  constraint itsm_review_action_pk primary key (tenant, action_id)
);

create index if not exists itsm_review_action_review on itsm_review_action (tenant, customer, service, held_on);
