package io.itsm4j.core.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.change.policy.ChangeEnablement;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.memory.StoredScheduledChanges;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.Rejection;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.control.Either;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One change enablement serves many tenants: each tenant's changes collide along that tenant's own graph. */
class TenantGraphsTest {
  private static final TenantId A = TenantId.of("tenant-a");
  private static final TenantId B = TenantId.of("tenant-b");
  private static final ConfigurationItemId APP = ConfigurationItemId.of("crm-app");
  private static final ConfigurationItemId DB = ConfigurationItemId.of("crm-db");
  private static final Actor AGENT = Actor.of("alice", "agent");

  private final AtomicInteger keys = new AtomicInteger();
  private final InMemoryTicketStore store = new InMemoryTicketStore();
  private final ServiceDesk desk = ServiceDesk.builder().ticketStore(store).policy(ChangeEnablement.builder()
      .scheduledChanges(new StoredScheduledChanges(store))
      .dependenciesPerTenant(tenant -> tenant.equals(A)
          ? ConfigurationDependencies.fromDirect(HashMap.of(APP, HashSet.of(DB)))   // in A the app needs the DB
          : ConfigurationDependencies.none())
      .build()).build();

  @Test
  void the_same_changes_collide_in_the_tenant_whose_graph_relates_them_only() {
    schedule(A, DB, "2026-03-07T22:00:00Z", "2026-03-08T02:00:00Z").get();
    schedule(B, DB, "2026-03-07T22:00:00Z", "2026-03-08T02:00:00Z").get();
    Rejection inA = schedule(A, APP, "2026-03-08T01:00:00Z", "2026-03-08T03:00:00Z").getLeft();
    assertThat(inA.code()).isEqualTo(RejectionCode.SCHEDULE_COLLISION);
    assertThat(schedule(B, APP, "2026-03-08T01:00:00Z", "2026-03-08T03:00:00Z").isRight())
        .as("in B nothing relates the app to the database").isTrue();
  }

  @Test
  void a_graph_that_cannot_be_read_refuses_the_scheduling_as_a_port_failure() {
    InMemoryTicketStore own = new InMemoryTicketStore();
    ServiceDesk failing = ServiceDesk.builder().ticketStore(own).policy(ChangeEnablement.builder()
        .scheduledChanges(new StoredScheduledChanges(own))
        .dependenciesPerTenant(tenant -> {
          throw new IllegalStateException("catalogue unavailable");
        }).build()).build();
    TicketId id = failing.open(A, AGENT, "k-fail", TicketCommand.Open.change(ChangeType.STANDARD, "Patch", Impact.LOW,
        Urgency.LOW).withSubject(TicketSubject.none().withConfigurationItem(APP))).get().ticket().id();
    Rejection r = failing.execute(A, AGENT, id, "k-fail-2", TicketCommand.ChangeState.to("scheduled")
        .withField("planned.start", "2026-03-08T01:00:00Z").withField("planned.end", "2026-03-08T03:00:00Z"))
        .getLeft();
    assertThat(r.code()).isEqualTo(RejectionCode.PORT_FAILURE);
    assertThat(own.load(A, id)).as("nothing was appended").hasSize(1);
  }

  private Either<Rejection, CommandResult> schedule(TenantId tenant, ConfigurationItemId ci, String start,
      String end) {
    TicketId id = desk.open(tenant, AGENT, "k" + keys.incrementAndGet(), TicketCommand.Open.change(
        ChangeType.STANDARD, "Patch " + ci.value(), Impact.LOW, Urgency.LOW)
        .withSubject(TicketSubject.none().withConfigurationItem(ci))).get().ticket().id();
    return desk.execute(tenant, AGENT, id, "k" + keys.incrementAndGet(), TicketCommand.ChangeState.to("scheduled")
        .withField("planned.start", start).withField("planned.end", end));
  }
}
