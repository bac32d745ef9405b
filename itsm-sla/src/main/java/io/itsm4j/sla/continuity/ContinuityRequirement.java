package io.itsm4j.sla.continuity;

import io.itsm4j.core.catalogue.ServiceId;
import java.time.Duration;
import java.util.Objects;

/**
 * What a business impact analysis asks of one service if it is disrupted. Immutable.
 *
 * @param service the service
 * @param criticality how much its loss hurts
 * @param rto recovery time objective: the service must be back within this
 * @param rpo recovery point objective: at most this much data may be lost
 * @param mtpd maximum tolerable period of disruption: beyond it the harm is unacceptable; not below {@code rto}
 */
public record ContinuityRequirement(ServiceId service, Criticality criticality, Duration rto, Duration rpo,
    Duration mtpd) {
  /** How much a service's loss hurts. */
  public enum Criticality {
    /** Losing it stops the business. */
    VITAL,
    /** Losing it hurts within hours. */
    HIGH,
    /** Losing it hurts within days. */
    MEDIUM,
    /** Its loss can wait. */
    LOW
  }

  /**
   * Validates the requirement.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming the setting: a negative duration, or an RTO beyond the MTPD
   */
  public ContinuityRequirement {
    Objects.requireNonNull(service, "service must not be null");
    Objects.requireNonNull(criticality, "criticality must not be null");
    for (Object[] d : new Object[][] {{rto, "rto"}, {rpo, "rpo"}, {mtpd, "mtpd"}}) {
      Objects.requireNonNull(d[0], d[1] + " must not be null");
      if (((Duration) d[0]).isNegative()) {
        throw new IllegalArgumentException(d[1] + " must not be negative, got " + d[0]);
      }
    }
    if (rto.compareTo(mtpd) > 0) {
      throw new IllegalArgumentException("rto " + rto + " must not exceed the mtpd " + mtpd
          + ": a recovery that late is already intolerable");
    }
  }
}
