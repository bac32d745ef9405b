package io.itsm4j.audit.trail;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitrary drafts and chains for the properties, and a plain draft for example tests. */
public final class Drafts {
  /** The tenant every generated chain belongs to. */
  public static final TenantId TENANT = TenantId.of("acme");

  private Drafts() {}

  /** A simple draft about {@code record} at {@code at}. */
  public static AuditDraft draft(String action, String record, String actor, Instant at) {
    return AuditDraft.builder().tenant(TENANT).actor(ActorId.of(actor)).action(action)
        .record(RecordRef.of("ticket", record)).occurredAt(at)
        .after(LinkedHashMap.of("state", AuditValue.text("new"))).build();
  }

  /** Drafts of {@link #TENANT} with every kind of content: unicode, empty values, personal references, options. */
  public static Arbitrary<AuditDraft> drafts() {
    Arbitrary<String> ids = Arbitraries.strings().withChars("abcXYZ019.-_:").ofMinLength(1).ofMaxLength(12)
        .filter(s -> Character.isLetterOrDigit(s.charAt(0)));
    Arbitrary<String> texts = Arbitraries.strings().all().ofMaxLength(20)
        .filter(s -> s.codePoints().allMatch(Character::isDefined) && !hasLoneSurrogate(s));
    Arbitrary<AuditValue> values = Arbitraries.oneOf(texts.map(AuditValue::text),
        ids.map(t -> AuditValue.personal(PersonalDataRef.of(t))));
    Arbitrary<Map<String, AuditValue>> maps = Arbitraries.maps(ids, values).ofMaxSize(4)
        .map(m -> LinkedHashMap.ofAll(m));
    Arbitrary<Instant> instants = Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L)
        .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
    return Combinators.combine(ids, ids, ids, instants, maps, maps, texts.optional(), ids.optional())
        .as((actor, action, record, at, before, after, reason, correlation) -> AuditDraft.builder()
            .tenant(TENANT).actor(ActorId.of(actor)).action(action).record(RecordRef.of("ticket", record))
            .occurredAt(at).before(before).after(after).reason(Option.ofOptional(reason))
            .correlation(Option.ofOptional(correlation))
            .outcome(reason.isPresent() && reason.get().length() % 2 == 0 ? Outcome.REJECTED : Outcome.APPLIED)
            .build());
  }

  /** Sealed chains of 1 to {@code max} entries. */
  public static Arbitrary<Seq<AuditEntry>> chains(int min, int max) {
    return drafts().list().ofMinSize(min).ofMaxSize(max)
        .map(ds -> AuditChain.seal(Checkpoint.genesis(TENANT), Vector.ofAll(ds)));
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
