package io.itsm4j.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.memory.InMemoryTicketViewStore;
import io.itsm4j.core.port.TicketViewStore;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.view.Cursors;
import io.itsm4j.core.view.PageKey;
import io.itsm4j.core.view.QueueOrder;
import io.itsm4j.core.view.TicketProjection;
import io.itsm4j.core.view.TicketQuery;
import io.itsm4j.core.view.TicketView;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The desk keeps views as it stores commands; a rebuild from the events gives the same views, and resumes. */
class DeskViewsTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor AGENT = Actor.of("alice", "agent");

  private final Instant[] now = {Instant.parse("2026-03-02T09:00:00Z")};
  private final InMemoryTicketStore events = new InMemoryTicketStore();
  private final InMemoryTicketViewStore views = new InMemoryTicketViewStore();
  private final TicketProjection projection = TicketProjection.keeping(HashSet.of(TicketFields.HOLD_REASON));

  private ServiceDesk desk(TicketViewStore store) {
    return ServiceDesk.builder().ticketStore(events).views(store).viewProjection(projection)
        .clock(() -> now[0]).build();
  }

  private List<TicketId> fill(ServiceDesk desk) {
    List<TicketId> ids = new ArrayList<>();
    Impact[] impacts = Impact.values();
    for (int i = 0; i < 12; i++) {
      now[0] = now[0].plusSeconds(60);
      TicketId id = desk.open(ACME, AGENT, "o" + i, TicketCommand.Open.incident("ticket " + i, impacts[i % 3],
          Urgency.HIGH)).get().ticket().id();
      ids.add(id);
      if (i % 3 == 0) {
        desk.execute(ACME, AGENT, id, "a" + i, TicketCommand.Assign.toGroup(GroupId.of("network"))).get();
      }
      if (i % 4 == 0) {
        desk.execute(ACME, AGENT, id, "h" + i, TicketCommand.ChangeState.to("in-progress")).get();
        desk.execute(ACME, AGENT, id, "w" + i, TicketCommand.ChangeState.to("on-hold")
            .withField(TicketFields.HOLD_REASON, "awaiting-caller")).get();
      }
    }
    return ids;
  }

  @Test
  void every_stored_command_leaves_the_ticket_s_view_and_a_queue_reads_it_at_once() {
    ServiceDesk desk = desk(views);
    List<TicketId> ids = fill(desk);
    for (TicketId id : ids) {
      TicketView expected = TicketView.of(desk.ticket(ACME, id).get(), projection.keptFields());
      assertThat(views.view(ACME, id)).contains(expected);
    }
    assertThat(views.view(ACME, ids.get(0)).get().fields().get(TicketFields.HOLD_REASON)).contains("awaiting-caller");
    TicketQueues queues = TicketQueues.of(views, Cursors.random(), io.itsm4j.core.port.ReadPolicy.roleOrCaller("agent"));
    TicketQuery network = TicketQuery.in(ACME).open().groups(GroupId.of("network")).orderBy(QueueOrder.PRIORITY)
        .build().get();
    Seq<TicketView> page = queues.page(AGENT, network, Option.none()).get().views();
    assertThat(page.map(TicketView::id)).containsExactlyInAnyOrder(ids.get(0), ids.get(3), ids.get(6), ids.get(9));
    assertThat(page.map(TicketView::priority).toJavaList()).isSortedAccordingTo(Priority::compareTo);
  }

  @Test
  void a_rebuild_gives_the_views_the_desk_kept_and_resumes_after_the_last_ticket_reported() {
    ServiceDesk desk = desk(views);
    List<TicketId> ids = fill(desk);
    InMemoryTicketViewStore rebuilt = new InMemoryTicketViewStore();
    List<TicketViewRebuild.Progress> reports = new ArrayList<>();
    TicketViewRebuild rebuild = TicketViewRebuild.of(events, rebuilt, projection);
    // Resumed after the sixth ticket in id order: only the others are taken.
    List<TicketId> sorted = ids.stream().sorted((a, b) -> a.value().compareTo(b.value())).toList();
    TicketViewRebuild.Progress part = rebuild.run(ACME, Option.some(sorted.get(5)), reports::add).get();
    assertThat(part.done()).isEqualTo(6);
    assertThat(part.last()).contains(sorted.get(11));
    assertThat(rebuilt.view(ACME, sorted.get(0))).isEmpty();
    TicketViewRebuild.Progress all = rebuild.run(ACME, Option.none(), reports::add).get();
    assertThat(all.done()).isEqualTo(12).isEqualTo(all.total());
    assertThat(reports).last().isEqualTo(all);
    for (TicketId id : ids) {
      assertThat(rebuilt.view(ACME, id)).isEqualTo(views.view(ACME, id));
    }
    assertThat(rebuild.run(TenantId.of("nobody"), Option.none(), reports::add).get().total()).isZero();
  }

  @Test
  void a_failing_view_store_costs_the_view_never_the_command_and_a_rebuild_mends_it() {
    AtomicBoolean failing = new AtomicBoolean(true);
    TicketViewStore flaky = new TicketViewStore() {
      @Override
      public void put(TicketView view) {
        if (failing.get()) {
          throw new IllegalStateException("view store down");
        }
        views.put(view);
      }

      @Override
      public Option<TicketView> view(TenantId tenant, TicketId id) {
        return views.view(tenant, id);
      }

      @Override
      public Seq<TicketView> after(TicketQuery query, Option<PageKey> after, int limit,
          java.util.function.Predicate<TicketView> visible) {
        return views.after(query, after, limit, visible);
      }

      @Override
      public io.itsm4j.core.view.QueueCounts counts(TicketQuery query,
          java.util.function.Predicate<TicketView> visible) {
        return views.counts(query, visible);
      }
    };
    ServiceDesk desk = desk(flaky);
    TicketId id = desk.open(ACME, AGENT, "o", TicketCommand.Open.incident("t", Impact.LOW, Urgency.LOW)).get()
        .ticket().id();
    assertThat(views.view(ACME, id)).isEmpty();
    failing.set(false);
    var stopped = TicketViewRebuild.of(events, new TicketViewStore() {
      @Override
      public void put(TicketView view) {
        throw new IllegalStateException("still down");
      }

      @Override
      public Option<TicketView> view(TenantId tenant, TicketId ticket) {
        return Option.none();
      }

      @Override
      public Seq<TicketView> after(TicketQuery query, Option<PageKey> after, int limit,
          java.util.function.Predicate<TicketView> visible) {
        return io.vavr.collection.Vector.empty();
      }

      @Override
      public io.itsm4j.core.view.QueueCounts counts(TicketQuery query,
          java.util.function.Predicate<TicketView> visible) {
        return io.itsm4j.core.view.QueueCounts.NONE;
      }
    }, projection).run(ACME, Option.none(), p -> { });
    assertThat(stopped.getLeft().code()).isEqualTo(RejectionCode.PORT_FAILURE);
    assertThat(stopped.getLeft().message()).contains("after 0 ticket(s)");
    TicketViewRebuild.of(events, flaky, projection).run(ACME, Option.none(), p -> { }).get();
    assertThat(views.view(ACME, id)).contains(TicketView.of(desk.ticket(ACME, id).get(), projection.keptFields()));
  }

  @Test
  void a_rebuild_of_thousands_reports_every_thousand_and_resumes_after_a_chunk_that_failed() {
    ServiceDesk desk = desk(views);
    for (int i = 0; i < 2_300; i++) {
      desk.open(ACME, AGENT, "bulk-" + i, TicketCommand.Open.incident("ticket " + i, Impact.LOW, Urgency.LOW)).get();
    }
    List<TicketId> sorted = events.ticketIds(ACME).sortBy(TicketId::value).toJavaList();
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    // The event store fails on its second bulk read: the rebuild stops after the first chunk, naming its last ticket.
    io.itsm4j.core.port.TicketStore failingOnce = new io.itsm4j.core.port.TicketStore() {
      @Override
      public Seq<io.itsm4j.core.ticket.TicketEvent> load(TenantId tenant, TicketId id) {
        return events.load(tenant, id);
      }

      @Override
      public io.vavr.collection.Map<TicketId, Seq<io.itsm4j.core.ticket.TicketEvent>> loadAll(TenantId tenant,
          Seq<TicketId> ids) {
        if (calls.incrementAndGet() == 2) {
          throw new IllegalStateException("connection lost");
        }
        return events.loadAll(tenant, ids);
      }

      @Override
      public io.itsm4j.core.port.AppendResult append(TenantId tenant, TicketId id, long expectedVersion,
          CommandKey command, Seq<io.itsm4j.core.ticket.TicketEvent> batch) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Option<io.itsm4j.core.port.RecordedCommand> findCommand(TenantId tenant, String key) {
        return Option.none();
      }

      @Override
      public Seq<TicketId> ticketIds(TenantId tenant) {
        return events.ticketIds(tenant);
      }
    };
    InMemoryTicketViewStore rebuilt = new InMemoryTicketViewStore();
    List<TicketViewRebuild.Progress> reports = new ArrayList<>();
    var stopped = TicketViewRebuild.of(failingOnce, rebuilt, projection).run(ACME, Option.none(), reports::add);
    assertThat(stopped.getLeft().code()).isEqualTo(RejectionCode.PORT_FAILURE);
    TicketId lastDone = sorted.get(TicketViewRebuild.CHUNK - 1);
    assertThat(stopped.getLeft().message()).contains("after " + TicketViewRebuild.CHUNK + " ticket(s), the last "
        + lastDone).contains("connection lost");
    assertThat(reports).isEmpty();
    assertThat(rebuilt.view(ACME, lastDone)).isNotEmpty();
    assertThat(rebuilt.view(ACME, sorted.get(TicketViewRebuild.CHUNK))).isEmpty();
    TicketViewRebuild.Progress rest = TicketViewRebuild.of(failingOnce, rebuilt, projection)
        .run(ACME, Option.some(lastDone), reports::add).get();
    assertThat(rest.done()).isEqualTo(2_300 - TicketViewRebuild.CHUNK).isEqualTo(rest.total());
    assertThat(reports).extracting(TicketViewRebuild.Progress::done).containsExactly(1_000L, 1_800L);
    assertThat(reports.get(0).last()).contains(sorted.get(TicketViewRebuild.CHUNK + 999));
    assertThat(rest.last()).contains(sorted.get(2_299));
    for (TicketId id : sorted) {
      assertThat(rebuilt.view(ACME, id)).as(id.value()).isEqualTo(views.view(ACME, id));
    }
  }
}
