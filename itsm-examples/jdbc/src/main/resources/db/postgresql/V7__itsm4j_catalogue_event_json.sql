-- itsm4j catalogue events as JSON (script V7): new events are stored in the payload column as jsonb (format_version
-- 2, CatalogueEventJson); rows written before keep their text body (format_version 1) and are read as they are.
alter table itsm_catalogue_event add column if not exists payload jsonb;
alter table itsm_catalogue_event alter column body drop not null;
