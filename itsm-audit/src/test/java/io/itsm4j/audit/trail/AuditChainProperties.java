package io.itsm4j.audit.trail;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.ActorId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;

/**
 * The chain's proof: an untouched chain verifies; any single change, deletion, insertion, swap or truncation is
 * detected at the right entry and named correctly, over the whole chain and over a range after a checkpoint.
 */
class AuditChainProperties {

  @Property(tries = 200)
  void anUntouchedChainVerifiesWithAndWithoutItsHead(@ForAll("chains") Seq<AuditEntry> chain) {
    Checkpoint head = chain.last().checkpoint();
    assertThat(AuditChain.verify(Drafts.TENANT, chain)).isEqualTo(new Verification.Intact(head, chain.size()));
    assertThat(AuditChain.verify(chain, Checkpoint.genesis(Drafts.TENANT), List.of(head)))
        .isEqualTo(new Verification.Intact(head, chain.size()));
  }

  @Property(tries = 200)
  void sealingNumbersAndLinksEveryEntry(@ForAll("chains") Seq<AuditEntry> chain) {
    ChainHash previous = ChainHash.GENESIS;
    for (int i = 0; i < chain.size(); i++) {
      AuditEntry e = chain.get(i);
      assertThat(e.sequence()).isEqualTo(i + 1);
      assertThat(e.previousHash()).isEqualTo(previous);
      assertThat(AuditChain.recompute(e)).isEqualTo(e.hash());
      previous = e.hash();
    }
    assertThat(chain.map(AuditEntry::hash).distinct()).hasSize(chain.size());
  }

  @Property(tries = 600)
  void everySingleTamperingIsFoundAtTheRightEntry(@ForAll("tampered") Tuple2<Seq<AuditEntry>, Tamper> c) {
    Seq<AuditEntry> chain = c.get1();
    Tamper tamper = c.get2();
    Statistics.collect(tamper.getClass().getSimpleName());
    Verification v = AuditChain.verify(tamper.apply(chain), Checkpoint.genesis(Drafts.TENANT),
        List.of(chain.last().checkpoint()));
    assertThat(v).isInstanceOf(Verification.Broken.class);
    ChainBreak at = ((Verification.Broken) v).at();
    assertThat(at.kind()).as("%s -> %s", tamper, at).isEqualTo(tamper.kind());
    assertThat(at.sequence()).as("%s -> %s", tamper, at).isEqualTo(tamper.sequence());
  }

  @Property(tries = 300)
  void aRangeAfterATrustedCheckpointIsVerifiedAlone(@ForAll("tamperedRanges") Tuple2<Seq<AuditEntry>, Tamper> c,
      @ForAll boolean tamper) {
    Seq<AuditEntry> range = c.get1();
    Checkpoint from = new Checkpoint(Drafts.TENANT, range.head().sequence() - 1, range.head().previousHash());
    Checkpoint head = range.last().checkpoint();
    if (!tamper) {
      assertThat(AuditChain.verify(range, from, List.of(head))).isEqualTo(new Verification.Intact(head, range.size()));
      return;
    }
    Verification v = AuditChain.verify(c.get2().apply(range), from, List.of(head));
    assertThat(v).isInstanceOf(Verification.Broken.class);
    ChainBreak at = ((Verification.Broken) v).at();
    assertThat(at.kind()).as("%s -> %s", c.get2(), at).isEqualTo(c.get2().kind());
    assertThat(at.sequence()).as("%s -> %s", c.get2(), at).isEqualTo(c.get2().sequence());
  }

  @Property(tries = 100)
  void withoutAnExpectedHeadATruncatedChainLooksWhole(@ForAll("chains") Seq<AuditEntry> chain,
      @ForAll("sizes") int keep) {
    // The documented limit: only a checkpoint or the expected head reveals entries cut off the end.
    Seq<AuditEntry> prefix = chain.take(Math.max(1, Math.min(keep, chain.size())));
    assertThat(AuditChain.verify(Drafts.TENANT, prefix).isIntact()).isTrue();
    assertThat(AuditChain.verify(prefix, Checkpoint.genesis(Drafts.TENANT), List.of(chain.last().checkpoint())).isIntact())
        .isEqualTo(prefix.size() == chain.size());
  }

  @Property(tries = 100)
  void periodicCheckpointsAreTheHashesAtEveryNthEntry(@ForAll("chains") Seq<AuditEntry> chain,
      @ForAll("sizes") int interval) {
    Seq<Checkpoint> cps = AuditChain.checkpoints(chain, interval);
    assertThat(cps.map(Checkpoint::sequence))
        .containsExactlyElementsOf(Vector.rangeClosed(1, chain.size()).filter(i -> i % interval == 0).map(Integer::longValue));
    cps.forEach(cp -> assertThat(cp.hash()).isEqualTo(chain.get((int) cp.sequence() - 1).hash()));
    cps.forEach(cp -> assertThat(Checkpoint.parse(cp.export()).get()).isEqualTo(cp));
  }

  @Provide
  Arbitrary<Seq<AuditEntry>> chains() {
    return Drafts.chains(1, 30);
  }

  @Provide
  Arbitrary<Integer> sizes() {
    return Arbitraries.integers().between(1, 12);
  }

  @Provide
  Arbitrary<Tuple2<Seq<AuditEntry>, Tamper>> tampered() {
    return Drafts.chains(1, 25).flatMap(chain -> tampers(chain).map(t -> Tuple.of(chain, t)));
  }

  @Provide
  Arbitrary<Tuple2<Seq<AuditEntry>, Tamper>> tamperedRanges() {
    return Drafts.chains(2, 25).flatMap(chain -> Arbitraries.integers().between(1, chain.size() - 1)
        .flatMap(skip -> {
          Seq<AuditEntry> range = chain.drop(skip);
          return tampers(range).map(t -> Tuple.of(range, t));
        }));
  }

  /** Every kind of single tampering that fits this chain (or range), positions as list indices. */
  static Arbitrary<Tamper> tampers(Seq<AuditEntry> chain) {
    int n = chain.size();
    Arbitrary<Integer> index = Arbitraries.integers().between(0, n - 1);
    Arbitrary<Tamper> changed = Combinators.combine(index, Arbitraries.of(Mutation.values()), Arbitraries.of(true, false))
        .as((i, m, rehash) -> new Tamper.Change(chain.get(i).sequence(), i, m, rehash));
    Arbitrary<Tamper> deleted = index.map(i -> new Tamper.Delete(chain.get(i).sequence(), i, i == n - 1));
    Arbitrary<Tamper> copied = Combinators.combine(index, index).as((at, of) -> new Tamper.InsertCopy(at, of, chain.get(of).sequence()));
    Arbitrary<Tamper> forged = Combinators.combine(index, Drafts.drafts())
        .as((at, d) -> new Tamper.InsertForged(at, d, chain.get(at).sequence()));
    Arbitrary<Tamper> truncated = Arbitraries.integers().between(1, n)
        .map(m -> new Tamper.Truncate(m, chain.get(n - m).sequence()));
    Arbitrary<Tamper> swapped = n < 2 ? changed : Combinators.combine(index, index).filter((a, b) -> !a.equals(b))
        .as((a, b) -> new Tamper.Swap(Math.min(a, b), Math.max(a, b), chain.get(Math.min(a, b)).sequence()));
    // Changes come in 24 variants (12 mutations, with and without a fresh hash), so they get the largest share.
    return Arbitraries.frequencyOf(Tuple.of(4, changed), Tuple.of(1, deleted), Tuple.of(1, copied), Tuple.of(1, forged),
        Tuple.of(1, truncated), Tuple.of(1, swapped));
  }

  /** Ways to change one entry; each is guaranteed to alter it. */
  enum Mutation {
    ACTOR, ACTION, RECORD, INSTANT, OUTCOME, REASON, CORRELATION, BEFORE, AFTER, PERSONAL_TOKEN, PREVIOUS_HASH, HASH;

    AuditEntry apply(AuditEntry e, boolean rehash) {
      AuditDraft d = e.draft();
      ImmutableAuditDraft c = ImmutableAuditDraft.copyOf(d);
      ChainHash previous = e.previousHash();
      ChainHash hash = e.hash();
      AuditDraft changed = switch (this) {
        case ACTOR -> c.withActor(ActorId.of(d.actor().value() + "x"));
        case ACTION -> c.withAction(d.action() + "x");
        case RECORD -> c.withRecord(RecordRef.of(d.record().type(), changed(d.record().id())));
        case INSTANT -> c.withOccurredAt(d.occurredAt().equals(java.time.Instant.MAX)
            ? d.occurredAt().minusNanos(1) : d.occurredAt().plusNanos(1));
        case OUTCOME -> c.withOutcome(d.outcome() == Outcome.APPLIED ? Outcome.REJECTED : Outcome.APPLIED);
        case REASON -> c.withReason(d.reason().isDefined() ? Option.none() : Option.some(""));
        case CORRELATION -> c.withCorrelation(d.correlation().isDefined() ? Option.none() : Option.some("cmd-1"));
        case BEFORE -> c.withBefore(d.before().put("zz-added", AuditValue.text(d.before().get("zz-added").map(AuditValue::display).getOrElse("") + "!")));
        case AFTER -> c.withAfter(d.after().isEmpty() ? LinkedHashMap.of("k", AuditValue.text("v"))
            : d.after().remove(d.after().keySet().head()));
        case PERSONAL_TOKEN -> c.withAfter(d.after().put("pd", d.after().get("pd")
            .filter(v -> v instanceof AuditValue.Text).isDefined()
            ? AuditValue.personal(PersonalDataRef.of("t")) : AuditValue.text("t")));
        case PREVIOUS_HASH, HASH -> d;
      };
      if (this == PREVIOUS_HASH) {
        previous = flip(previous);
      }
      if (this == HASH) {
        hash = flip(hash);
      } else if (rehash) {
        hash = AuditChain.hash(e.formatVersion(), e.sequence(), changed, previous);
      }
      return new AuditEntry(e.formatVersion(), e.sequence(), changed, previous, hash);
    }

    /** Another record id: one character longer, or, at the longest id, with its last character replaced. */
    private static String changed(String id) {
      return id.length() < 128 ? id + "x" : id.substring(0, 127) + (id.endsWith("x") ? "y" : "x");
    }

    private static ChainHash flip(ChainHash h) {
      byte[] b = h.bytes();
      b[7] ^= 0x10;
      return ChainHash.of(b);
    }
  }

  /** One tampering and what verification must say about it. */
  sealed interface Tamper {
    Seq<AuditEntry> apply(Seq<AuditEntry> chain);

    ChainBreak.Kind kind();

    long sequence();

    record Change(long sequence, int index, Mutation mutation, boolean rehash) implements Tamper {
      public Seq<AuditEntry> apply(Seq<AuditEntry> chain) {
        return chain.update(index, mutation.apply(chain.get(index), rehash));
      }

      public ChainBreak.Kind kind() {
        return ChainBreak.Kind.CHANGED;
      }
    }

    record Delete(long sequence, int index, boolean last) implements Tamper {
      public Seq<AuditEntry> apply(Seq<AuditEntry> chain) {
        return chain.removeAt(index);
      }

      public ChainBreak.Kind kind() {
        return last ? ChainBreak.Kind.TRUNCATED : ChainBreak.Kind.MISSING;
      }
    }

    record InsertCopy(int at, int of, long sequence) implements Tamper {
      public Seq<AuditEntry> apply(Seq<AuditEntry> chain) {
        return chain.insert(at, chain.get(of));
      }

      public ChainBreak.Kind kind() {
        return ChainBreak.Kind.INSERTED;
      }
    }

    /** A well-formed forgery: numbered and linked as if it belonged where it is put, with a correct hash. */
    record InsertForged(int at, AuditDraft draft, long sequence) implements Tamper {
      public Seq<AuditEntry> apply(Seq<AuditEntry> chain) {
        AuditEntry original = chain.get(at);
        Checkpoint before = new Checkpoint(Drafts.TENANT, original.sequence() - 1, original.previousHash());
        return chain.insert(at, AuditChain.seal(before, draft));
      }

      public ChainBreak.Kind kind() {
        return ChainBreak.Kind.INSERTED;
      }
    }

    record Swap(int a, int b, long sequence) implements Tamper {
      public Seq<AuditEntry> apply(Seq<AuditEntry> chain) {
        return chain.update(a, chain.get(b)).update(b, chain.get(a));
      }

      public ChainBreak.Kind kind() {
        return ChainBreak.Kind.REORDERED;
      }
    }

    record Truncate(int count, long sequence) implements Tamper {
      public Seq<AuditEntry> apply(Seq<AuditEntry> chain) {
        return chain.dropRight(count);
      }

      public ChainBreak.Kind kind() {
        return ChainBreak.Kind.TRUNCATED;
      }
    }
  }
}
