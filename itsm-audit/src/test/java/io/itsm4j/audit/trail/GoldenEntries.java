package io.itsm4j.audit.trail;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * The fixed entries whose canonical bytes and hashes the golden file {@code golden/chain-v1.txt} pins. Never change
 * these drafts: the file is the record of what format version 1 produced, and must keep matching in every release.
 */
final class GoldenEntries {
  static final TenantId TENANT = TenantId.of("acme");

  private GoldenEntries() {}

  static Seq<AuditDraft> drafts() {
    return Vector.of(
        // The worked example of docs/audit.md: the smallest entry, nothing optional.
        AuditDraft.builder().tenant(TENANT).actor(ActorId.of("alice")).action("ticket.opened")
            .record(RecordRef.of("ticket", "INC-1")).occurredAt(Instant.parse("2026-01-02T03:04:05.000000006Z"))
            .build(),
        // Before and after maps, given out of key order: the encoding sorts them.
        AuditDraft.builder().tenant(TENANT).actor(ActorId.of("bob")).action("ticket.state-changed")
            .record(RecordRef.of("ticket", "INC-1")).occurredAt(Instant.parse("2026-01-02T04:00:00Z"))
            .before(LinkedHashMap.of("state", AuditValue.text("new"), "category", AuditValue.text("NEW")))
            .after(LinkedHashMap.of("state", AuditValue.text("in-progress"), "category", AuditValue.text("ACTIVE"),
                "fields.assignee-note", AuditValue.text("")))
            .correlation(Option.some("req-2")).build(),
        // A refusal with a reason in non-ASCII text.
        AuditDraft.builder().tenant(TENANT).actor(ActorId.of("carol")).action("ticket.change-state")
            .outcome(Outcome.REJECTED).record(RecordRef.of("ticket", "INC-1"))
            .occurredAt(Instant.parse("2026-01-02T05:00:00.5Z"))
            .after(LinkedHashMap.of("requested.state", AuditValue.text("résolu")))
            .reason(Option.some("FIELD_REQUIRED: resolution.code is required — ✓ 🔒"))
            .correlation(Option.some("req-3")).build(),
        // A personal-data reference next to plain text.
        AuditDraft.builder().tenant(TENANT).actor(ActorId.of("alice")).action("ticket.note-added")
            .record(RecordRef.of("ticket", "INC-1")).occurredAt(Instant.parse("2026-01-02T06:00:00Z"))
            .after(LinkedHashMap.of("note.text", AuditValue.personal(PersonalDataRef.of("pd-17")),
                "note.visibility", AuditValue.text("COMMENT")))
            .build(),
        // Another record type, and an instant before the epoch.
        AuditDraft.builder().tenant(TENANT).actor(ActorId.of("system:import")).action("service.retired")
            .record(RecordRef.of("service", "legacy mail")).occurredAt(Instant.parse("1969-12-31T23:59:59.999999999Z"))
            .before(LinkedHashMap.of("status", AuditValue.text("live")))
            .after(LinkedHashMap.of("status", AuditValue.text("retired")))
            .reason(Option.some("")).build());
  }

  static Seq<AuditEntry> chain() {
    return AuditChain.seal(Checkpoint.genesis(TENANT), drafts());
  }
}
