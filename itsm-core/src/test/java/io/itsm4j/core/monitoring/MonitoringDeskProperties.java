package io.itsm4j.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.MonitoringDesk;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import java.util.ArrayList;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

/**
 * The monitoring desk over generated streams (those of {@link AlertCorrelatorProperties}): every decision it turns
 * into a command is accepted by the service desk, and the same stream again through a new correlator under the same
 * stream id, as after a restart, changes no ticket: each of its commands is a replay under the same key.
 */
class MonitoringDeskProperties {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor MONITOR = Actor.of("monitoring", "agent");

  private final AlertCorrelatorProperties streams = new AlertCorrelatorProperties();

  @Property(tries = 200, shrinking = ShrinkingMode.OFF)
  void everyCommandIsAcceptedAndTheSameStreamAgainChangesNoTicket(
      @ForAll("streams") java.util.List<AlertCorrelatorProperties.Step> steps) {
    InMemoryTicketStore store = new InMemoryTicketStore();
    ServiceDesk desk = ServiceDesk.builder().ticketStore(store).build();
    java.util.List<Object> refused = new ArrayList<>();
    run(desk, steps, refused);
    assertThat(refused).isEmpty();
    Map<TicketId, Long> versions = versions(desk, store);

    run(desk, steps, refused);
    assertThat(refused).isEmpty();
    assertThat(versions(desk, store)).isEqualTo(versions);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<java.util.List<AlertCorrelatorProperties.Step>> streams() {
    return streams.streams();
  }

  private static void run(ServiceDesk desk, java.util.List<AlertCorrelatorProperties.Step> steps,
      java.util.List<Object> refused) {
    MonitoringDesk monitoring = MonitoringDesk.of(desk, ACME, MONITOR, "stream-1",
        AlertCorrelatorProperties.correlator());
    for (AlertCorrelatorProperties.Step s : steps) {
      MonitoringDesk.Applied applied = s instanceof AlertCorrelatorProperties.Feed f
          ? monitoring.accept(f.event()).get() : monitoring.tick(((AlertCorrelatorProperties.Tick) s).now());
      refused.addAll(applied.refused().asJava());
    }
  }

  private static Map<TicketId, Long> versions(ServiceDesk desk, InMemoryTicketStore store) {
    Map<TicketId, Long> out = HashMap.empty();
    for (TicketId id : store.ticketIds(ACME)) {
      out = out.put(id, desk.ticket(ACME, id).get().version());
    }
    return out;
  }
}
