package io.itsm4j.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.sla.availability.Availability;
import io.itsm4j.sla.availability.AvailabilityReport;
import io.itsm4j.sla.availability.AvailabilityTarget;
import io.itsm4j.sla.availability.BudgetAlarm;
import io.itsm4j.sla.availability.Outage;
import io.itsm4j.sla.calendar.BusinessCalendar;
import io.vavr.collection.List;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A month's availability and a budget alarm, recorded once each as availability evidence. */
class AvailabilityRecordsTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final ActorId REPORTER = ActorId.of("service-reports");
  private static final ServiceId SHOP = ServiceId.of("shop");
  private static final Instant DEC = Instant.parse("2026-12-01T00:00:00Z");
  private static final Instant JAN = Instant.parse("2027-01-01T00:00:00Z");

  private final AuditTrail trail = AuditTrail.builder().build();
  private final AvailabilityRecords records = AvailabilityRecords.of(trail);

  @Test
  void aReportAndAnAlarmAreRecordedOnceEach() {
    AvailabilityTarget target = AvailabilityTarget.of(99.9, BusinessCalendar.alwaysOpen());
    List<Outage> outages = List.of(Outage.unplanned("INC-000001", Instant.parse("2026-12-05T00:00:00Z"),
        Instant.parse("2026-12-05T00:30:00Z")));
    AvailabilityReport report = Availability.measure(target, outages, DEC, JAN).get();
    AuditEntry entry = records.record(ACME, REPORTER, SHOP, report).get();
    assertThat(entry.record().type()).isEqualTo(AvailabilityRecords.RECORD_TYPE);
    assertThat(entry.action()).isEqualTo("availability-measured");
    assertThat(entry.after().get("met").get().toString()).contains("true");
    assertThat(records.record(ACME, REPORTER, SHOP, report).get()).isEqualTo(entry);

    BudgetAlarm alarm = Availability.budget(target, outages, DEC, JAN, Instant.parse("2026-12-16T12:00:00Z")).get()
        .get();
    AuditEntry alarmed = records.record(ACME, REPORTER, SHOP, alarm).get();
    assertThat(alarmed.action()).isEqualTo("availability-budget-alarm");
    assertThat(records.record(ACME, REPORTER, SHOP, alarm).get()).isEqualTo(alarmed);
    assertThat(trail.query(ACME, AuditQuery.all()).get()).hasSize(2);
  }
}
