package io.itsm4j.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.change.PlannedChange;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.port.ScheduledChanges;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.ChangeWindow;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.ticket.Urgency;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ScheduledChanges}: every change scheduled or being implemented whose window overlaps
 * the one asked about is listed with its current window and items; closed and cancelled changes and other
 * tenants' changes are not. The kit drives a service desk; a host adapter says how its desk is wired (store,
 * notification sink feeding its index) and which {@link ScheduledChanges} reads it.
 */
public abstract class AbstractScheduledChangesContractTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");
  private static final Actor AGENT = Actor.of("agent");
  private static final ConfigurationItemId DB = ConfigurationItemId.of("db-1");

  /** A desk and the port under test, reading what the desk does. */
  protected record Subject(ServiceDesk desk, ScheduledChanges scheduled) {}

  /** A fresh, empty desk and the adapter under test. */
  protected abstract Subject subject();

  private int keys;

  private TicketId scheduled(ServiceDesk desk, TenantId tenant, String start, String end) {
    TicketId id = desk.open(tenant, AGENT, "k" + (++keys), TicketCommand.Open.change(ChangeType.STANDARD, "c",
        Impact.LOW, Urgency.LOW).withSubject(TicketSubject.none().withConfigurationItem(DB))).get().ticket().id();
    desk.execute(tenant, AGENT, id, "k" + (++keys), TicketCommand.ChangeState.to("scheduled")
        .withField(TicketFields.PLANNED_START, start).withField(TicketFields.PLANNED_END, end)).get();
    return id;
  }

  private static ChangeWindow window(String start, String end) {
    return ChangeWindow.of(Instant.parse(start), Instant.parse(end));
  }

  @Test
  void scheduled_and_implementing_changes_that_overlap_are_listed_with_their_current_window() {
    Subject s = subject();
    TicketId a = scheduled(s.desk(), ACME, "2026-04-01T10:00:00Z", "2026-04-01T12:00:00Z");
    TicketId b = scheduled(s.desk(), ACME, "2026-04-01T11:00:00Z", "2026-04-01T13:00:00Z");
    s.desk().execute(ACME, AGENT, b, "k" + (++keys), TicketCommand.ChangeState.to("implement")).get();
    ChangeWindow asked = window("2026-04-01T11:30:00Z", "2026-04-01T11:45:00Z");
    assertThat(s.scheduled().overlapping(ACME, asked).filter(p -> p.window().overlaps(asked)).map(PlannedChange::change))
        .containsExactlyInAnyOrder(a, b);
    PlannedChange listed = s.scheduled().overlapping(ACME, asked).find(p -> p.change().equals(a)).get();
    assertThat(listed.window()).isEqualTo(window("2026-04-01T10:00:00Z", "2026-04-01T12:00:00Z"));
    assertThat(listed.items()).containsExactly(DB);
    s.desk().execute(ACME, AGENT, a, "k" + (++keys), TicketCommand.UpdateDetails.nothing()
        .withField(TicketFields.PLANNED_START, "2026-04-02T10:00:00Z")
        .withField(TicketFields.PLANNED_END, "2026-04-02T12:00:00Z")).get();
    assertThat(s.scheduled().overlapping(ACME, asked).filter(p -> p.window().overlaps(asked)).map(PlannedChange::change))
        .containsExactly(b);
  }

  @Test
  void finished_changes_and_other_tenants_changes_are_not_listed() {
    Subject s = subject();
    TicketId done = scheduled(s.desk(), ACME, "2026-04-01T10:00:00Z", "2026-04-01T12:00:00Z");
    s.desk().execute(ACME, AGENT, done, "k" + (++keys), TicketCommand.ChangeState.to("implement")).get();
    s.desk().execute(ACME, AGENT, done, "k" + (++keys), TicketCommand.ChangeState.to("review")).get();
    TicketId dropped = scheduled(s.desk(), ACME, "2026-04-01T10:00:00Z", "2026-04-01T12:00:00Z");
    s.desk().execute(ACME, AGENT, dropped, "k" + (++keys), TicketCommand.ChangeState.to("cancelled")
        .withField(TicketFields.CANCEL_REASON, "not needed")).get();
    scheduled(s.desk(), GLOBEX, "2026-04-01T10:00:00Z", "2026-04-01T12:00:00Z");
    ChangeWindow asked = window("2026-04-01T09:00:00Z", "2026-04-01T13:00:00Z");
    assertThat(s.scheduled().overlapping(ACME, asked).filter(p -> p.window().overlaps(asked))).isEmpty();
    assertThat(s.scheduled().overlapping(GLOBEX, asked).filter(p -> p.window().overlaps(asked))).hasSize(1);
  }
}
