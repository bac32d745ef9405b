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
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Turns an {@link AuditEntry} into a line-oriented text and back; {@link JdbcAuditStore} keeps that text in its
 * entry table. The text holds every part of the entry, so what is read back is the entry that was sealed: its
 * canonical bytes, and so its hash, are the same, and the chain verifies after a round trip through the database.
 * The form is versioned, human-readable in a SQL console, and needs nothing but the JDK.
 *
 * <h2>Format, version 1</h2>
 * <pre>
 * itsm4j-audit-entry/1                  first line: form and version of this text
 * format=1                              then one "key=value" per line, in this order: the canonical encoding version
 * tenant=acme                           the hash was computed with, tenant, sequence,
 * seq=4
 * at=2026-01-02T06:00:00Z               occurred at, as Instant.toString (nanoseconds and years beyond 9999 kept)
 * actor=alice
 * action=ticket.note-added
 * record.type=ticket
 * record.id=INC-1
 * outcome=APPLIED                       APPLIED or REJECTED
 * reason=...                            only when present; "reason=" is a present, empty reason
 * correlation=...                       only when present
 * before=state=text:new                 before/after maps: one line per entry, in map order,
 * after=note.text=personal:pd-17        "name=text:value" or "name=personal:token"
 * previous=0000...0000                  the previous entry's hash, 64 lower-case hex digits
 * hash=873d...289f                      this entry's hash
 * </pre>
 * Values are escaped with {@link EventCodec#escape}, so that a line is one line and the first {@code =} splits key
 * from value: {@code \} becomes {@code \\}, {@code =} becomes {@code \e}, line feed {@code \n}, carriage return
 * {@code \r}, and every other control character and U+2028, U+2029 {@code \}{@code uXXXX}. So the text never holds
 * NUL, which PostgreSQL's {@code text} cannot store.
 *
 * <p>The reader is strict: an unknown key, a repeated single-valued key, a missing required key or a value the
 * domain refuses is an error naming the key, so a damaged row is never read as a different entry. It does not check
 * the hashes; that is {@link io.itsm4j.audit.trail.AuditChain#verify}'s job.
 *
 * <p>Compatibility: a later version adds a new first-line version; {@link #decode} reads every version it knows and
 * refuses the rest, so old rows stay readable and a newer row is never misread. The text's version is independent of
 * the canonical encoding's ({@code format=}), which an entry keeps for life.
 *
 * <p>Stateless and thread-safe. Null arguments throw {@link NullPointerException}; malformed text throws {@link
 * IllegalArgumentException} naming the problem.
 */
public final class AuditEntryCodec {
  /** The version of the text form {@link #encode} writes. */
  public static final int FORMAT_VERSION = 1;
  private static final String MAGIC = "itsm4j-audit-entry/";
  private static final String TEXT = "text:";
  private static final String PERSONAL = "personal:";
  private static final Set<String> KEYS = Set.of("format", "tenant", "seq", "at", "actor", "action", "record.type",
      "record.id", "outcome", "reason", "correlation", "before", "after", "previous", "hash");
  private static final Set<String> REPEATABLE = Set.of("before", "after");

  private AuditEntryCodec() {}

  /** The text form of {@code entry}, in the current version. */
  public static String encode(AuditEntry entry) {
    Objects.requireNonNull(entry, "entry");
    AuditDraft d = entry.draft();
    KeyValueText.Writer w = new KeyValueText.Writer(MAGIC + FORMAT_VERSION)
        .put("format", Integer.toString(entry.formatVersion()))
        .put("tenant", d.tenant().value())
        .put("seq", Long.toString(entry.sequence()))
        .put("at", d.occurredAt().toString())
        .put("actor", d.actor().value())
        .put("action", d.action())
        .put("record.type", d.record().type())
        .put("record.id", d.record().id())
        .put("outcome", d.outcome().name())
        .put("reason", d.reason())
        .put("correlation", d.correlation());
    map(w, "before", d.before());
    map(w, "after", d.after());
    return w.put("previous", entry.previousHash().hex()).put("hash", entry.hash().hex()).text();
  }

  /**
   * Reads an entry written by {@link #encode} in any version this class knows.
   *
   * @throws IllegalArgumentException if the text is not such an entry, naming the first problem found
   */
  public static AuditEntry decode(String text) {
    Objects.requireNonNull(text, "text");
    KeyValueText.Reader r = KeyValueText.Reader.parse("audit entry", MAGIC, FORMAT_VERSION, false, text, KEYS,
        REPEATABLE);
    TenantId tenant = r.parse("tenant", TenantId::of);
    ActorId actor = r.parse("actor", ActorId::of);
    String action = r.one("action");
    String recordType = r.one("record.type");
    RecordRef record = r.parse("record.id", id -> RecordRef.of(recordType, id));
    Instant at = r.parse("at", Instant::parse);
    Outcome outcome = r.parse("outcome", Outcome::valueOf);
    Option<String> reason = r.opt("reason");
    Option<String> correlation = r.opt("correlation");
    Map<String, AuditValue> before = map(r, "before");
    Map<String, AuditValue> after = map(r, "after");
    AuditDraft draft;
    try {
      draft = AuditDraft.builder().tenant(tenant).actor(actor).action(action).record(record).occurredAt(at)
          .outcome(outcome).reason(reason).correlation(correlation).before(before).after(after).build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("audit entry text holds a draft the domain refuses: " + e.getMessage(), e);
    }
    int format = r.parse("format", Integer::parseInt);
    long sequence = r.parse("seq", Long::parseLong);
    ChainHash previous = r.parse("previous", AuditEntryCodec::hash);
    ChainHash hash = r.parse("hash", AuditEntryCodec::hash);
    try {
      return new AuditEntry(format, sequence, draft, previous, hash);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("audit entry text is not an entry: " + e.getMessage(), e);
    }
  }

  private static ChainHash hash(String hex) {
    if (!hex.equals(hex.toLowerCase(java.util.Locale.ROOT))) {
      // Upper-case digits would parse to the same hash, so a second text would read as this entry.
      throw new IllegalArgumentException("hashes are written in lower case");
    }
    return ChainHash.ofHex(hex);
  }

  private static void map(KeyValueText.Writer w, String key, Map<String, AuditValue> values) {
    values.forEach((name, value) -> w.pair(key, name, value instanceof AuditValue.Text t ? TEXT + t.value()
        : PERSONAL + ((AuditValue.Personal) value).ref().token()));
  }

  private static Map<String, AuditValue> map(KeyValueText.Reader r, String key) {
    Map<String, AuditValue> out = LinkedHashMap.empty();
    for (Tuple2<String, String> pair : r.pairs(key)) {
      String name = pair._1;
      String tagged = pair._2;
      AuditValue value;
      if (tagged.startsWith(TEXT)) {
        value = AuditValue.text(tagged.substring(TEXT.length()));
      } else if (tagged.startsWith(PERSONAL)) {
        String token = tagged.substring(PERSONAL.length());
        try {
          value = AuditValue.personal(PersonalDataRef.of(token));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("audit entry text has a malformed token in '" + key + "' "
              + KeyValueText.abbreviate(name), e);
        }
      } else {
        throw new IllegalArgumentException("audit entry text has a '" + key + "' value that is neither text: nor"
            + " personal: (" + KeyValueText.abbreviate(name) + ")");
      }
      out = out.put(name, value);
    }
    return out;
  }
}
