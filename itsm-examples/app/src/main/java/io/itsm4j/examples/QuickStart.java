package io.itsm4j.examples;

import static io.itsm4j.core.ticket.TicketFields.HOLD_AWAITING_CALLER;
import static io.itsm4j.core.ticket.TicketFields.HOLD_REASON;
import static io.itsm4j.core.ticket.TicketFields.REOPEN_REASON;
import static io.itsm4j.core.ticket.TicketFields.RESOLUTION_CODE;
import static io.itsm4j.core.ticket.TicketFields.RESOLUTION_NOTES;

import io.itsm4j.audit.application.AuditTrail;
import io.itsm4j.audit.application.AuditingNotificationSink;
import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.Outcome;
import io.itsm4j.core.Actor;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.application.TicketQueues;
import io.itsm4j.core.change.ApprovalMatrix;
import io.itsm4j.core.change.RiskQuestionnaire;
import io.itsm4j.core.change.policy.ChangeEnablement;
import io.itsm4j.core.memory.InMemoryApproverDirectory;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.memory.InMemoryTicketViewStore;
import io.itsm4j.core.memory.RecordingNotificationSink;
import io.itsm4j.core.port.NotificationSink;
import io.itsm4j.core.port.ReadPolicy;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Link;
import io.itsm4j.core.ticket.LinkType;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.RiskLevel;
import io.itsm4j.core.ticket.TicketCommand.AddNote;
import io.itsm4j.core.ticket.TicketCommand.ChangeState;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.view.Cursors;
import io.itsm4j.core.view.Page;
import io.itsm4j.core.view.QueueOrder;
import io.itsm4j.core.view.TicketQuery;
import io.itsm4j.core.view.TicketView;
import io.itsm4j.sla.SlaDefinition;
import io.itsm4j.sla.SlaDueTimes;
import io.itsm4j.sla.SlaEngine;
import io.itsm4j.sla.SlaId;
import io.itsm4j.sla.SlaStatus;
import io.itsm4j.sla.calendar.BusinessCalendar;
import io.itsm4j.sla.calendar.DailyHours;
import io.itsm4j.sla.calendar.DayRule;
import io.itsm4j.sla.calendar.WeeklyCalendar;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The quick start: embeds the engine with its in-memory adapters, walks two incidents and a problem through
 * their lifecycle (with a refused command and a reopen on the way), and prints each ticket's timeline. Then a
 * normal change goes through risk assessment and change advisory board approval, with its requester's attempt
 * to approve it refused.
 *
 * <p>Run it with {@code ./mvnw -q -pl itsm-examples/app -am install -DskipTests && ./mvnw -q -pl itsm-examples/app exec:java}
 * or as the README says.
 */
public final class QuickStart {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor ALICE = Actor.of("alice", "agent");
  private static final Actor BOB = Actor.of("bob", "agent");
  private static final Actor CAROL = Actor.of("carol");
  private static final Actor DANA = Actor.of("dana");
  private static final Actor ERIK = Actor.of("erik");
  private static final GroupId CAB = GroupId.of("cab");

  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T09:00:00Z"));
  private final RecordingNotificationSink sink = new RecordingNotificationSink();
  private final InMemoryTicketStore store = new InMemoryTicketStore();
  // Who sits on which approving board; a host serves this from its own directory.
  private final InMemoryApproverDirectory directory = new InMemoryApproverDirectory()
      .group(ACME, GroupId.of("change-managers"), ALICE.id())
      .group(ACME, CAB, BOB.id(), DANA.id(), ERIK.id())
      .group(ACME, GroupId.of("ecab"), ALICE.id(), DANA.id());
  private final ChangeEnablement changes = ChangeEnablement.builder()
      .riskModel(RiskQuestionnaire.builder()
          .question("outage", LinkedHashMap.of("none", 0, "partial", 2, "full", 4))
          .question("tested", LinkedHashMap.of("yes", 0, "no", 3))
          .level(RiskLevel.MEDIUM, 2).level(RiskLevel.HIGH, 5).level(RiskLevel.VERY_HIGH, 7)
          .build())
      .approvalMatrix(ApprovalMatrix.typical(GroupId.of("change-managers"), CAB, GroupId.of("ecab")))
      .approverDirectory(directory)
      .build();
  // The story moves its own clock forward, so the timelines read like a working day.
  // Every event and every refusal also goes to a tamper-evident audit trail.
  private final AuditTrail trail = AuditTrail.builder().build();
  /** Office hours in Berlin, with Christmas off: the calendar the service levels count in. */
  private static final WeeklyCalendar OFFICE_HOURS = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
      .weekdays(DailyHours.of("08:00", "18:00"))
      .holiday(DayRule.every(MonthDay.of(12, 25)))
      .holiday(DayRule.every(MonthDay.of(12, 26)))
      .build();
  /** First response and resolution goals per priority. */
  private static final Seq<SlaDefinition> SLAS = List.of(
      SlaDefinition.firstResponse().id(SlaId.of("first-response"))
          .goals(HashMap.of(Priority.P1, Duration.ofMinutes(15), Priority.P2, Duration.ofMinutes(30),
              Priority.P3, Duration.ofHours(1), Priority.P4, Duration.ofHours(4), Priority.P5, Duration.ofHours(8)))
          .calendar(OFFICE_HOURS).build(),
      SlaDefinition.resolution().id(SlaId.of("resolution"))
          .goals(HashMap.of(Priority.P1, Duration.ofHours(4), Priority.P2, Duration.ofHours(8),
              Priority.P3, Duration.ofHours(16), Priority.P4, Duration.ofHours(40), Priority.P5, Duration.ofHours(80)))
          .calendar(OFFICE_HOURS).build());
  // Each ticket's row for work queues, with the time left before each clock breaches, kept as commands are stored.
  private final InMemoryTicketViewStore views = new InMemoryTicketViewStore();
  private final ServiceDesk desk = ServiceDesk.builder()
      .ticketStore(store)
      .notificationSink(NotificationSink.fanOut(sink, AuditingNotificationSink.withHistory(trail, store)))
      .clock(now::get)
      .policy(changes)
      .views(views)
      .dueTimes(SlaDueTimes.of(SLAS))
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
        + sink.rejections().size() + " refused commands.\n");

    changeThroughTheCab(problem);
    serviceLevels(mail);
    auditTrail();
    queue();
  }

  /**
   * The agent's list: the tenant's open tickets, soonest to breach first, read from the views the desk kept (one
   * page, never a replay of the histories).
   */
  private void queue() {
    TicketQuery open = TicketQuery.in(ACME).open().orderBy(QueueOrder.TIME_TO_BREACH).pageSize(10).build().get();
    Page page = TicketQueues.of(views, Cursors.random(), ReadPolicy.roleOrCaller("agent"))
        .page(ALICE, open, Option.none()).get();
    System.out.println("Open tickets of " + ACME + ", soonest to breach first:");
    for (TicketView v : page.views()) {
      System.out.printf("  %-10s %-3s %-16s %-15s %-40s %s%n", v.id(), v.priority(), v.state(),
          v.group().map(GroupId::value).getOrElse("(no group)"), v.title(), v.nextBreach()
              .map(at -> "breaches " + at).getOrElse(v.isBreached() ? "breached" : "no clock running"));
    }
    System.out.println();
  }

  /**
   * The incident's service levels, replayed from its history: the hold paused the first resolution cycle, the
   * reopen started a second one, and the rise to P1 measures that open cycle against the P1 goal from the cycle's
   * own start, every pause kept; the first cycle had stopped at P2 and stays judged at P2.
   */
  private void serviceLevels(TicketId incident) {
    System.out.println("Service levels of " + incident + " (office hours Mon-Fri 08:00-18:00 Europe/Berlin):");
    for (SlaStatus s : SlaEngine.status(SLAS, desk.history(ACME, incident).get(), now.get())) {
      System.out.printf("  %-15s cycle %d  %-8s %s goal %-6s elapsed %-8s %5.1f%%%s%n", s.definition(), s.cycle(),
          s.state(), s.priority(), human(s.goal()), human(s.elapsed()), s.percentage(),
          s.breachedAt().map(b -> "  breached at " + b).getOrElse(""));
    }
    System.out.println();
  }

  /** The audit trail: who did what, including the refusals, in a hash chain anyone can verify. */
  private void auditTrail() {
    Seq<AuditEntry> entries = trail.query(ACME, AuditQuery.all()).get();
    System.out.println("Audit trail of " + ACME + ": " + entries.size() + " entries, "
        + entries.count(e -> e.outcome() == Outcome.REJECTED) + " of them refusals; verification: "
        + (trail.verify(ACME).get().isIntact() ? "intact" : "BROKEN"));
    System.out.println("  checkpoint to publish: " + trail.head(ACME).get().export());
  }

  private static String human(Duration d) {
    return d.toHours() > 0 ? d.toHours() + "h" + (d.toMinutesPart() > 0 ? d.toMinutesPart() + "m" : "")
        : d.toMinutes() + "m";
  }

  /** A normal change to fix the problem: risk, CAB approval (and a refused self-approval), then the work. */
  private void changeThroughTheCab(TicketId problem) {
    // Bob raises a change; he sits on the CAB himself, which will matter.
    TicketId change = ok("open", desk.open(ACME, BOB, key(),
        TicketCommand.Open.change(ChangeType.NORMAL, "Turn off roaming profile sync for Outlook", Impact.MEDIUM,
            Urgency.MEDIUM))).ticket().id();
    ok("link", send(BOB, change, new TicketCommand.AddLink(Link.of(LinkType.FIXES_PROBLEM, problem))));
    ok("assess", send(BOB, change, ChangeState.to("assess")));
    // The risk questionnaire gives MEDIUM; the matrix says: a quorum of two of the CAB.
    ok("risk", send(BOB, change, changes.assessRisk(LinkedHashMap.of("outage", "partial", "tested", "yes")).get()));
    ok("authorise", send(BOB, change, ChangeState.to("authorise")));
    later(10);
    ok("request approval", send(BOB, change,
        changes.requestApproval(ACME, desk.ticket(ACME, change).get()).get()));
    // Segregation of duties: the requester may not approve his own change, CAB seat or not.
    System.out.println("Refused, as it should be: "
        + send(BOB, change, TicketCommand.Approve.withoutComment()).getLeft() + "\n");
    later(60);
    ok("approve", send(DANA, change, new TicketCommand.Approve("Tested on the pilot group")));
    later(30);
    ok("approve", send(ERIK, change, new TicketCommand.Approve("Rollback: re-enable the GPO")));
    ok("schedule", send(ALICE, change, ChangeState.to("scheduled")
        .withField(TicketFields.PLANNED_START, "2026-11-27T19:00:00Z")
        .withField(TicketFields.PLANNED_END, "2026-11-27T20:00:00Z")));
    later(60 * 24 * 3 + 40);
    ok("implement", send(ALICE, change, ChangeState.to("implement")));
    later(45);
    ok("complete", send(ALICE, change, ChangeState.to("review")));
    later(60 * 24);
    ok("close", send(ALICE, change, ChangeState.to("closed")
        .withField(TicketFields.CHANGE_OUTCOME, TicketFields.OUTCOME_SUCCESSFUL)));
    System.out.println(Timeline.render(desk.ticket(ACME, change).get(), desk.history(ACME, change).get()));
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
