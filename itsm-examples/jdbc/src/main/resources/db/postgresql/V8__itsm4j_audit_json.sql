-- itsm4j audit records as JSON (script V8): new audit entries (AuditEntryJson) and history events of JSON codecs
-- (the audit programmes and corrective actions) are stored in the payload column as jsonb; rows written before keep
-- their text body and are read as they are. The chain's hashes never depend on this form (docs/audit.md).
alter table itsm_audit_entry add column if not exists payload jsonb;
alter table itsm_audit_entry alter column body drop not null;
alter table itsm_audit_history add column if not exists payload jsonb;
alter table itsm_audit_history alter column body drop not null;
