package io.itsm4j.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.Violation;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Saved queues: checked part by part, and read as the query their definition says, relative to the reader. */
class NamedQueueTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");
  private static final GroupId NETWORK = GroupId.of("network");

  private static TicketView view(String id, TicketKind kind, StateCategory category, Priority priority,
      Option<GroupId> group, Instant updated, Option<Instant> breachAt) {
    return new TicketView(ACME, TicketId.of(id), kind, "w", "s", category, priority, Impact.LOW, Urgency.LOW, group,
        Option.none(), Option.none(), Option.none(), Option.none(), HashSet.empty(), ActorId.of("c"), "t", "",
        updated.minus(Duration.ofDays(1)), updated, Option.none(), 0, LinkedHashMap.empty(),
        breachAt.map(at -> Vector.of(new DueTime("resolution", true, Option.some(at), Option.none(),
            Option.none()))).getOrElse(Vector.empty()), 1);
  }

  private static NamedQueue standard(String id) {
    return NamedQueue.standard().find(q -> q.id().equals(id)).get();
  }

  @Test
  void the_standard_queues_are_sound_and_ask_what_their_names_say() {
    assertThat(NamedQueue.standard().flatMap(NamedQueue::check)).isEmpty();
    TicketView mine = view("INC-1", TicketKind.INCIDENT, StateCategory.ACTIVE, Priority.P3, Option.some(NETWORK),
        NOW, Option.some(NOW.plusSeconds(60)));
    TicketView otherGroup = view("INC-2", TicketKind.INCIDENT, StateCategory.ACTIVE, Priority.P3,
        Option.some(GroupId.of("apps")), NOW, Option.none());
    TicketView request = view("REQ-1", TicketKind.SERVICE_REQUEST, StateCategory.NEW, Priority.P1, Option.none(), NOW,
        Option.none());
    TicketView late = view("INC-3", TicketKind.INCIDENT, StateCategory.ACTIVE, Priority.P2, Option.some(NETWORK),
        NOW.minus(Duration.ofHours(3)), Option.some(NOW.minusSeconds(1)));
    TicketView waiting = view("INC-4", TicketKind.INCIDENT, StateCategory.ON_HOLD, Priority.P4, Option.some(NETWORK),
        NOW.minus(Duration.ofDays(6)), Option.none());
    TicketView recentlyWaiting = view("INC-5", TicketKind.INCIDENT, StateCategory.ON_HOLD, Priority.P4,
        Option.some(NETWORK), NOW.minus(Duration.ofDays(2)), Option.none());
    var all = Vector.of(mine, otherGroup, request, late, waiting, recentlyWaiting);

    TicketQuery myGroups = standard("my-groups-open-incidents").query(ACME, HashSet.of(NETWORK), NOW).get().get();
    assertThat(all.filter(myGroups::matches)).containsExactlyInAnyOrder(mine, late, waiting, recentlyWaiting);
    assertThat(myGroups.order()).isEqualTo(QueueOrder.TIME_TO_BREACH);
    assertThat(standard("my-groups-open-incidents").query(ACME, HashSet.empty(), NOW).get()).isEmpty();
    TicketQuery unassigned = standard("unassigned-p1-p2").query(ACME, HashSet.empty(), NOW).get().get();
    assertThat(all.filter(unassigned::matches)).containsExactly(request);
    TicketQuery breached = standard("breached").query(ACME, HashSet.empty(), NOW).get().get();
    assertThat(all.filter(breached::matches)).containsExactly(late);
    TicketQuery waitingQueue = standard("waiting-for-customer").query(ACME, HashSet.empty(), NOW).get().get();
    assertThat(all.filter(waitingQueue::matches)).containsExactly(waiting);
  }

  @Test
  void a_definition_at_fault_is_refused_part_by_part() {
    NamedQueue bad = new NamedQueue("not an id", " ", HashSet.empty(), HashSet.empty(), HashSet.empty(), true, true,
        false, Option.some(Duration.ZERO), Option.some(Duration.ofDays(-1)), QueueOrder.AGE, 0);
    assertThat(bad.check().map(Violation::field))
        .containsExactly("id", "name", "breachesWithin", "notUpdatedFor", "unassigned", "pageSize");
    var refused = bad.query(ACME, HashSet.of(NETWORK), NOW).getLeft();
    assertThat(refused.code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(refused.violations()).hasSize(6);
    NamedQueue soon = new NamedQueue("soon", "Breaching within the hour", HashSet.empty(), HashSet.empty(),
        HashSet.empty(), false, false, false, Option.some(Duration.ofHours(1)), Option.none(), QueueOrder.PRIORITY,
        10);
    TicketQuery q = soon.query(ACME, HashSet.empty(), NOW).get().get();
    NamedQueue edges = new NamedQueue("edges", "n".repeat(200), HashSet.empty(), HashSet.empty(), HashSet.empty(),
        false, false, false, Option.none(), Option.none(), QueueOrder.AGE, TicketQuery.MAX_PAGE_SIZE);
    assertThat(edges.check()).isEmpty();
    assertThat(new NamedQueue("edges", "n".repeat(201), HashSet.empty(), HashSet.empty(), HashSet.empty(), false,
        false, false, Option.none(), Option.none(), QueueOrder.AGE, 1).check().map(Violation::field))
        .containsExactly("name");
    assertThat(q.matches(view("INC-9", TicketKind.INCIDENT, StateCategory.NEW, Priority.P1, Option.none(), NOW,
        Option.some(NOW.plus(Duration.ofMinutes(59)))))).isTrue();
    assertThat(q.matches(view("INC-9", TicketKind.INCIDENT, StateCategory.NEW, Priority.P1, Option.none(), NOW,
        Option.some(NOW.plus(Duration.ofMinutes(61)))))).isFalse();
    assertThat(q.pageSize()).isEqualTo(10);
  }
}
