package io.itsm4j.jdbc;

import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.ChainHash;
import io.itsm4j.audit.trail.Outcome;
import io.itsm4j.audit.trail.PersonalDataRef;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * The stored JSON form of an {@link AuditEntry}, as {@link JdbcAuditStore} keeps it in {@code payload} ({@code
 * jsonb} on PostgreSQL, {@code JSON} on H2), through the one mapping of {@link StoredJson}. For example:
 *
 * <pre>{@code
 * {"type":"audit-entry","v":1,"format":1,"tenant":"acme","seq":4,"at":"2026-01-02T06:00:00Z","actor":"alice",
 *  "action":"ticket.note-added","record":{"type":"ticket","id":"INC-1"},"outcome":"APPLIED","reason":null,
 *  "correlation":null,"before":[{"name":"state","text":"new","personal":null}],
 *  "after":[{"name":"note.text","text":null,"personal":"pd-17"}],
 *  "previous":"0000...0000","hash":"873d...289f"}
 * }</pre>
 *
 * <p>This is only where the entry is kept. The chain's hashes are computed over the entry's canonical encoding
 * (docs/audit.md), never over this JSON, which may change between Jackson versions: an entry read back holds the
 * same values, so its canonical bytes and its hash are the same, and the chain verifies. {@code format} is the
 * canonical encoding's version the hash was computed with; {@code v} is this JSON form's schema version (1), with
 * upcasters as for ticket events when it changes.
 *
 * <p>Stateless and thread-safe. <b>Errors</b>: {@link #decode} throws {@link IllegalArgumentException} for JSON
 * that is not an entry of a known version, has unknown or missing fields, upper-case hashes (which would read as
 * the same hash from a second text), or values the domain refuses, naming the problem.
 */
final class AuditEntryJson {
  private static final String TYPE = "audit-entry";
  private static final VersionedJson<Stored> FORM =
      new VersionedJson<>(StoredJson.mapper(), Stored.class, Stored::type, "audit entry");

  private AuditEntryJson() {}

  /**
   * One entry of the before or after map: its name, and its text or a reference to personal data kept elsewhere
   * (exactly one of the two). An array of these rather than a JSON object, because PostgreSQL's {@code jsonb} keeps
   * an object's keys in an order of its own, and the maps' order is part of the entry.
   */
  record StoredValue(String name, Option<String> text, Option<String> personal) {}

  /** The stored form, component by component. */
  record Stored(String type, int format, TenantId tenant, long seq, Instant at, ActorId actor, String action,
      RecordRef record, Outcome outcome, Option<String> reason, Option<String> correlation,
      Vector<StoredValue> before, Vector<StoredValue> after, String previous,
      String hash) {}

  /** The entry as stored JSON. */
  static String encode(AuditEntry entry) {
    Objects.requireNonNull(entry, "entry");
    AuditDraft d = entry.draft();
    return FORM.encode(new Stored(TYPE, entry.formatVersion(), d.tenant(), entry.sequence(), d.occurredAt(),
        d.actor(), d.action(), d.record(), d.outcome(), d.reason(), d.correlation(), values(d.before()),
        values(d.after()), entry.previousHash().hex(), entry.hash().hex()));
  }

  /**
   * The entry {@link #encode} wrote.
   *
   * @throws IllegalArgumentException if the JSON is not such an entry
   */
  static AuditEntry decode(String json) {
    Stored s = FORM.decode(json);
    if (!TYPE.equals(s.type())) {
      throw new IllegalArgumentException("a stored audit entry has type " + s.type() + ", not " + TYPE);
    }
    AuditDraft draft;
    try {
      draft = AuditDraft.builder().tenant(required(s.tenant(), "tenant")).actor(required(s.actor(), "actor"))
          .action(required(s.action(), "action")).record(required(s.record(), "record"))
          .occurredAt(required(s.at(), "at")).outcome(required(s.outcome(), "outcome")).reason(s.reason())
          .correlation(s.correlation()).before(values(s.before(), "before")).after(values(s.after(), "after"))
          .build();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("a stored audit entry holds a draft the domain refuses: " + e.getMessage(),
          e);
    }
    try {
      return new AuditEntry(s.format(), s.seq(), draft, hash(s.previous(), "previous"), hash(s.hash(), "hash"));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("a stored audit entry is not an entry: " + e.getMessage(), e);
    }
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException("a stored audit entry has no " + field);
    }
    return value;
  }

  private static Vector<StoredValue> values(Map<String, AuditValue> values) {
    return values.toVector().map(e -> e._2 instanceof AuditValue.Text t
        ? new StoredValue(e._1, Option.some(t.value()), Option.none())
        : new StoredValue(e._1, Option.none(), Option.some(((AuditValue.Personal) e._2).ref().token())));
  }

  private static Map<String, AuditValue> values(Vector<StoredValue> stored, String field) {
    Map<String, AuditValue> out = LinkedHashMap.empty();
    for (StoredValue v : required(stored, field)) {
      if (v == null || v.name() == null || v.text().isDefined() == v.personal().isDefined()) {
        throw new IllegalArgumentException("a stored audit entry's " + field + " entries must have a name and"
            + " exactly one of text and personal");
      }
      if (out.containsKey(v.name())) {
        throw new IllegalArgumentException("a stored audit entry's " + field + " names " + v.name() + " twice");
      }
      out = out.put(v.name(), v.text().isDefined() ? AuditValue.text(v.text().get())
          : AuditValue.personal(PersonalDataRef.of(v.personal().get())));
    }
    return out;
  }

  private static ChainHash hash(String hex, String field) {
    if (required(hex, field).equals(hex.toLowerCase(Locale.ROOT))) {
      return ChainHash.ofHex(hex);
    }
    // Upper-case digits would parse to the same hash, so a second text would read as this entry.
    throw new IllegalArgumentException("a stored audit entry's " + field + " hash must be in lower case");
  }
}
