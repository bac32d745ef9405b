package io.itsm4j.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.memory.RecordingNotificationSink;
import io.itsm4j.core.port.AccessPolicy;
import io.itsm4j.core.port.TicketSnapshots;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * A desk whose store offers a recent history, or whose snapshots hold a state (decided on without a read, the
 * append's checks catching a stale one), answers every command exactly as a desk with neither: the same outcomes, the same stored histories and
 * the same notifications, however far behind the recent histories are, with retries, refusals and replays among the
 * commands.
 */
class RecentStateProperties {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  /** Snapshots that answer, for each get, the state offered a given number of versions before the newest. */
  static final class LaggingSnapshots implements TicketSnapshots {
    final java.util.Map<TicketId, java.util.TreeMap<Long, Ticket>> offered = new java.util.HashMap<>();
    Iterator<Integer> lags = List.<Integer>of().iterator();

    @Override
    public Option<Ticket> get(TenantId tenant, TicketId ticketId) {
      java.util.TreeMap<Long, Ticket> states = offered.get(ticketId);
      int lag = lags.hasNext() ? lags.next() : 0;
      if (states == null || lag < 0 || !states.firstEntry().getValue().tenant().equals(tenant)) {
        return Option.none();
      }
      return Option.of(states.floorEntry(states.lastKey() - lag)).map(java.util.Map.Entry::getValue);
    }

    @Override
    public void offer(Ticket ticket) {
      offered.computeIfAbsent(ticket.id(), k -> new java.util.TreeMap<>()).put(ticket.version(), ticket);
    }
  }

  /** One command of the run: which command, on which ticket, by whom, and whether it reuses an earlier key. */
  record Step(int command, int ticket, boolean agent, int reuse) {}

  @Provide
  Arbitrary<Step> steps() {
    return Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 1),
        Arbitraries.of(true, true, true, false), Arbitraries.integers().between(-6, 3)).as(Step::new);
  }

  private static TicketCommand command(int which) {
    return switch (which) {
      case 0 -> TicketCommand.ChangeState.to("in-progress");
      case 1 -> TicketCommand.ChangeState.to("on-hold");
      case 2 -> TicketCommand.ChangeState.to("resolved").withField(TicketFields.RESOLUTION_CODE, "solved")
          .withField(TicketFields.RESOLUTION_NOTES, "Restarted");
      case 3 -> TicketCommand.ChangeState.to("closed");
      case 4 -> new TicketCommand.ChangePriority(Impact.HIGH, Urgency.HIGH, "escalated");
      case 5 -> new TicketCommand.ChangePriority(Impact.LOW, Urgency.LOW, "calmer");
      default -> TicketCommand.AddNote.workNote("note " + which);
    };
  }

  @Property(tries = 150, shrinking = ShrinkingMode.OFF)
  void decidingOnARecentStateAnswersAsReadingFirst(@ForAll @Size(min = 1, max = 30) List<@From("steps") Step> steps,
      @ForAll @Size(max = 60) List<@From("lags") Integer> lags, @ForAll boolean viaSnapshots) {
    RecordingNotificationSink plainSink = new RecordingNotificationSink();
    RecordingNotificationSink laggingSink = new RecordingNotificationSink();
    ServiceDesk plain = ServiceDesk.builder().ticketStore(new InMemoryTicketStore())
        .snapshots(TicketSnapshots.none()).notificationSink(plainSink).accessPolicy(AccessPolicy.requireRole("agent")).clock(() -> NOW).build();
    RecordingTicketStore store = new RecordingTicketStore();
    LaggingSnapshots snapshots = new LaggingSnapshots();
    if (viaSnapshots) {
      snapshots.lags = lags.iterator();
      store.lags = List.<Integer>of().iterator();
    } else {
      store.lags = lags.iterator();
    }
    ServiceDesk lagging = ServiceDesk.builder().ticketStore(store)
        .snapshots(viaSnapshots ? snapshots : TicketSnapshots.none()).notificationSink(laggingSink).accessPolicy(AccessPolicy.requireRole("agent")).clock(() -> NOW).build();
    Actor agent = Actor.of("agent-1", "agent");
    List<TicketId> tickets = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String key = "open-" + i;
      TicketCommand.Open open = TicketCommand.Open.incident("Mail is down " + i, Impact.MEDIUM, Urgency.MEDIUM);
      TicketId a = plain.open(ACME, agent, key, open).get().ticket().id();
      TicketId b = lagging.open(ACME, agent, key, open).get().ticket().id();
      assertThat(b).isEqualTo(a);
      tickets.add(a);
    }
    List<String> keys = new ArrayList<>();
    List<TicketCommand> sent = new ArrayList<>();
    List<TicketId> targets = new ArrayList<>();
    for (Step step : steps) {
      boolean retry = step.reuse() > 0 && keys.size() >= step.reuse();
      String key = retry ? keys.get(keys.size() - step.reuse()) : "k" + keys.size();
      TicketCommand command = retry ? sent.get(sent.size() - step.reuse()) : command(step.command());
      TicketId ticket = retry ? targets.get(targets.size() - step.reuse()) : tickets.get(step.ticket());
      Actor actor = step.agent() ? agent : Actor.of("mallory");
      if (!retry) {
        keys.add(key);
        sent.add(command);
        targets.add(ticket);
      }
      Either<Rejection, CommandResult> expected = plain.execute(ACME, actor, ticket, key, command);
      Either<Rejection, CommandResult> actual = lagging.execute(ACME, actor, ticket, key, command);
      assertThat(actual).as("%s %s under %s", ticket, command, key).isEqualTo(expected);
    }
    for (TicketId ticket : tickets) {
      assertThat(store.target.load(ACME, ticket)).isEqualTo(plain.history(ACME, ticket).get());
    }
    assertThat(laggingSink.events()).isEqualTo(plainSink.events());
    assertThat(laggingSink.rejections()).isEqualTo(plainSink.rejections());
  }

  @Provide
  Arbitrary<Integer> lags() {
    return Arbitraries.frequency(net.jqwik.api.Tuple.of(6, 0), net.jqwik.api.Tuple.of(2, 1),
        net.jqwik.api.Tuple.of(1, 3), net.jqwik.api.Tuple.of(1, -1));
  }

  @Test
  void aCurrentRecentStateCostsOneAppendAndAStaleOneFallsBackToAFreshRead() {
    RecordingTicketStore store = new RecordingTicketStore();
    ServiceDesk desk = ServiceDesk.builder().ticketStore(store).snapshots(TicketSnapshots.none()).clock(() -> NOW).build();
    Actor agent = Actor.of("agent-1", "agent");
    TicketId id = desk.open(ACME, agent, "k1", TicketCommand.Open.incident("VPN down", Impact.HIGH, Urgency.HIGH))
        .get().ticket().id();

    store.calls.clear();
    store.lags = List.of(0).iterator();
    assertThat(desk.execute(ACME, agent, id, "k2", TicketCommand.ChangeState.to("in-progress")).isRight()).isTrue();
    assertThat(store.calls).containsExactly("recentHistory", "append");

    store.calls.clear();
    store.lags = List.of(1).iterator();
    assertThat(desk.execute(ACME, agent, id, "k3", TicketCommand.AddNote.workNote("checked")).isRight()).isTrue();
    assertThat(store.calls).containsExactly("recentHistory", "append:VersionConflict", "lookUp", "append");

    store.calls.clear();
    store.lags = List.of(0).iterator();
    assertThat(desk.execute(ACME, agent, id, "k2", TicketCommand.ChangeState.to("in-progress")).get().replayed())
        .as("a retry refused on the current state is answered from the key").isTrue();
    assertThat(store.calls).containsExactly("recentHistory", "lookUp", "load");
  }
}
