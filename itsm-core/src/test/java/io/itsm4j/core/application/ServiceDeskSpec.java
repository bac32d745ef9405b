package io.itsm4j.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.memory.RecordingNotificationSink;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Link;
import io.itsm4j.core.ticket.LinkType;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketDecider;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Random command sequences through the {@link ServiceDesk} against a small reference model of the default
 * incident workflow, written out here independently of the engine. After every step: the stored history
 * replays to the desk's ticket, the version is the number of events, the model and the ticket agree on state,
 * fields and priority, a refused command left the history untouched, and no tenant sees another's events.
 */
class ServiceDeskSpec {
  static final TenantId[] TENANTS = {TenantId.of("acme"), TenantId.of("globex")};
  static final Actor AGENT = Actor.of("agent", "agent");
  static final Actor CALLER = Actor.of("caller");
  static final List<String> STATES = List.of("new", "in-progress", "on-hold", "resolved", "closed", "cancelled");
  static final List<String> FIELD_NAMES = List.of("resolution.code", "resolution.notes", "hold.reason",
      "cancel.reason", "reopen.reason");

  /** The default incident workflow as the documentation states it: from → (to → required fields). */
  static final Map<String, Map<String, List<String>>> INCIDENT = new HashMap<>();

  static {
    Map<String, List<String>> fromNew = new LinkedHashMap<>();
    fromNew.put("in-progress", List.of());
    fromNew.put("on-hold", List.of("hold.reason"));
    fromNew.put("resolved", List.of("resolution.code", "resolution.notes"));
    fromNew.put("cancelled", List.of("cancel.reason"));
    Map<String, List<String>> fromProgress = new LinkedHashMap<>();
    fromProgress.put("on-hold", List.of("hold.reason"));
    fromProgress.put("resolved", List.of("resolution.code", "resolution.notes"));
    fromProgress.put("cancelled", List.of("cancel.reason"));
    Map<String, List<String>> fromHold = new LinkedHashMap<>();
    fromHold.put("in-progress", List.of());
    fromHold.put("resolved", List.of("resolution.code", "resolution.notes"));
    fromHold.put("cancelled", List.of("cancel.reason"));
    Map<String, List<String>> fromResolved = new LinkedHashMap<>();
    fromResolved.put("in-progress", List.of("reopen.reason"));
    fromResolved.put("closed", List.of());
    INCIDENT.put("new", fromNew);
    INCIDENT.put("in-progress", fromProgress);
    INCIDENT.put("on-hold", fromHold);
    INCIDENT.put("resolved", fromResolved);
    INCIDENT.put("closed", Map.of());
    INCIDENT.put("cancelled", Map.of());
  }

  static final Set<String> HOLD_REASONS = Set.of("awaiting-caller", "awaiting-change", "awaiting-problem", "awaiting-vendor");

  /** What the model knows of one ticket. */
  static final class ModelTicket {
    final TenantId tenant;
    final TicketId id;
    String state = "new";
    long version = 1;
    int cycle = 1;
    Impact impact;
    Urgency urgency;
    Option<GroupId> group = Option.none();
    Option<ActorId> assignee = Option.none();
    final Map<String, String> fields = new HashMap<>();
    final Set<Link> links = new java.util.HashSet<>();

    ModelTicket(TenantId tenant, TicketId id, Impact impact, Urgency urgency) {
      this.tenant = tenant;
      this.id = id;
      this.impact = impact;
      this.urgency = urgency;
    }

    boolean terminal() {
      return state.equals("closed") || state.equals("cancelled");
    }
  }

  /** The system under test and the model side by side. */
  static final class World {
    final InMemoryTicketStore store = new InMemoryTicketStore();
    final RecordingNotificationSink sink = new RecordingNotificationSink();
    Instant now = Instant.parse("2026-01-05T08:00:00Z");
    final ServiceDesk desk = ServiceDesk.builder().ticketStore(store).notificationSink(sink).clock(() -> now).build();
    final List<ModelTicket> tickets = new ArrayList<>();
    final List<CommandRequest> accepted = new ArrayList<>();
    int keys;

    String key() {
      return "k-" + (++keys);
    }

    ModelTicket pick(int index) {
      return tickets.get(Math.floorMod(index, tickets.size()));
    }

    Seq<TicketEvent> history(ModelTicket t) {
      return store.load(t.tenant, t.id);
    }

    /** Runs a command and checks the model's verdict; on refusal, checks that nothing was written. */
    Either<Rejection, CommandResult> run(ModelTicket t, TicketCommand command, Option<RejectionCode> expectedRefusal) {
      Seq<TicketEvent> before = history(t);
      int published = sink.events().size();
      CommandRequest request = CommandRequest.of(t.tenant, command instanceof TicketCommand.AddNote n
          && n.visibility() == io.itsm4j.core.ticket.NoteVisibility.COMMENT && callerNote ? CALLER : AGENT,
          t.id, key(), command);
      callerNote = false;
      now = now.plus(Duration.ofMinutes(7));
      Either<Rejection, CommandResult> result = desk.execute(request);
      if (expectedRefusal.isDefined()) {
        assertThat(result.isLeft()).as("%s on %s should be refused with %s but was %s", command, t.state,
            expectedRefusal.get(), result).isTrue();
        assertThat(result.getLeft().code()).isEqualTo(expectedRefusal.get());
        assertThat(history(t)).isEqualTo(before);
        assertThat(sink.events().size()).isEqualTo(published);
      } else {
        assertThat(result.isRight()).as("%s on %s should be accepted but was %s", command, t.state, result).isTrue();
        accepted.add(request);
        assertThat(history(t).size()).isEqualTo(before.size() + result.get().events().size());
        assertThat(sink.events().size()).isEqualTo(published + result.get().events().size());
      }
      return result;
    }

    boolean callerNote;

    @Override
    public String toString() {
      return tickets.size() + " tickets";
    }
  }

  static Priority priority(Impact i, Urgency u) {
    int score = i.ordinal() + u.ordinal();
    return Priority.values()[score];
  }

  // ---- actions ----

  static final class Open implements Action.Independent<World> {
    @Override
    public Arbitrary<Transformer<World>> transformer() {
      return Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.of(Impact.class),
          Arbitraries.of(Urgency.class), Arbitraries.of("Printer on fire", "", "   ", "VPN drops"))
          .as((tenant, impact, urgency, title) -> Transformer.mutate("open " + tenant + " '" + title + "'", w -> {
            TenantId t = TENANTS[tenant];
            Seq<TicketId> idsBefore = w.store.ticketIds(t);
            Either<Rejection, CommandResult> r = w.desk.open(t, AGENT, w.key(),
                TicketCommand.Open.incident(title, impact, urgency).withCaller(CALLER.id()));
            if (title.isBlank()) {
              assertThat(r.getLeft().code()).isEqualTo(RejectionCode.INVALID_INPUT);
              assertThat(r.getLeft().violations().map(v -> v.field())).containsExactly("title");
              assertThat(w.store.ticketIds(t)).hasSameElementsAs(idsBefore);
            } else {
              Ticket ticket = r.get().ticket();
              assertThat(idsBefore).doesNotContain(ticket.id());
              assertThat(ticket.priority()).isEqualTo(priority(impact, urgency));
              w.tickets.add(new ModelTicket(t, ticket.id(), impact, urgency));
            }
          }));
    }
  }

  static final class ChangeState implements Action.Dependent<World> {
    @Override
    public boolean precondition(World w) {
      return !w.tickets.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<World>> transformer(World w) {
      Arbitrary<Map<String, String>> fields = Arbitraries.subsetOf(FIELD_NAMES).map(names -> {
        Map<String, String> m = new LinkedHashMap<>();
        names.forEach(n -> m.put(n, "value"));
        return m;
      });
      Arbitrary<String> holdReason = Arbitraries.of("awaiting-caller", "awaiting-vendor", "bored");
      return Combinators.combine(Arbitraries.integers(), Arbitraries.of(concat(STATES, "nowhere")), fields, holdReason)
          .as((index, to, f, reason) -> Transformer.mutate("change-state " + index + " -> " + to + " " + f, world -> {
            ModelTicket t = world.pick(index);
            Map<String, String> given = new LinkedHashMap<>(f);
            if (given.containsKey("hold.reason")) {
              given.put("hold.reason", reason);
            }
            TicketCommand.ChangeState command = new TicketCommand.ChangeState(to, io.vavr.collection.LinkedHashMap.ofAll(given));
            Option<RejectionCode> refusal = expect(t, to, given);
            world.run(t, command, refusal);
            if (refusal.isEmpty()) {
              if (t.state.equals("resolved") && !to.equals("closed")) {
                t.cycle++;
              }
              t.state = to;
              t.fields.putAll(given);
              t.version++;
            }
          }));
    }

    private static Option<RejectionCode> expect(ModelTicket t, String to, Map<String, String> given) {
      if (!STATES.contains(to)) {
        return Option.some(RejectionCode.TRANSITION_NOT_ALLOWED);
      }
      List<String> required = INCIDENT.get(t.state).get(to);
      if (required == null) {
        return Option.some(t.terminal() ? RejectionCode.TICKET_CLOSED : RejectionCode.TRANSITION_NOT_ALLOWED);
      }
      Map<String, String> merged = new HashMap<>(t.fields);
      merged.putAll(given);
      if (!merged.keySet().containsAll(required)) {
        return Option.some(RejectionCode.FIELD_REQUIRED);
      }
      if (to.equals("on-hold") && merged.containsKey("hold.reason") && !HOLD_REASONS.contains(merged.get("hold.reason"))) {
        return Option.some(RejectionCode.INVALID_INPUT);
      }
      return Option.none();
    }
  }

  static final class AddNote implements Action.Dependent<World> {
    @Override
    public boolean precondition(World w) {
      return !w.tickets.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<World>> transformer(World w) {
      return Combinators.combine(Arbitraries.integers(), Arbitraries.of(true, false), Arbitraries.of("noted", ""))
          .as((index, byCaller, text) -> Transformer.mutate("note " + index + (byCaller ? " by caller" : "") + " '" + text + "'", world -> {
            ModelTicket t = world.pick(index);
            world.callerNote = byCaller;
            TicketCommand command = byCaller ? TicketCommand.AddNote.comment(text) : TicketCommand.AddNote.workNote(text);
            Option<RejectionCode> refusal = t.terminal() ? Option.some(RejectionCode.TICKET_CLOSED)
                : text.isBlank() ? Option.some(RejectionCode.INVALID_INPUT) : Option.none();
            Either<Rejection, CommandResult> r = world.run(t, command, refusal);
            if (refusal.isEmpty()) {
              t.version++;
              if (byCaller && t.state.equals("on-hold")) {
                t.state = "in-progress";
                t.version++;
                assertThat(r.get().events()).hasSize(2);
              }
            }
          }));
    }
  }

  static final class Assign implements Action.Dependent<World> {
    @Override
    public boolean precondition(World w) {
      return !w.tickets.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<World>> transformer(World w) {
      Arbitrary<Option<GroupId>> groups = Arbitraries.of(Option.none(), Option.some(GroupId.of("desk")), Option.some(GroupId.of("network")));
      Arbitrary<Option<ActorId>> people = Arbitraries.of(Option.none(), Option.some(ActorId.of("ann")), Option.some(ActorId.of("bob")));
      return Combinators.combine(Arbitraries.integers(), groups, people)
          .as((index, g, a) -> Transformer.mutate("assign " + index + " " + g + "/" + a, world -> {
            ModelTicket t = world.pick(index);
            Option<RejectionCode> refusal = t.terminal() ? Option.some(RejectionCode.TICKET_CLOSED)
                : g.equals(t.group) && a.equals(t.assignee) ? Option.some(RejectionCode.NO_CHANGE) : Option.none();
            world.run(t, new TicketCommand.Assign(g, a), refusal);
            if (refusal.isEmpty()) {
              t.group = g;
              t.assignee = a;
              t.version++;
            }
          }));
    }
  }

  static final class Prioritise implements Action.Dependent<World> {
    @Override
    public boolean precondition(World w) {
      return !w.tickets.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<World>> transformer(World w) {
      return Combinators.combine(Arbitraries.integers(), Arbitraries.of(Impact.class), Arbitraries.of(Urgency.class))
          .as((index, i, u) -> Transformer.mutate("priority " + index + " " + i + "/" + u, world -> {
            ModelTicket t = world.pick(index);
            Option<RejectionCode> refusal = t.terminal() ? Option.some(RejectionCode.TICKET_CLOSED)
                : i == t.impact && u == t.urgency ? Option.some(RejectionCode.NO_CHANGE) : Option.none();
            world.run(t, new TicketCommand.ChangePriority(i, u, "reassessed"), refusal);
            if (refusal.isEmpty()) {
              t.impact = i;
              t.urgency = u;
              t.version++;
            }
          }));
    }
  }

  static final class LinkTickets implements Action.Dependent<World> {
    @Override
    public boolean precondition(World w) {
      return w.tickets.size() >= 2;
    }

    @Override
    public Arbitrary<Transformer<World>> transformer(World w) {
      return Combinators.combine(Arbitraries.integers(), Arbitraries.integers(),
              Arbitraries.of(LinkType.CHILD_OF, LinkType.RELATED, LinkType.CAUSED_BY_PROBLEM))
          .as((from, to, type) -> Transformer.mutate("link " + from + " " + type + " " + to, world -> {
            ModelTicket source = world.pick(from);
            ModelTicket target = world.pick(to);
            Link link = Link.of(type, target.id);
            // Ids are per tenant, so a target id equal to the source's own id is a self-link.
            boolean sameTicket = source.id.equals(target.id);
            boolean targetVisible = world.tickets.stream().anyMatch(m -> m.tenant.equals(source.tenant) && m.id.equals(target.id));
            // The desk checks the target (exists in this tenant, right kind) before the decider looks at the
            // source (closed, self-link, duplicate); every ticket here is an incident, no problem.
            Option<RejectionCode> refusal =
                !sameTicket && !targetVisible ? Option.some(RejectionCode.NOT_FOUND)
                    : !sameTicket && type == LinkType.CAUSED_BY_PROBLEM ? Option.some(RejectionCode.INVALID_INPUT)
                    : source.terminal() ? Option.some(RejectionCode.TICKET_CLOSED)
                    : sameTicket ? Option.some(RejectionCode.INVALID_INPUT)
                    : source.links.contains(link) ? Option.some(RejectionCode.NO_CHANGE)
                    : Option.none();
            world.run(source, new TicketCommand.AddLink(link), refusal);
            if (refusal.isEmpty()) {
              source.links.add(link);
              source.version++;
            }
          }));
    }
  }

  static final class Retry implements Action.Dependent<World> {
    @Override
    public boolean precondition(World w) {
      return !w.accepted.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<World>> transformer(World w) {
      return Arbitraries.integers().map(index -> Transformer.mutate("retry " + index, world -> {
        CommandRequest earlier = world.accepted.get(Math.floorMod(index, world.accepted.size()));
        Seq<TicketEvent> before = world.store.load(earlier.tenant(), earlier.ticketId());
        Either<Rejection, CommandResult> again = world.desk.execute(earlier);
        assertThat(again.isRight()).as("retry of %s gave %s", earlier, again).isTrue();
        assertThat(again.get().replayed()).isTrue();
        assertThat(world.store.load(earlier.tenant(), earlier.ticketId())).isEqualTo(before);
        assertThat(again.get().events().map(e -> e.header().commandId())).containsOnly(earlier.idempotencyKey());
      }));
    }
  }

  static final class CrossTenant implements Action.Dependent<World> {
    @Override
    public boolean precondition(World w) {
      return !w.tickets.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<World>> transformer(World w) {
      return Arbitraries.integers().map(index -> Transformer.mutate("cross-tenant " + index, world -> {
        ModelTicket t = world.pick(index);
        TenantId other = t.tenant.equals(TENANTS[0]) ? TENANTS[1] : TENANTS[0];
        boolean otherHasSameId = world.tickets.stream().anyMatch(m -> m.tenant.equals(other) && m.id.equals(t.id));
        if (!otherHasSameId) {
          Seq<TicketEvent> before = world.history(t);
          Either<Rejection, CommandResult> r = world.desk.execute(other, AGENT, t.id, world.key(),
              TicketCommand.AddNote.workNote("peek"));
          assertThat(r.getLeft().code()).isEqualTo(RejectionCode.NOT_FOUND);
          assertThat(world.desk.ticket(other, t.id).getLeft().code()).isEqualTo(RejectionCode.NOT_FOUND);
          assertThat(world.history(t)).isEqualTo(before);
        }
      }));
    }
  }

  static <T> List<T> concat(List<T> list, T extra) {
    List<T> out = new ArrayList<>(list);
    out.add(extra);
    return out;
  }

  @Provide
  Arbitrary<ActionChain<World>> chains() {
    return ActionChain.startWith(World::new)
        .withAction(2, new Open())
        .withAction(4, new ChangeState())
        .withAction(2, new AddNote())
        .withAction(1, new Assign())
        .withAction(1, new Prioritise())
        .withAction(1, new LinkTickets())
        .withAction(1, new Retry())
        .withAction(1, new CrossTenant())
        .withMaxTransformations(60);
  }

  @Property(tries = 150)
  void the_desk_agrees_with_the_model_after_every_command(@ForAll("chains") ActionChain<World> chain) {
    chain.withInvariant("replay equals state; model agrees; tenants isolated", ServiceDeskSpec::check).run();
  }

  static void check(World w) {
    for (ModelTicket m : w.tickets) {
      Seq<TicketEvent> history = w.history(m);
      assertThat(history.size()).as("version of %s", m.id).isEqualTo((int) m.version);
      assertThat(history.map(TicketEvent::sequence)).containsExactlyElementsOf(
          io.vavr.collection.List.rangeClosed(1L, m.version));
      assertThat(history.map(TicketEvent::tenant)).containsOnly(m.tenant);
      Ticket ticket = w.desk.ticket(m.tenant, m.id).get();
      assertThat(TicketDecider.replay(history)).containsExactly(ticket);
      assertThat(ticket.version()).isEqualTo(m.version);
      assertThat(ticket.state()).isEqualTo(m.state);
      assertThat(ticket.cycle()).isEqualTo(m.cycle);
      assertThat(ticket.priority()).isEqualTo(priority(m.impact, m.urgency));
      assertThat(ticket.group()).isEqualTo(m.group);
      assertThat(ticket.assignee()).isEqualTo(m.assignee);
      assertThat(ticket.links().toJavaSet()).isEqualTo(m.links);
      for (Map.Entry<String, String> f : m.fields.entrySet()) {
        assertThat(ticket.field(f.getKey())).as("field %s", f.getKey()).containsExactly(f.getValue());
      }
    }
    for (TenantId tenant : TENANTS) {
      long expected = w.tickets.stream().filter(m -> m.tenant.equals(tenant)).count();
      assertThat(w.store.ticketIds(tenant)).hasSize((int) expected);
    }
  }
}
