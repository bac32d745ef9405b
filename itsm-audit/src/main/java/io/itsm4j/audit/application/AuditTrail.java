package io.itsm4j.audit.application;

import io.itsm4j.audit.internal.Require;
import io.itsm4j.audit.memory.InMemoryAuditStore;
import io.itsm4j.audit.port.AppendOutcome;
import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.port.AuditStore;
import io.itsm4j.audit.port.PersonalDataVault;
import io.itsm4j.audit.trail.AuditChain;
import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.Checkpoint;
import io.itsm4j.audit.trail.PersonalDataPolicy;
import io.itsm4j.audit.trail.PersonalDataRef;
import io.itsm4j.audit.trail.Verification;
import io.itsm4j.core.Actor;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.port.TenantReadPolicy;
import io.vavr.Tuple;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Records audit entries and answers questions about the chains: the application layer over {@link AuditStore},
 * {@link PersonalDataVault} and the pure {@link AuditChain}.
 *
 * <p>Recording: personal values (per the {@link PersonalDataPolicy}) go to the vault and are replaced by tokens;
 * then the drafts are sealed against the tenant's head and appended with a compare-and-set on that head. If another
 * writer (another node) got in first, the drafts are sealed again against the new head and the append retried, so
 * concurrent writers never fork the chain and never leave a gap. Writers to one tenant through one trail take turns,
 * so they do not retry against each other.
 *
 * <p>Errors: an exception from a port comes back as {@link RejectionCode#PORT_FAILURE}; nothing of the failed
 * append is stored (values already deposited in the vault stay there, unreferenced). If other writers keep winning
 * for {@link Builder#maxAttempts} attempts, the result is {@link RejectionCode#VERSION_CONFLICT}. Null arguments
 * fail fast with a {@link NullPointerException} naming the argument.
 *
 * <p>Thread-safe: one instance serves any number of threads.
 */
public final class AuditTrail {
  private final AuditStore store;
  private final Option<PersonalDataVault> vault;
  private final PersonalDataPolicy policy;
  private final int maxAttempts;
  private final TenantReadPolicy reads;
  private final ConcurrentHashMap<TenantId, Object> turns = new ConcurrentHashMap<>();

  private AuditTrail(Builder b) {
    this.store = b.store;
    this.vault = b.vault;
    this.policy = b.policy;
    this.maxAttempts = b.maxAttempts;
    this.reads = b.reads;
  }

  /** A builder with the embedded defaults: an in-memory store, no personal data vault. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Records one entry.
   *
   * @return the entry as sealed into its tenant's chain, or why not
   */
  public Either<Rejection, AuditEntry> record(AuditDraft draft) {
    Require.notNull(draft, "draft");
    return recordAll(Vector.of(draft)).map(Seq::head);
  }

  /**
   * Records the entries of one tenant as one atomic append, in the given order (e.g. the events of one command).
   *
   * @return the entries as sealed, in order (empty for no drafts), or why not; on a rejection nothing was appended
   * @throws IllegalArgumentException if the drafts are of more than one tenant
   */
  public Either<Rejection, Seq<AuditEntry>> recordAll(Seq<AuditDraft> drafts) {
    Require.notNull(drafts, "drafts");
    if (drafts.isEmpty()) {
      return Either.right(Vector.empty());
    }
    TenantId tenant = drafts.head().tenant();
    if (drafts.exists(d -> !d.tenant().equals(tenant))) {
      throw new IllegalArgumentException("drafts of one append must all be of one tenant, got "
          + drafts.map(AuditDraft::tenant).distinct().mkString(", "));
    }
    Either<Rejection, Seq<AuditDraft>> protectedDrafts = port("personal data vault", () -> drafts.map(this::protect));
    if (protectedDrafts.isLeft()) {
      return Either.left(protectedDrafts.getLeft());
    }
    synchronized (turns.computeIfAbsent(tenant, t -> new Object())) {
      for (int attempt = 0; attempt < maxAttempts; attempt++) {
        Either<Rejection, Checkpoint> head = port("read head", () -> store.head(tenant));
        if (head.isLeft()) {
          return Either.left(head.getLeft());
        }
        Seq<AuditEntry> sealed = AuditChain.seal(head.get(), protectedDrafts.get());
        Either<Rejection, AppendOutcome> outcome = port("append", () -> store.append(tenant, head.get(), sealed));
        if (outcome.isLeft()) {
          return Either.left(outcome.getLeft());
        }
        if (outcome.get() instanceof AppendOutcome.Appended) {
          return Either.right(sealed);
        }
      }
    }
    return Either.left(Rejection.of(RejectionCode.VERSION_CONFLICT, "the audit chain of tenant " + tenant
        + " kept moving for " + maxAttempts + " attempts; nothing was appended"));
  }

  private AuditDraft protect(AuditDraft draft) {
    if (vault.isEmpty()) {
      return draft;
    }
    Map<String, AuditValue> before = protect(draft, draft.before());
    Map<String, AuditValue> after = protect(draft, draft.after());
    return before == draft.before() && after == draft.after() ? draft
        : io.itsm4j.audit.trail.ImmutableAuditDraft.copyOf(draft).withBefore(before).withAfter(after);
  }

  private Map<String, AuditValue> protect(AuditDraft draft, Map<String, AuditValue> values) {
    if (!values.exists(kv -> kv._2 instanceof AuditValue.Text && policy.isPersonal(draft.record(), kv._1))) {
      return values;
    }
    return values.map((k, v) -> v instanceof AuditValue.Text t && policy.isPersonal(draft.record(), k)
        ? Tuple.of(k, AuditValue.personal(vault.get().deposit(draft.tenant(), draft.record(), t.value())))
        : Tuple.of(k, v));
  }

  /** The tenant's head: its newest entry as a checkpoint to export, or genesis for an empty chain. */
  public Either<Rejection, Checkpoint> head(TenantId tenant) {
    Require.notNull(tenant, "tenant");
    return port("read head", () -> store.head(tenant));
  }

  /**
   * Verifies the tenant's whole chain from its first entry. Finds changes, gaps, insertions and reorderings; to
   * find a chain cut short or a rewritten tail too, use {@link #verify(TenantId, Checkpoint, Seq)} with the newest
   * exported checkpoint.
   *
   * @return the verification, or a port failure
   */
  public Either<Rejection, Verification> verify(TenantId tenant) {
    return verify(tenant, Checkpoint.genesis(Require.notNull(tenant, "tenant")), Vector.empty());
  }

  /**
   * Verifies the tenant's chain after a trusted checkpoint, against the given checkpoints (see
   * {@link AuditChain#verify(Seq, Checkpoint, Seq)}).
   *
   * @return the verification, or a port failure
   * @throws IllegalArgumentException if {@code from} is of another tenant
   */
  public Either<Rejection, Verification> verify(TenantId tenant, Checkpoint from, Seq<Checkpoint> expected) {
    Require.notNull(tenant, "tenant");
    Require.notNull(from, "from");
    Require.notNull(expected, "expected");
    if (!from.tenant().equals(tenant)) {
      throw new IllegalArgumentException("checkpoint " + from + " is not of tenant " + tenant);
    }
    return port("read entries", () -> store.entries(tenant, from.sequence() + 1, Long.MAX_VALUE))
        .map(entries -> AuditChain.verify(entries, from, expected));
  }

  /**
   * The checkpoints at every {@code interval}-th entry of the tenant's chain, to export; the chain is verified
   * first.
   *
   * @return the checkpoints, {@link RejectionCode#RULE_VIOLATED} naming the break if the chain is broken, or a port
   *     failure
   * @throws IllegalArgumentException if {@code interval} is less than 1
   */
  public Either<Rejection, Seq<Checkpoint>> checkpoints(TenantId tenant, long interval) {
    Require.notNull(tenant, "tenant");
    if (interval < 1) {
      throw new IllegalArgumentException("interval must be at least 1, got " + interval);
    }
    return port("read entries", () -> store.entries(tenant, 1, Long.MAX_VALUE)).flatMap(entries -> {
      Verification v = AuditChain.verify(tenant, entries);
      if (v instanceof Verification.Broken b) {
        return Either.left(Rejection.of(RejectionCode.RULE_VIOLATED, "the chain is broken, so no checkpoint of it "
            + "proves anything: " + b.at()));
      }
      return Either.right(AuditChain.checkpoints(entries, interval));
    });
  }

  /**
   * Verifies the tenant's whole chain as {@code actor} may: the read policy is asked first (records {@value
   * TenantReadPolicy#AUDIT_TRAIL}); otherwise as {@link #verify(TenantId)}.
   *
   * @return the verification; {@link RejectionCode#NOT_AUTHORISED} with the policy's reason; or a port failure
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, Verification> verify(TenantId tenant, Actor actor) {
    return permitted(tenant, actor).flatMap(ok -> verify(tenant));
  }

  /**
   * The tenant's entries matching {@code query} as {@code actor} may read them: the read policy is asked first
   * (records {@value TenantReadPolicy#AUDIT_TRAIL}).
   *
   * @return the entries; {@link RejectionCode#NOT_AUTHORISED} with the policy's reason; or a port failure
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, Seq<AuditEntry>> query(TenantId tenant, Actor actor, AuditQuery query) {
    Require.notNull(query, "query");
    return permitted(tenant, actor).flatMap(ok -> query(tenant, query));
  }

  /**
   * The personal value behind a token, for {@code actor} if the read policy lets it read the audit trail; a host
   * that keeps personal data to a narrower group gives the trail a narrower policy.
   *
   * @return the value, none if erased or no vault is configured; {@link RejectionCode#NOT_AUTHORISED}; or a port
   *     failure
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, Option<String>> reveal(TenantId tenant, Actor actor, PersonalDataRef ref) {
    Require.notNull(ref, "ref");
    return permitted(tenant, actor).flatMap(ok -> reveal(tenant, ref));
  }

  private Either<Rejection, Boolean> permitted(TenantId tenant, Actor actor) {
    return reads.verdict(tenant, actor, TenantReadPolicy.AUDIT_TRAIL).toLeft(true);
  }

  /**
   * The tenant's entries matching {@code query}, in sequence order. For trusted host code (the evidence report,
   * exports): it names no actor and passes no read policy; serve people through {@link #query(TenantId, Actor,
   * AuditQuery)}.
   *
   * @return the entries, or a port failure
   */
  public Either<Rejection, Seq<AuditEntry>> query(TenantId tenant, AuditQuery query) {
    Require.notNull(tenant, "tenant");
    Require.notNull(query, "query");
    return port("query", () -> store.query(tenant, query));
  }

  /**
   * The personal value behind a token, for trusted host code that has checked the reader is entitled to see it;
   * serve people through {@link #reveal(TenantId, Actor, PersonalDataRef)}.
   *
   * @return the value, none if it was erased (or no vault is configured), or a port failure
   */
  public Either<Rejection, Option<String>> reveal(TenantId tenant, PersonalDataRef ref) {
    Require.notNull(tenant, "tenant");
    Require.notNull(ref, "ref");
    return vault.isEmpty() ? Either.right(Option.none()) : port("reveal", () -> vault.get().reveal(tenant, ref));
  }

  private static <T> Either<Rejection, T> port(String operation, Supplier<T> call) {
    return Rejection.fromPort(operation, call);
  }

  /** Configures an {@link AuditTrail}. Not thread-safe; build once and share the trail. */
  public static final class Builder {
    private AuditStore store = new InMemoryAuditStore();
    private Option<PersonalDataVault> vault = Option.none();
    private PersonalDataPolicy policy = PersonalDataPolicy.none();
    private int maxAttempts = 100;
    private TenantReadPolicy reads = TenantReadPolicy.permitAll();

    private Builder() {}

    /** Where the chains are stored; default a new {@link InMemoryAuditStore}. */
    public Builder store(AuditStore value) {
      this.store = Require.notNull(value, "store");
      return this;
    }

    /**
     * Keep the values {@code policy} calls personal in {@code vault}, and only their tokens in the chain; by default
     * every value is kept in the chain as it is.
     */
    public Builder personalData(PersonalDataVault vault, PersonalDataPolicy policy) {
      this.vault = Option.some(Require.notNull(vault, "vault"));
      this.policy = Require.notNull(policy, "policy");
      return this;
    }

    /**
     * How often an append is retried when other writers move the head; default 100.
     *
     * @throws IllegalArgumentException if {@code value} is less than 1
     */
    public Builder maxAttempts(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, got " + value);
      }
      this.maxAttempts = value;
      return this;
    }

    /**
     * Who may verify, query and reveal through the reads that name an actor; default everyone ({@link
     * TenantReadPolicy#permitAll()}). Recording is not a read and is never refused by it.
     */
    public Builder readPolicy(TenantReadPolicy value) {
      this.reads = Require.notNull(value, "readPolicy");
      return this;
    }

    /** The trail. */
    public AuditTrail build() {
      return new AuditTrail(this);
    }
  }
}
