package io.itsm4j.audit.contract;

import io.itsm4j.audit.trail.AuditChain;
import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.Checkpoint;
import io.itsm4j.audit.trail.Outcome;
import io.itsm4j.audit.trail.PersonalDataRef;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Audit drafts with awkward content, for the contract kits and for a host's own tests of its adapters (a codec, a
 * serialiser): every value the domain accepts that a storage layer could get wrong. Text with line breaks, NUL,
 * {@code =}, backslashes, Unicode line separators and characters outside the BMP; empty values; personal-data
 * references next to text; instants before the epoch, with nanoseconds, and at the ends of {@link Instant}'s
 * range; rejected outcomes; before/after maps given out of key order.
 *
 * <p>Stateless and thread-safe; every method fails fast on a null argument.
 */
public final class TestDrafts {
  private TestDrafts() {}

  /** Well-formed UTF-16 text (no unpaired surrogate, as drafts require) of every awkward kind, up to 40 chars. */
  public static Arbitrary<String> awkwardText() {
    Arbitrary<String> plain = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(20)
        .filter(s -> s.codePoints().allMatch(Character::isDefined) && wellFormed(s));
    Arbitrary<String> tricky = Arbitraries.of("", "=", "a=b", "\\", "\\n", "\\e", "\\u0000", "line1\nline2", "\r\n",
        "tab\there", "ünïcödé ✓ 日本語", "😀 emoji", "trailing space ", " ", "key=value\\=x\n=", "%_%", "\u0000nul",
        "line\u2028separator\u2029paragraph\u0085next", "'; drop table x; --");
    return Arbitraries.oneOf(plain, any, tricky);
  }

  /** Identifiers as actors, actions, keys and tokens accept them, including {@code _}, which SQL LIKE treats specially. */
  public static Arbitrary<String> identifiers() {
    return Arbitraries.strings().withChars("abcXYZ019._:-").ofMinLength(1).ofMaxLength(12)
        .filter(s -> Character.isLetterOrDigit(s.charAt(0)));
  }

  /** Record ids: any characters but control characters and {@code /}, 1 to 128 of them. */
  public static Arbitrary<String> recordIds() {
    Arbitrary<String> tricky = Arbitraries.of("INC-1", "a b", "%", "_", "x=y", "ünï 😀", "\\", "'", "\u2028", "a\u0085b",
        "x".repeat(128));
    Arbitrary<String> any = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(16)
        .filter(s -> s.codePoints().allMatch(c -> Character.isDefined(c) && !Character.isISOControl(c) && c != '/')
            && wellFormed(s));
    return Arbitraries.oneOf(any, tricky);
  }

  /** Instants from before the epoch to far after it, with nanoseconds, and the ends of {@link Instant}'s range. */
  public static Arbitrary<Instant> instants() {
    Arbitrary<Instant> wide = Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L)
        .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, wide),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH, Instant.ofEpochSecond(-1, 999_999_999))));
  }

  /** Drafts of {@code tenant} with every kind of content. */
  public static Arbitrary<AuditDraft> drafts(TenantId tenant) {
    java.util.Objects.requireNonNull(tenant, "tenant");
    Arbitrary<String> ids = identifiers();
    Arbitrary<AuditValue> values = Arbitraries.oneOf(awkwardText().map(AuditValue::text),
        ids.map(t -> AuditValue.personal(PersonalDataRef.of(t))));
    Arbitrary<Map<String, AuditValue>> maps = Arbitraries.maps(ids, values).ofMaxSize(4)
        .map(m -> LinkedHashMap.ofAll(m));
    Arbitrary<String> recordTypes = Arbitraries.of(RecordRef.TICKET, RecordRef.CORRECTIVE_ACTION, "service", "a_b");
    Arbitrary<RecordRef> records = Combinators.combine(recordTypes, recordIds()).as(RecordRef::of);
    // Asked of TextPolicy, as the draft asks: String.isBlank lets a no-break space through, which the draft refuses.
    Arbitrary<String> correlations = Arbitraries.oneOf(ids, awkwardText().filter(s -> !io.itsm4j.core.TextPolicy
        .isBlank(s) && io.itsm4j.core.TextPolicy.allows(s, io.itsm4j.core.TextPolicy.Form.MULTI_LINE)));
    return Combinators.combine(ids, ids, records, instants(), maps, maps, awkwardText().optional(),
            correlations.optional())
        .as((actor, action, record, at, before, after, reason, correlation) -> AuditDraft.builder()
            .tenant(tenant).actor(ActorId.of(actor)).action(action).record(record)
            .occurredAt(at).before(before).after(after).reason(Option.ofOptional(reason))
            .correlation(Option.ofOptional(correlation))
            .outcome(reason.isPresent() && reason.get().length() % 2 == 0 ? Outcome.REJECTED : Outcome.APPLIED)
            .build());
  }

  /** Chains of {@code tenant} sealed from genesis, of {@code min} to {@code max} entries. */
  public static Arbitrary<Seq<AuditEntry>> chains(TenantId tenant, int min, int max) {
    return drafts(tenant).list().ofMinSize(min).ofMaxSize(max)
        .map(ds -> AuditChain.seal(Checkpoint.genesis(tenant), Vector.ofAll(ds)));
  }

  /**
   * {@code count} drafts of {@link #drafts} drawn with a fixed seed: the same drafts every run, for example tests that
   * want generated content without being properties. Works inside and outside a jqwik property.
   */
  public static Seq<AuditDraft> sample(TenantId tenant, int count, long seed) {
    boolean own = !JqwikSession.isActive();
    if (own) {
      JqwikSession.start();
    }
    try {
      RandomGenerator<AuditDraft> generator = drafts(tenant).generator(1000, true);
      Random random = new Random(seed);
      Vector<AuditDraft> out = Vector.empty();
      for (int i = 0; i < count; i++) {
        out = out.append(generator.next(random).value());
      }
      return out;
    } finally {
      if (own) {
        JqwikSession.finish();
      }
    }
  }

  /**
   * A fixed set of drafts of {@code tenant}, one per awkward case, in one list: what a store must hand back exactly
   * for the chain to verify. Deterministic, so a failure names the same draft every run.
   */
  public static Seq<AuditDraft> awkward(TenantId tenant) {
    java.util.Objects.requireNonNull(tenant, "tenant");
    Instant t = Instant.parse("2026-03-01T09:00:00.123456789Z");
    Vector<AuditDraft> out = Vector.empty();
    // Only what is required: empty maps, no reason, no correlation.
    out = out.append(base(tenant, "ticket.opened", RecordRef.of("ticket", "INC-1"), t).build());
    // Nanoseconds below PostgreSQL's microsecond precision, and instants at and beyond the ends of SQL timestamps.
    out = out.append(base(tenant, "ticket.touched", RecordRef.of("ticket", "INC-1"), t.plusNanos(1)).build());
    out = out.append(base(tenant, "ticket.touched", RecordRef.of("ticket", "INC-1"), Instant.MIN).build());
    out = out.append(base(tenant, "ticket.touched", RecordRef.of("ticket", "INC-1"), Instant.MAX).build());
    out = out.append(base(tenant, "ticket.touched", RecordRef.of("ticket", "INC-1"),
        Instant.ofEpochSecond(-1, 999_999_999)).build());
    // Every character a line-oriented or SQL-escaped form could trip over, in values, reason and record id.
    String nasty = "a=b\\c\nd\re\u0000f\u2028g\u2029h\u0085i\tj 😀 ü '%_; --";
    out = out.append(base(tenant, "ticket.state-changed", RecordRef.of("ticket", "x=y ü😀 %_\\'"), t)
        .before(LinkedHashMap.of("state", AuditValue.text(nasty), "empty", AuditValue.text("")))
        .after(LinkedHashMap.of("z.last", AuditValue.text("z"), "a.first", AuditValue.text("\\u0041\\e"),
            "caller", AuditValue.personal(PersonalDataRef.of("pd-1"))))
        .reason(Option.some(nasty)).correlation(Option.some("req-1 = \\ ü")).build());
    // A refusal whose reason is empty (present, unlike none), and a text that looks like a token.
    out = out.append(base(tenant, "ticket.change-state", RecordRef.of("ticket", "INC-1"), t)
        .outcome(Outcome.REJECTED).reason(Option.some(""))
        .after(LinkedHashMap.of("note.text", AuditValue.text("pd-1"))).build());
    // The longest reason, record id and correlation the draft accepts.
    out = out.append(base(tenant, "corrective-action.raised", RecordRef.of("corrective-action", "C".repeat(128)), t)
        .reason(Option.some("r".repeat(AuditDraft.REASON_MAX)))
        .correlation(Option.some("c".repeat(AuditDraft.CORRELATION_MAX))).build());
    return out;
  }

  private static io.itsm4j.audit.trail.ImmutableAuditDraft.Builder base(TenantId tenant, String action,
      RecordRef record, Instant at) {
    return AuditDraft.builder().tenant(tenant).actor(ActorId.of("actor_1")).action(action).record(record)
        .occurredAt(at);
  }

  private static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
