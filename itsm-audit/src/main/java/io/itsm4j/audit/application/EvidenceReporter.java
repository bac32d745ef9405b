package io.itsm4j.audit.application;

import io.itsm4j.audit.evidence.EvidenceReport;
import io.itsm4j.audit.evidence.EvidenceReports;
import io.itsm4j.audit.internal.Require;
import io.itsm4j.audit.port.EvidenceSource;
import io.itsm4j.audit.trail.Verification;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
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

  private EvidenceReporter(EvidenceSource source, Option<AuditTrail> trail) {
    this.source = source;
    this.trail = trail;
  }

  /** A reporter counting through {@code source}. */
  public static EvidenceReporter of(EvidenceSource source) {
    return new EvidenceReporter(Require.notNull(source, "source"), Option.none());
  }

  /** This reporter, also verifying the tenant's whole audit trail and stating the outcome under 7.5. */
  public EvidenceReporter verifying(AuditTrail value) {
    return new EvidenceReporter(source, Option.some(Require.notNull(value, "trail")));
  }

  /**
   * The report for [{@code from}, {@code until}).
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
      return Either.right(EvidenceReports.build(tenant, from, until, source.count(tenant, from, until), verification));
    } catch (AuditPortException e) {
      return Either.left(e.rejection());
    } catch (RuntimeException e) {
      return Either.left(Rejection.portFailure("count evidence", e));
    }
  }
}
