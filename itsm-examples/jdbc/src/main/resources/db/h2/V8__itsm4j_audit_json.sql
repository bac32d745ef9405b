-- itsm4j audit records as JSON (script V8): new audit entries (AuditEntryJson) and history events of JSON codecs
-- (the audit programmes and corrective actions) are stored in the payload column as JSON; rows written before keep
-- their text body and are read as they are. The chain's hashes never depend on this form (docs/audit.md).
alter table itsm_audit_entry add column if not exists payload json;
alter table itsm_audit_entry alter column body set null;
alter table itsm_audit_history add column if not exists payload json;
alter table itsm_audit_history alter column body set null;
-- H2 rebuilds the table on "add column", and its planner then reads the head of a chain ("where tenant = ? order by
-- tenant desc, seq desc") off the actor index with a sort instead of off the primary key. Creating the secondary
-- indexes again puts the primary key first among equals, as it was.
drop index if exists itsm_audit_entry_record;
drop index if exists itsm_audit_entry_actor;
drop index if exists itsm_audit_entry_action;
drop index if exists itsm_audit_entry_occurred;
create index itsm_audit_entry_record on itsm_audit_entry (tenant, record_type, record_id);
create index itsm_audit_entry_actor on itsm_audit_entry (tenant, actor);
create index itsm_audit_entry_action on itsm_audit_entry (tenant, action);
create index itsm_audit_entry_occurred on itsm_audit_entry (tenant, occurred_sec, occurred_nano);
