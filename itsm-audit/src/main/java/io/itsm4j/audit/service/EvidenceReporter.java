package io.itsm4j.audit.service;

import io.itsm4j.audit.evidence.EvidenceReport;
import io.itsm4j.audit.evidence.EvidenceReports;
import io.itsm4j.audit.internal.Require;
import io.itsm4j.audit.port.EvidenceSource;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.vavr.control.Either;
import java.time.Instant;

/**
 * Builds the ISO/IEC 20000-1 evidence report from an {@link EvidenceSource}: the application-layer wrapper around
 * the pure {@link EvidenceReports}. Thread-safe.
 */
public final class EvidenceReporter {
  private final EvidenceSource source;

  private EvidenceReporter(EvidenceSource source) {
    this.source = source;
  }

  /** A reporter counting through {@code source}. */
  public static EvidenceReporter of(EvidenceSource source) {
    return new EvidenceReporter(Require.notNull(source, "source"));
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
    try {
      return Either.right(EvidenceReports.build(tenant, from, until, source.count(tenant, from, until)));
    } catch (AuditPortException e) {
      return Either.left(e.rejection());
    } catch (RuntimeException e) {
      return Either.left(Rejection.portFailure("count evidence", e));
    }
  }
}
