package io.itsm4j.audit.application;

import io.itsm4j.audit.evidence.Concern;
import io.itsm4j.audit.evidence.EvidenceReport;
import io.itsm4j.audit.evidence.EvidenceReports;
import io.itsm4j.audit.internal.Require;
import io.itsm4j.audit.port.ConcernSource;
import io.itsm4j.audit.port.EvidenceSource;
import io.itsm4j.audit.trail.Verification;
import io.itsm4j.core.Actor;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.port.TenantReadPolicy;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Builds the ISO/IEC 20000-1 evidence report from an {@link EvidenceSource}: the application-layer wrapper around
 * the pure {@link EvidenceReports}. Thread-safe.
 */
public final class EvidenceReporter {
  private final EvidenceSource source;
  private final Option<AuditTrail> trail;
  private final TenantReadPolicy reads;
  private final Seq<ConcernSource> concerns;

  private EvidenceReporter(EvidenceSource source, Option<AuditTrail> trail, TenantReadPolicy reads,
      Seq<ConcernSource> concerns) {
    this.source = source;
    this.trail = trail;
    this.reads = reads;
    this.concerns = concerns;
  }

  /** A reporter counting through {@code source}; its reads that name an actor are permitted to everyone. */
  public static EvidenceReporter of(EvidenceSource source) {
    return new EvidenceReporter(Require.notNull(source, "source"), Option.none(), TenantReadPolicy.permitAll(),
        Vector.empty());
  }

  /** This reporter, also verifying the tenant's whole audit trail and stating the outcome under 7.5. */
  public EvidenceReporter verifying(AuditTrail value) {
    return new EvidenceReporter(source, Option.some(Require.notNull(value, "trail")), reads, concerns);
  }

  /**
   * This reporter, asking {@code value} (records {@value TenantReadPolicy#AUDIT_TRAIL}) before a report that names
   * an actor: the report counts the tenant's records, so it is a read like any other.
   */
  public EvidenceReporter readPolicy(TenantReadPolicy value) {
    return new EvidenceReporter(source, trail, Require.notNull(value, "readPolicy"), concerns);
  }

  /**
   * This reporter, also asking {@code value} what needs attention as of the period's end, filed under the clauses
   * the concerns name ({@link OperationalConcerns} for continuity plans and service reviews).
   */
  public EvidenceReporter concerns(ConcernSource value) {
    return new EvidenceReporter(source, trail, reads, concerns.append(Require.notNull(value, "concerns")));
  }

  /**
   * The report for [{@code from}, {@code until}) as {@code actor} may read it: the read policy is asked first.
   *
   * @return the report; {@link io.itsm4j.core.RejectionCode#NOT_AUTHORISED} with the policy's reason, counting
   *     nothing; or a port failure
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code until} is before {@code from}
   */
  public Either<Rejection, EvidenceReport> report(TenantId tenant, Actor actor, Instant from, Instant until) {
    return reads.verdict(tenant, actor, TenantReadPolicy.AUDIT_TRAIL).toLeft(true)
        .flatMap(ok -> report(tenant, from, until));
  }

  /**
   * The report for [{@code from}, {@code until}). For trusted host code (a scheduled export): it names no actor and
   * passes no read policy; serve people through {@link #report(TenantId, Actor, Instant, Instant)}.
   *
   * @return the report, or a port failure if the source failed
   * @throws IllegalArgumentException if {@code until} is before {@code from}
   */
  public Either<Rejection, EvidenceReport> report(TenantId tenant, Instant from, Instant until) {
    Require.notNull(tenant, "tenant");
    Require.notNull(from, "from");
    Require.notNull(until, "until");
    if (until.isBefore(from)) {
      throw new IllegalArgumentException("until " + until + " is before from " + from);
    }
    Option<Verification> verification = Option.none();
    for (AuditTrail t : trail) {
      Either<Rejection, Verification> v = t.verify(tenant);
      if (v.isLeft()) {
        return Either.left(v.getLeft());
      }
      verification = Option.some(v.get());
    }
    try {
      Seq<Concern> found = concerns.flatMap(c -> c.concerns(tenant, until));
      return Either.right(EvidenceReports.build(tenant, from, until, source.count(tenant, from, until), verification,
          found));
    } catch (AuditPortException e) {
      return Either.left(e.rejection());
    } catch (RuntimeException e) {
      return Either.left(Rejection.portFailure("count evidence", e));
    }
  }
}
