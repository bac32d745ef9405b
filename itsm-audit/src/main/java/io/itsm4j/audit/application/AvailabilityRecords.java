package io.itsm4j.audit.application;

import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.Fingerprint;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.sla.availability.AvailabilityReport;
import io.itsm4j.sla.availability.BudgetAlarm;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Measured availability as evidence (ISO/IEC 20000-1 8.7.1): a service's availability report for a period, and a
 * downtime-budget alarm, each recorded in the audit trail as an {@code availability} record, which the evidence
 * report counts under 8.7. Recording the same report or alarm again (same service, period and figures; same
 * service, period end and time) finds the entry written before instead of writing another. Thread-safe as its
 * trail is.
 */
public final class AvailabilityRecords {
  /** The audit trail's record type of availability records. */
  public static final String RECORD_TYPE = "availability";

  private final AuditTrail trail;

  private AvailabilityRecords(AuditTrail trail) {
    this.trail = trail;
  }

  /**
   * Records into {@code trail}.
   *
   * @throws NullPointerException if {@code trail} is null
   */
  public static AvailabilityRecords of(AuditTrail trail) {
    return new AvailabilityRecords(Objects.requireNonNull(trail, "trail must not be null"));
  }

  /**
   * Records a service's availability for a period: the figures, the target and whether it was met.
   *
   * @return the entry, or the trail's rejection
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, AuditEntry> record(TenantId tenant, ActorId actor, ServiceId service,
      AvailabilityReport report) {
    Objects.requireNonNull(report, "report must not be null");
    Map<String, String> after = LinkedHashMap.of("service", service.value(), "from", report.from().toString(),
        "to", report.to().toString(), "target", String.valueOf(report.target().percent()),
        "availability", report.availability().map(String::valueOf).getOrElse("no service time agreed"),
        "met", String.valueOf(report.met()))
        .put("agreedServiceTime", report.agreedServiceTime().toString())
        .put("downtime", report.downtime().toString())
        .put("plannedDowntime", report.plannedDowntime().toString())
        .put("outages", String.valueOf(report.outages()))
        .put("budgetLeft", report.budgetLeft().toString());
    return once(tenant, actor, "availability-measured", Fingerprint.of(service.value(), report.from(), report.to(),
        after.toJavaMap()), report.to(), after);
  }

  /**
   * Records a downtime-budget alarm of a service.
   *
   * @return the entry, or the trail's rejection
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, AuditEntry> record(TenantId tenant, ActorId actor, ServiceId service, BudgetAlarm alarm) {
    Objects.requireNonNull(alarm, "alarm must not be null");
    Map<String, String> after = LinkedHashMap.of("service", service.value(), "periodEnd",
        alarm.periodEnd().toString(), "used", alarm.used().toString(), "budget", alarm.budget().toString(),
        "projected", alarm.projected().toString(), "burnRate", String.valueOf(alarm.burnRate()));
    return once(tenant, actor, "availability-budget-alarm", Fingerprint.of(service.value(), alarm.periodEnd(),
        alarm.at()), alarm.at(), after);
  }

  private Either<Rejection, AuditEntry> once(TenantId tenant, ActorId actor, String action, String fingerprint,
      java.time.Instant at, Map<String, String> after) {
    Objects.requireNonNull(tenant, "tenant must not be null");
    Objects.requireNonNull(actor, "actor must not be null");
    RecordRef ref = RecordRef.of(RECORD_TYPE, action + "-" + fingerprint.substring(0, 40));
    return OnceInTrail.record(trail, tenant, ref, e -> true, () -> AuditDraft.builder().tenant(tenant).actor(actor)
        .action(action).record(ref).occurredAt(at).after(AuditValue.texts(after))
        .correlation(Option.some(RECORD_TYPE + ":" + fingerprint.substring(0, 40))).build());
  }
}
