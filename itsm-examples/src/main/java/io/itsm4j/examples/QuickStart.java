package io.itsm4j.examples;

import static io.itsm4j.core.ticket.TicketFields.HOLD_AWAITING_CALLER;
import static io.itsm4j.core.ticket.TicketFields.HOLD_REASON;
import static io.itsm4j.core.ticket.TicketFields.REOPEN_REASON;
import static io.itsm4j.core.ticket.TicketFields.RESOLUTION_CODE;
import static io.itsm4j.core.ticket.TicketFields.RESOLUTION_NOTES;

import io.itsm4j.core.Actor;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.desk.CommandResult;
import io.itsm4j.core.desk.ServiceDesk;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.memory.RecordingNotificationSink;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Link;
import io.itsm4j.core.ticket.LinkType;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketCommand.AddNote;
import io.itsm4j.core.ticket.TicketCommand.ChangeState;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The quick start: embeds the engine with its in-memory adapters, walks two incidents and a problem through
 * their lifecycle (with a refused command and a reopen on the way), and prints each ticket's timeline.
 *
 * <p>Run it with {@code ./mvnw -q -pl itsm-examples -am install -DskipTests && ./mvnw -q -pl itsm-examples exec:java}
 * or as the README says.
 */
public final class QuickStart {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor ALICE = Actor.of("alice", "agent");
  private static final Actor BOB = Actor.of("bob", "agent");
  private static final Actor CAROL = Actor.of("carol");

  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T09:00:00Z"));
  private final RecordingNotificationSink sink = new RecordingNotificationSink();
  private final InMemoryTicketStore store = new InMemoryTicketStore();
  // The story moves its own clock forward, so the timelines read like a working day.
  private final ServiceDesk desk = ServiceDesk.builder()
      .ticketStore(store)
      .notificationSink(sink)
      .clock(now::get)
      .build();
  private int keys;

  private QuickStart() {}

  /** Runs the story and prints the timelines. */
  public static void main(String[] args) {
    new QuickStart().run();
  }

  private void run() {
    System.out.println("itsm4j quick start: an in-memory service desk for tenant " + ACME + "\n");

    // Carol calls: her mail is down. Alice logs it for her; the priority comes from impact x urgency.
    TicketId mail = ok("open", desk.open(ACME, ALICE, key(),
        TicketCommand.Open.incident("Mail client cannot connect", Impact.MEDIUM, Urgency.HIGH)
            .withCaller(CAROL.id())
            .withDescription("Outlook says 'server unavailable' since 08:40."))).ticket().id();
    later(5);
    ok("assign", send(ALICE, mail, TicketCommand.Assign.to(GroupId.of("service-desk"), ALICE.id())));
    ok("start", send(ALICE, mail, ChangeState.to("in-progress")));
    later(20);
    ok("hold", send(ALICE, mail, ChangeState.to("on-hold").withField(HOLD_REASON, HOLD_AWAITING_CALLER)));
    later(90);
    // Carol answers: a caller update takes the incident off hold by itself.
    ok("caller update", send(CAROL, mail, AddNote.comment("It works from the web client, only Outlook fails.")));
    later(15);
    // Resolving without resolution code and notes is refused: the workflow guards say which fields are missing.
    Either<Rejection, CommandResult> refused = send(ALICE, mail, ChangeState.to("resolved"));
    System.out.println("Refused, as it should be: " + refused.getLeft() + "\n");
    ok("resolve", send(ALICE, mail, ChangeState.to("resolved")
        .withField(RESOLUTION_CODE, "solved").withField(RESOLUTION_NOTES, "Recreated the Outlook profile.")));
    later(60 * 3);
    // It comes back: Carol reopens, which starts a new resolution cycle.
    ok("reopen", send(CAROL, mail, ChangeState.to("in-progress").withField(REOPEN_REASON, "Fails again after reboot")));
    later(30);

    // A second incident on the same cause, and a problem to find that cause.
    TicketId vpn = ok("open", desk.open(ACME, BOB, key(),
        TicketCommand.Open.incident("Outlook profile lost after reboot", Impact.LOW, Urgency.MEDIUM))).ticket().id();
    TicketId problem = ok("open", desk.open(ACME, BOB, key(),
        TicketCommand.Open.problem("Outlook profiles lost on reboot", Impact.MEDIUM, Urgency.MEDIUM))).ticket().id();
    ok("link", send(BOB, mail, new TicketCommand.AddLink(Link.of(LinkType.CAUSED_BY_PROBLEM, problem))));
    ok("link", send(BOB, vpn, new TicketCommand.AddLink(Link.of(LinkType.CAUSED_BY_PROBLEM, problem))));
    ok("investigate", send(BOB, problem, ChangeState.to("investigating")));
    later(120);
    ok("known error", send(BOB, problem, ChangeState.to("known-error")
        .withField("root.cause", "Roaming profile sync deletes the OST file")
        .withField("workaround", "Recreate the profile")));
    ok("priority", send(ALICE, mail, new TicketCommand.ChangePriority(Impact.HIGH, Urgency.HIGH,
        "Now hits the whole finance team")));
    ok("resolve", send(ALICE, mail, ChangeState.to("resolved")
        .withField(RESOLUTION_CODE, "workaround").withField(RESOLUTION_NOTES, "Applied the known-error workaround.")));
    later(60 * 24);
    ok("close", send(ALICE, mail, ChangeState.to("closed")));
    // A closed incident accepts nothing its workflow does not allow.
    System.out.println("Refused, as it should be: "
        + send(ALICE, mail, AddNote.workNote("one more thing")).getLeft() + "\n");

    for (TicketId id : new TicketId[] {mail, vpn, problem}) {
      System.out.println(Timeline.render(desk.ticket(ACME, id).get(), desk.history(ACME, id).get()));
    }
    System.out.println("The notification sink saw " + sink.events().size() + " events and "
        + sink.rejections().size() + " refused commands.");
  }

  private Either<Rejection, CommandResult> send(Actor actor, TicketId id, TicketCommand command) {
    return desk.execute(ACME, actor, id, key(), command);
  }

  private String key() {
    return "quickstart-" + (++keys);
  }

  private void later(long minutes) {
    now.updateAndGet(t -> t.plus(Duration.ofMinutes(minutes)));
  }

  private static CommandResult ok(String what, Either<Rejection, CommandResult> result) {
    return result.getOrElseThrow(r -> new IllegalStateException(what + " was refused: " + r));
  }
}
