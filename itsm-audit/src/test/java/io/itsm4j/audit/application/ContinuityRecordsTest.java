package io.itsm4j.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.corrective.CorrectiveAction;
import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.sla.continuity.ContinuityPlan;
import io.itsm4j.sla.continuity.ContinuityRequirement;
import io.itsm4j.sla.continuity.Exercise;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An exercise that fell short: recorded once as continuity evidence, one corrective action per shortfall. */
class ContinuityRecordsTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final ActorId CAROL = ActorId.of("carol");
  private static final Instant AT = Instant.parse("2026-11-14T06:00:00Z");
  private static final ServiceId SHOP = ServiceId.of("shop");
  private static final ServiceId PAYROLL = ServiceId.of("payroll");

  private final AuditTrail trail = AuditTrail.builder().build();
  private final CorrectiveActions actions = CorrectiveActions.of(trail);
  private final ContinuityRecords records = ContinuityRecords.of(trail, actions);

  @Test
  void aShortfallRaisesACorrectiveActionAndTheExerciseIsRecordedOnce() {
    ContinuityPlan plan = new ContinuityPlan("dr-main", List.of(SHOP, PAYROLL), CAROL, "site lost",
        Duration.ofDays(180), AT.minus(Duration.ofDays(30)), Option.none());
    List<ContinuityRequirement> requirements = List.of(new ContinuityRequirement(SHOP,
        ContinuityRequirement.Criticality.VITAL, Duration.ofHours(4), Duration.ofMinutes(15), Duration.ofHours(24)));
    Exercise failover = new Exercise("dr-main", Exercise.Kind.FULL_FAILOVER, AT, List.of(
        new Exercise.Outcome(SHOP, Option.some(Duration.ofHours(6)), Option.some(Duration.ofMinutes(5)))),
        List.of("the database restore waited for the backup operator"));

    ContinuityRecords.Recorded first = records.record(ACME, CAROL, plan, failover, requirements).get();
    assertThat(first.entry().record().type()).isEqualTo(ContinuityRecords.RECORD_TYPE);
    assertThat(first.entry().action()).isEqualTo("continuity-exercised");
    assertThat(first.shortfalls().map(s -> s.service().value() + ":" + s.objective()))
        .containsExactly("shop:RTO", "payroll:NOT_MEASURED");
    assertThat(first.actions()).hasSize(2);
    CorrectiveAction shop = actions.get(ACME, first.actions().head()).get();
    assertThat(shop.title()).contains("dr-main", "shop recovered in PT6H, RTO PT4H");

    ContinuityRecords.Recorded again = records.record(ACME, CAROL, plan, failover, requirements).get();
    assertThat(again.entry()).isEqualTo(first.entry());
    assertThat(again.actions()).isEqualTo(first.actions());
    assertThat(trail.query(ACME, AuditQuery.byRecord(first.entry().record())).get()).hasSize(1);
    assertThat(actions.all(ACME).get()).hasSize(2);
  }
}
