package io.itsm4j.core.ticket;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.Violation;
import io.itsm4j.core.Violations;
import io.itsm4j.core.approval.ApprovalDecision;
import io.itsm4j.core.approval.ApprovalPolicy;
import io.itsm4j.core.approval.ApprovalProgress;
import io.itsm4j.core.approval.ApprovalStage;
import io.itsm4j.core.approval.ApprovalStatus;
import io.itsm4j.core.approval.Verdict;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.workflow.StateCategory;
import io.itsm4j.core.workflow.Transition;
import io.itsm4j.core.workflow.TransitionRequest;
import io.itsm4j.core.workflow.Trigger;
import io.itsm4j.core.workflow.Workflow;
import io.itsm4j.core.workflow.WorkflowState;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The ticket engine: two pure functions that carry all ticket behaviour.
 *
 * <ul>
 *   <li>{@link #decide}: command + current state → the new events, or a {@link Rejection};
 *   <li>{@link #evolve}: state + event → the next state; {@link #replay} folds a whole history.
 * </ul>
 *
 * <p>Neither does I/O, reads a clock or logs, so every result is a function of its inputs and can be replayed
 * on any host node. Immutable and thread-safe. A rejected command yields no events, so it changes nothing.
 *
 * <p>Rules that {@code decide} enforces, in this order: the ticket must exist in the command's tenant (or, for
 * {@link TicketCommand.Open}, must not exist); the input must be well formed (every bad field is reported at
 * once); a closed or cancelled ticket accepts only the state changes its workflow allows; then the command's own
 * rules (workflow transitions and guards, no-op changes refused as {@link RejectionCode#NO_CHANGE}).
 *
 * <h2>Change enablement</h2>
 * On changes, {@code decide} also keeps the approval rules (docs/change.md):
 * <ul>
 *   <li>risk is assessed ({@link TicketCommand.AssessRisk}) on normal and emergency changes before approval is
 *       requested; a normal change needs it to request approval; a standard change is pre-authorised and takes
 *       neither;
 *   <li>{@link TicketCommand.RequestApproval} records the policy and the eligible approvers (members minus those
 *       {@link SegregationOfDuties} excludes) and is refused if a stage could never be satisfied;
 *   <li>{@link TicketCommand.Approve} / {@link TicketCommand.Reject} count only while approval is pending, once
 *       per approver and stage, from an eligible approver of the stage now deciding who is not excluded now
 *       ({@link RejectionCode#NOT_AUTHORISED} otherwise); the approval completing the policy also yields
 *       {@link TicketEvent.AuthorisationGranted}; a rejection ends the approval and cancels the change where
 *       its workflow allows;
 *   <li><b>segregation of duties whatever the order</b>: any command after which someone whose approval counts
 *       would be excluded (e.g. assigning an approver as implementer) is refused with
 *       {@link RejectionCode#NOT_AUTHORISED}; so at every version, no counted approval is by an excluded actor;
 *   <li>planned start and end, when a command sets either, must be ISO-8601 instants with the end after the
 *       start ({@link RejectionCode#INVALID_INPUT} naming the field).
 * </ul>
 */
public final class TicketDecider {
  private static final TicketDecider STANDARD = new TicketDecider(TicketWorkflows.defaults(), PriorityMatrix.standard());

  private final TicketWorkflows workflows;
  private final PriorityMatrix matrix;
  private final SegregationOfDuties segregation;
  private final Map<TicketKind, FieldSchema> schemas;

  private TicketDecider(TicketWorkflows workflows, PriorityMatrix matrix) {
    this(workflows, matrix, SegregationOfDuties.standard(), HashMap.empty());
  }

  private TicketDecider(TicketWorkflows workflows, PriorityMatrix matrix, SegregationOfDuties segregation,
      Map<TicketKind, FieldSchema> schemas) {
    this.workflows = workflows;
    this.matrix = matrix;
    this.segregation = segregation;
    this.schemas = schemas;
  }

  /** A decider with the default workflows and the standard priority matrix. */
  public static TicketDecider standard() {
    return STANDARD;
  }

  /**
   * A decider with the given workflows and priority matrix.
   *
   * @throws NullPointerException if an argument is null
   */
  public static TicketDecider of(TicketWorkflows workflows, PriorityMatrix matrix) {
    return new TicketDecider(Checks.notNull(workflows, "workflows"), Checks.notNull(matrix, "matrix"));
  }

  /**
   * This decider with another segregation of duties rule, e.g.
   * {@code SegregationOfDuties.standard().and(SegregationOfDuties.actorInField("change.owner"))}.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public TicketDecider withSegregationOfDuties(SegregationOfDuties value) {
    return new TicketDecider(workflows, matrix, Checks.notNull(value, "segregation"), schemas);
  }

  /**
   * This decider with a field schema for one kind of ticket, e.g. incidents that must name the affected site, from a
   * closed list, when opened. Other kinds keep theirs ({@link FieldSchema#open()} unless set).
   *
   * @throws NullPointerException if an argument is null
   */
  public TicketDecider withFieldSchema(TicketKind kind, FieldSchema schema) {
    Checks.notNull(kind, "kind");
    Checks.notNull(schema, "schema");
    return new TicketDecider(workflows, matrix, segregation, schemas.put(kind, schema));
  }

  /**
   * The field schema of one kind of ticket; {@link FieldSchema#open()} unless one was set.
   *
   * @throws NullPointerException if {@code kind} is null
   */
  public FieldSchema fieldSchema(TicketKind kind) {
    return schemas.get(Checks.notNull(kind, "kind")).getOrElse(FieldSchema.open());
  }

  /** The segregation of duties rule this decider applies; {@link SegregationOfDuties#standard()} by default. */
  public SegregationOfDuties segregationOfDuties() {
    return segregation;
  }

  /** The workflows this decider applies. */
  public TicketWorkflows workflows() {
    return workflows;
  }

  /** The priority matrix this decider applies. */
  public PriorityMatrix matrix() {
    return matrix;
  }

  /**
   * Decides what a command does to a ticket.
   *
   * @param context who sends it, for which ticket and tenant, when, under which idempotency key
   * @param command what is asked
   * @param state the ticket as it is now ({@link #replay} of its history); none if it does not exist
   * @return the events to append (at least one, numbered from {@code state.version() + 1}), or why not
   * @throws NullPointerException if an argument is null
   * @throws RuntimeException whatever a custom workflow guard throws
   */
  public Either<Rejection, Seq<TicketEvent>> decide(CommandContext context, TicketCommand command,
      Option<Ticket> state) {
    Checks.notNull(context, "context");
    Checks.notNull(command, "command");
    Checks.notNull(state, "state");
    if (command instanceof TicketCommand.Open open) {
      return state.isDefined()
          ? reject(RejectionCode.ALREADY_EXISTS, "ticket " + context.ticketId() + " exists already")
          : open(context, open);
    }
    if (state.isEmpty() || !state.get().tenant().equals(context.tenant()) || !state.get().id().equals(context.ticketId())) {
      return reject(RejectionCode.NOT_FOUND, "no ticket " + context.ticketId() + " in tenant " + context.tenant());
    }
    Ticket ticket = state.get();
    Option<Workflow<Ticket>> found = workflows.byId(ticket.workflowId());
    if (found.isEmpty()) {
      return reject(RejectionCode.RULE_VIOLATED, "ticket " + ticket.id() + " is governed by workflow "
          + ticket.workflowId() + ", which is not registered; retain it in TicketWorkflows");
    }
    Workflow<Ticket> workflow = found.get();
    if (ticket.isTerminal() && !(command instanceof TicketCommand.ChangeState)) {
      return reject(RejectionCode.TICKET_CLOSED, "ticket " + ticket.id() + " is " + label(workflow, ticket.state())
          + "; it accepts no " + command.type());
    }
    Events events = new Events(context, ticket.version());
    Either<Rejection, Seq<TicketEvent>> decided;
    if (command instanceof TicketCommand.ChangeState c) {
      decided = changeState(context, workflow, ticket, c, events);
    } else if (command instanceof TicketCommand.ChangePriority c) {
      decided = changePriority(ticket, c, events);
    } else if (command instanceof TicketCommand.Assign c) {
      decided = assign(ticket, c, events);
    } else if (command instanceof TicketCommand.AddNote c) {
      decided = addNote(context, workflow, ticket, c, events);
    } else if (command instanceof TicketCommand.AddLink c) {
      decided = addLink(ticket, c, events);
    } else if (command instanceof TicketCommand.RemoveLink c) {
      decided = ticket.links().contains(c.link())
          ? Either.right(events.add(new TicketEvent.LinkRemoved(events.next(), c.link())).all())
          : reject(RejectionCode.NOT_FOUND, "ticket " + ticket.id() + " has no link " + c.link().type() + " to "
              + c.link().target());
    } else if (command instanceof TicketCommand.UpdateDetails c) {
      decided = updateDetails(ticket, c, events);
    } else {
      return decideChange(context, workflow, ticket, command, events);
    }
    return decided.isLeft() ? decided : keepsSegregation(ticket, decided.get());
  }

  /** Refuses events after which someone whose approval counts would be excluded from approving. */
  private Either<Rejection, Seq<TicketEvent>> keepsSegregation(Ticket ticket, Seq<TicketEvent> events) {
    if (ticket.approvalDecisions().isEmpty()) {
      return Either.right(events);
    }
    Ticket after = events.foldLeft(ticket, (t, e) -> evolve(Option.some(t), e));
    Set<ActorId> excluded = segregation.excluded(after);
    Seq<ActorId> conflicts = after.approvalDecisions().filter(d -> d.verdict() == Verdict.APPROVE)
        .map(ApprovalDecision::approver).filter(excluded::contains).distinct();
    if (conflicts.isEmpty()) {
      return Either.right(events);
    }
    return reject(RejectionCode.NOT_AUTHORISED, "segregation of duties: " + conflicts.mkString(", ")
        + " approved change " + ticket.id() + " and so may not become its requester or implementer");
  }

  private Either<Rejection, Seq<TicketEvent>> decideChange(CommandContext ctx, Workflow<Ticket> workflow,
      Ticket ticket, TicketCommand command, Events events) {
    Seq<Violation> v = changeInput(command);
    if (!v.isEmpty()) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, v));
    }
    if (ticket.kind() != TicketKind.CHANGE) {
      return reject(RejectionCode.RULE_VIOLATED, "only a change accepts " + command.type() + "; ticket "
          + ticket.id() + " is a " + ticket.kind());
    }
    if (command instanceof TicketCommand.OverrideCollisions c) {
      if (c.changes().contains(ticket.id())) {
        return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, List.of(Violation.of("changes",
            Violation.INVALID, "a change cannot collide with itself"))));
      }
      Set<TicketId> fresh = c.changes().removeAll(ticket.overriddenCollisions());
      if (fresh.isEmpty()) {
        return reject(RejectionCode.NO_CHANGE, "change " + ticket.id() + " has overridden these collisions already");
      }
      return Either.right(events.add(new TicketEvent.CollisionsOverridden(events.next(), fresh, c.reason())).all());
    }
    if (ticket.changeType().contains(ChangeType.STANDARD)) {
      return reject(RejectionCode.RULE_VIOLATED, "change " + ticket.id() + " is a standard change: pre-authorised "
          + "by its template, it takes no " + command.type());
    }
    if (command instanceof TicketCommand.AssessRisk c) {
      if (ticket.approvalStatus() != ApprovalStatus.NOT_REQUESTED) {
        return reject(RejectionCode.RULE_VIOLATED, "approval of change " + ticket.id() + " was requested under risk "
            + ticket.risk().map(Enum::name).getOrElse("unassessed") + "; it can no longer be reassessed");
      }
      return Either.right(events.add(new TicketEvent.RiskAssessed(events.next(), c.level(), c.score(), c.answers())).all());
    }
    if (command instanceof TicketCommand.RequestApproval c) {
      return requestApproval(ticket, c, events);
    }
    boolean approve = command instanceof TicketCommand.Approve;
    String comment = approve ? ((TicketCommand.Approve) command).comment() : ((TicketCommand.Reject) command).comment();
    return decideApproval(ctx, workflow, ticket, approve ? Verdict.APPROVE : Verdict.REJECT, comment, events);
  }

  private static Seq<Violation> changeInput(TicketCommand command) {
    if (command instanceof TicketCommand.AssessRisk c) {
      Seq<Violation> v = fieldViolations("answers", c.answers());
      return c.score() < 0 ? v.append(Violation.of("score", Violation.INVALID, "score must not be negative, got "
          + c.score())) : v;
    }
    if (command instanceof TicketCommand.RequestApproval c) {
      return c.policy().groups().toList().filter(g -> !c.members().containsKey(g))
          .map(g -> Violation.of("members." + g, Violation.REQUIRED, "the members of group " + g
              + " are required: stage(s) of the policy ask it"))
          .appendAll(c.members().toList().filter(kv -> kv._2.size() > TicketCommand.APPROVERS_MAX)
              .map(kv -> Violation.of("members." + kv._1, Violation.TOO_LONG, "at most "
                  + TicketCommand.APPROVERS_MAX + " members per group, got " + kv._2.size())));
    }
    if (command instanceof TicketCommand.Approve c) {
      return Violations.text("comment", c.comment(), TicketCommand.VALUE_MAX, false);
    }
    if (command instanceof TicketCommand.Reject c) {
      return Violations.text("comment", c.comment(), TicketCommand.VALUE_MAX, true);
    }
    TicketCommand.OverrideCollisions c = (TicketCommand.OverrideCollisions) command;
    Seq<Violation> v = Violations.text("reason", c.reason(), TicketCommand.VALUE_MAX, true);
    if (c.changes().size() > TicketCommand.FIELDS_MAX) {
      return v.append(Violation.of("changes", Violation.TOO_LONG, "at most " + TicketCommand.FIELDS_MAX
          + " changes, got " + c.changes().size()));
    }
    return c.changes().isEmpty()
        ? v.append(Violation.of("changes", Violation.REQUIRED, "name the changes whose collision is accepted")) : v;
  }

  private Either<Rejection, Seq<TicketEvent>> requestApproval(Ticket ticket, TicketCommand.RequestApproval c,
      Events events) {
    switch (ticket.approvalStatus()) {
      case PENDING -> {
        return reject(RejectionCode.RULE_VIOLATED, "change " + ticket.id() + " is awaiting approval already");
      }
      case APPROVED -> {
        return reject(RejectionCode.RULE_VIOLATED, "change " + ticket.id() + " is authorised already");
      }
      case REJECTED -> {
        return reject(RejectionCode.RULE_VIOLATED, "change " + ticket.id() + " was rejected; a rejection ends "
            + "the change, raise a new one");
      }
      default -> { }
    }
    if (ticket.changeType().contains(ChangeType.NORMAL) && ticket.risk().isEmpty()) {
      return reject(RejectionCode.RULE_VIOLATED, "assess the risk of normal change " + ticket.id()
          + " before requesting approval");
    }
    Set<ActorId> excluded = segregation.excluded(ticket);
    Map<GroupId, Set<ActorId>> eligible = LinkedHashMap.ofEntries(c.policy().groups().toList()
        .map(g -> io.vavr.Tuple.of(g, (Set<ActorId>) c.members().get(g).get().removeAll(excluded))));
    Seq<String> impossible = c.policy().unsatisfiable(eligible);
    if (!impossible.isEmpty()) {
      return reject(RejectionCode.RULE_VIOLATED, "the approval policy cannot be satisfied for change "
          + ticket.id() + " (requester and implementer may not approve): " + impossible.mkString("; "));
    }
    return Either.right(events.add(new TicketEvent.ApprovalRequested(events.next(), c.policy(), eligible)).all());
  }

  private Either<Rejection, Seq<TicketEvent>> decideApproval(CommandContext ctx, Workflow<Ticket> workflow,
      Ticket ticket, Verdict verdict, String comment, Events events) {
    switch (ticket.approvalStatus()) {
      case NOT_REQUESTED -> {
        return reject(RejectionCode.RULE_VIOLATED, "change " + ticket.id() + " is not awaiting approval: "
            + "none was requested");
      }
      case APPROVED -> {
        return reject(RejectionCode.RULE_VIOLATED, "change " + ticket.id() + " is not awaiting approval: "
            + "it is authorised already");
      }
      case REJECTED -> {
        return reject(RejectionCode.RULE_VIOLATED, "change " + ticket.id() + " is not awaiting approval: "
            + "it was rejected");
      }
      default -> { }
    }
    ApprovalPolicy policy = ticket.approvalPolicy().get();
    Option<Integer> deciding = policy.evaluate(ticket.approvers(), ticket.approvalDecisions()).stage();
    if (deciding.isEmpty()) {
      // Only a history edited behind the decider's back gets here: say so rather than guess a stage.
      return reject(RejectionCode.RULE_VIOLATED, "change " + ticket.id() + " is not awaiting a decision");
    }
    int stage = deciding.get();
    ApprovalStage current = policy.stages().get(stage);
    ActorId actor = ctx.actor().id();
    if (segregation.excluded(ticket).contains(actor)) {
      return reject(RejectionCode.NOT_AUTHORISED, "segregation of duties: " + actor + " is the requester or "
          + "implementer of change " + ticket.id() + " (or excluded by policy) and may not approve it");
    }
    if (!ticket.approvers().get(current.group()).exists(s -> s.contains(actor))) {
      return reject(RejectionCode.NOT_AUTHORISED, actor + " is not an eligible approver of stage " + current
          + " of change " + ticket.id());
    }
    if (ticket.approvalDecisions().exists(d -> d.stage() == stage && d.approver().equals(actor))) {
      return reject(RejectionCode.RULE_VIOLATED, actor + " has decided stage " + current.name() + " of change "
          + ticket.id() + " already");
    }
    Events decided = events.add(new TicketEvent.ApprovalDecided(events.next(), stage, current.name(), current.group(),
        verdict, comment));
    Ticket after = evolve(Option.some(ticket), decided.all().last());
    if (verdict == Verdict.APPROVE) {
      ApprovalProgress progress = policy.evaluate(after.approvers(), after.approvalDecisions());
      return Either.right(progress.status() == ApprovalStatus.APPROVED
          ? decided.add(new TicketEvent.AuthorisationGranted(decided.next(), progress.counted())).all()
          : decided.all());
    }
    // A rejection ends the change: it takes the workflow's way to a cancelled state, if there is one it can pass.
    Option<Transition<Ticket>> end = workflow.transitionsFrom(after.state())
        .find(t -> workflow.state(t.to()).exists(s -> s.category() == StateCategory.CANCELLED));
    return Either.right(end.flatMap(t -> take(ctx, workflow, after, t, LinkedHashMap.of(TicketFields.CANCEL_REASON,
        "rejected in approval stage " + current.name() + " by " + actor + ": " + comment), decided).toOption())
        .getOrElse(decided).all());
  }

  private Either<Rejection, Seq<TicketEvent>> open(CommandContext ctx, TicketCommand.Open c) {
    Seq<Violation> v = Violations.line("title", c.title(), TicketCommand.TITLE_MAX, true)
        .appendAll(Violations.text("description", c.description(), TicketCommand.TEXT_MAX, false))
        .appendAll(typedFields(fieldViolations("fields", c.fields()), () -> fieldSchema(c.kind()).checkOpen(c.fields())));
    if (c.kind() == TicketKind.CHANGE && c.changeType().isEmpty()) {
      v = v.append(Violation.of("changeType", Violation.REQUIRED, "a change needs a change type"));
    }
    if (c.kind() != TicketKind.CHANGE && c.changeType().isDefined()) {
      v = v.append(Violation.of("changeType", Violation.INVALID, "only a change has a change type"));
    }
    if (c.kind() == TicketKind.CHANGE && v.isEmpty()) {
      v = windowViolations(LinkedHashMap.empty(), c.fields());
    }
    if (!v.isEmpty()) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, v));
    }
    Option<Workflow<Ticket>> workflow = workflows.forNew(c.kind(), c.changeType());
    if (workflow.isEmpty()) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, List.of(Violation.of("kind",
          Violation.UNKNOWN, "no workflow is registered for " + c.kind() + c.changeType().map(t -> " " + t).getOrElse("")))));
    }
    WorkflowState initial = workflow.get().initialState();
    EventHeader h = new EventHeader(ctx.ticketId(), ctx.tenant(), 1, ctx.at(), ctx.actor().id(), ctx.idempotencyKey());
    TicketEvent opened = new TicketEvent.Opened(h, c.kind(), c.changeType(), workflow.get().id(), c.title(),
        c.description(), c.impact(), c.urgency(), matrix.priorityOf(c.impact(), c.urgency()), initial.id(),
        initial.category(), c.fields(), c.subject(), c.caller().getOrElse(ctx.actor().id()));
    if (c.group().isEmpty() && c.assignee().isEmpty()) {
      return Either.right(List.of(opened));
    }
    // An assignment given with the open is the first assignment, never a reassignment.
    EventHeader second = new EventHeader(ctx.ticketId(), ctx.tenant(), 2, ctx.at(), ctx.actor().id(),
        ctx.idempotencyKey());
    return Either.right(List.of(opened, new TicketEvent.Assigned(second, c.group(), c.assignee(), false)));
  }

  private Either<Rejection, Seq<TicketEvent>> changeState(CommandContext ctx, Workflow<Ticket> workflow,
      Ticket ticket, TicketCommand.ChangeState c, Events events) {
    Seq<Violation> v = fieldViolations("fields", c.fields());
    if (v.isEmpty() && ticket.kind() == TicketKind.CHANGE) {
      v = windowViolations(ticket.fields(), c.fields());
    }
    if (!v.isEmpty()) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, v));
    }
    Option<WorkflowState> target = workflow.state(c.to());
    if (target.isEmpty()) {
      return Either.left(new Rejection(RejectionCode.TRANSITION_NOT_ALLOWED, "workflow " + workflow.id()
          + " has no state '" + Checks.abbreviate(c.to()) + "'",
          List.of(Violation.of("to", Violation.UNKNOWN, "unknown state")), Option.none()));
    }
    Option<Transition<Ticket>> transition = workflow.transition(ticket.state(), c.to());
    if (transition.isEmpty()) {
      return reject(ticket.isTerminal() ? RejectionCode.TICKET_CLOSED : RejectionCode.TRANSITION_NOT_ALLOWED,
          "workflow " + workflow.id() + " allows no move from " + label(workflow, ticket.state()) + " to "
              + target.get().label());
    }
    Map<String, String> merged = merged(ticket, c.fields());
    Seq<Violation> typed = fieldSchema(ticket.kind()).checkChange(c.fields(), HashSet.empty(), merged,
        Option.some(transition.get().name()));
    if (!typed.isEmpty()) {
      return Either.left(invalid(typed));
    }
    return take(ctx, workflow, ticket, transition.get(), c.fields(), merged, target.get(), events).map(Events::all);
  }

  /** The ticket's fields with {@code set} over them; the same map when nothing is set. */
  private static Map<String, String> merged(Ticket ticket, Map<String, String> set) {
    return overlay(ticket.fields(), set);
  }

  /**
   * {@code base} with every entry of {@code set} put over it: {@code base.merge(set, (a, b) -> b)}, as a loop,
   * because Vavr's merge walks {@code set} through a head/tail iterator that costs more than the rest of a command.
   */
  static Map<String, String> overlay(Map<String, String> base, Map<String, String> set) {
    if (set.isEmpty()) {
      return base;
    }
    Map<String, String> out = base;
    for (io.vavr.Tuple2<String, String> kv : set) {
      out = out.put(kv._1, kv._2);
    }
    return out;
  }

  private static Either<Rejection, Events> take(CommandContext ctx, Workflow<Ticket> workflow, Ticket ticket,
      Transition<Ticket> t, Map<String, String> fields, Events events) {
    return take(ctx, workflow, ticket, t, fields, merged(ticket, fields), workflow.state(t.to()).get(), events);
  }

  private static Either<Rejection, Events> take(CommandContext ctx, Workflow<Ticket> workflow, Ticket ticket,
      Transition<Ticket> t, Map<String, String> fields, Map<String, String> merged, WorkflowState to, Events events) {
    WorkflowState from = workflow.state(t.from()).get();
    Option<Rejection> failed = workflow.check(t, new TransitionRequest<>(ticket, ctx.actor(), from, to, merged));
    if (failed.isDefined()) {
      return Either.left(failed.get());
    }
    boolean reopen = from.category() == io.itsm4j.core.workflow.StateCategory.RESOLVED && to.category().isOpen();
    int cycle = reopen ? ticket.cycle() + 1 : ticket.cycle();
    return Either.right(events.add(new TicketEvent.StateChanged(events.next(), t.name(), from.id(), from.category(), to.id(),
        to.category(), fields, cycle)));
  }

  private Either<Rejection, Seq<TicketEvent>> changePriority(Ticket ticket, TicketCommand.ChangePriority c,
      Events events) {
    Seq<Violation> v = Violations.text("reason", c.reason(), TicketCommand.VALUE_MAX, true);
    if (!v.isEmpty()) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, v));
    }
    if (c.impact() == ticket.impact() && c.urgency() == ticket.urgency()) {
      return reject(RejectionCode.NO_CHANGE, "ticket " + ticket.id() + " already has impact " + c.impact()
          + " and urgency " + c.urgency());
    }
    Priority to = matrix.priorityOf(c.impact(), c.urgency());
    return Either.right(events.add(new TicketEvent.PriorityChanged(events.next(), ticket.priority(), to, c.impact(),
        c.urgency(), c.reason())).all());
  }

  private static Either<Rejection, Seq<TicketEvent>> assign(Ticket ticket, TicketCommand.Assign c, Events events) {
    if (c.group().equals(ticket.group()) && c.assignee().equals(ticket.assignee())) {
      return reject(RejectionCode.NO_CHANGE, "ticket " + ticket.id() + " is assigned so already");
    }
    boolean reassignment = moved(ticket.group(), c.group()) || moved(ticket.assignee(), c.assignee());
    return Either.right(events.add(new TicketEvent.Assigned(events.next(), c.group(), c.assignee(), reassignment)).all());
  }

  private static <T> boolean moved(Option<T> before, Option<T> after) {
    return before.isDefined() && after.isDefined() && !before.equals(after);
  }

  private static Either<Rejection, Seq<TicketEvent>> addNote(CommandContext ctx, Workflow<Ticket> workflow,
      Ticket ticket, TicketCommand.AddNote c, Events events) {
    Seq<Violation> v = Violations.text("text", c.text(), TicketCommand.TEXT_MAX, true);
    if (!v.isEmpty()) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, v));
    }
    ActorId author = ctx.actor().id();
    boolean byCaller = c.visibility() == NoteVisibility.COMMENT && author.equals(ticket.caller());
    Events added = events.add(new TicketEvent.NoteAdded(events.next(), c.visibility(), c.text(), byCaller));
    if (byCaller) {
      Option<Transition<Ticket>> resume = workflow.triggered(ticket.state(), Trigger.CALLER_UPDATE);
      if (resume.isDefined()) {
        // A caller update that cannot pass the resume guards is still a valid comment: keep the note.
        return Either.right(take(ctx, workflow, ticket, resume.get(), LinkedHashMap.empty(), added)
            .getOrElse(added).all());
      }
    }
    return Either.right(added.all());
  }

  private static Either<Rejection, Seq<TicketEvent>> addLink(Ticket ticket, TicketCommand.AddLink c, Events events) {
    Link link = c.link();
    if (!link.type().allowsSource(ticket.kind())) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, List.of(Violation.of("link.type",
          Violation.INVALID, "a " + ticket.kind() + " cannot hold a " + link.type() + " link"))));
    }
    if (link.target().equals(ticket.id())) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, List.of(Violation.of("link.target",
          Violation.INVALID, "a ticket cannot link to itself"))));
    }
    if (ticket.links().contains(link)) {
      return reject(RejectionCode.NO_CHANGE, "ticket " + ticket.id() + " already has this link");
    }
    return Either.right(events.add(new TicketEvent.LinkAdded(events.next(), link)).all());
  }

  private Either<Rejection, Seq<TicketEvent>> updateDetails(Ticket ticket, TicketCommand.UpdateDetails c,
      Events events) {
    Seq<Violation> v = c.title().map(t -> Violations.line("title", t, TicketCommand.TITLE_MAX, true)).getOrElse(List.empty())
        .appendAll(c.description().map(d -> Violations.text("description", d, TicketCommand.TEXT_MAX, false))
            .getOrElse(List.empty()))
        .appendAll(fieldViolations("fields", c.fields()))
        .appendAll(c.removeFields().toList().filter(f -> !Violations.isIdentifier(f))
            .map(f -> Violation.of("removeFields", Violation.INVALID, "field names must be identifiers")));
    if (v.isEmpty()) {
      v = fieldSchema(ticket.kind()).checkChange(c.fields(), c.removeFields(), ticket.fields()
          .removeAll(c.removeFields()).merge(c.fields(), (a, b) -> b), Option.none());
    }
    if (v.isEmpty() && ticket.kind() == TicketKind.CHANGE) {
      v = windowViolations(ticket.fields().removeAll(c.removeFields()), c.fields());
    }
    if (!v.isEmpty()) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, v));
    }
    Option<String> title = c.title().filter(t -> !t.equals(ticket.title()));
    Option<String> description = c.description().filter(d -> !d.equals(ticket.description()));
    Map<String, String> fields = c.fields().filter(kv -> !ticket.field(kv._1).contains(kv._2));
    Set<String> removed = c.removeFields().filter(f -> ticket.fields().containsKey(f) && !c.fields().containsKey(f));
    Option<TicketSubject> subject = c.subject().filter(s -> !s.equals(ticket.subject()));
    if (title.isEmpty() && description.isEmpty() && fields.isEmpty() && removed.isEmpty() && subject.isEmpty()) {
      return reject(RejectionCode.NO_CHANGE, "the update changes nothing on ticket " + ticket.id());
    }
    return Either.right(events.add(new TicketEvent.DetailsUpdated(events.next(), title, description, fields, removed,
        subject)).all());
  }

  /** The schema's violations, checked only when the values are well-formed text (so none is reported twice). */
  private static Seq<Violation> typedFields(Seq<Violation> malformed, java.util.function.Supplier<Seq<Violation>> typed) {
    return malformed.isEmpty() ? typed.get() : malformed;
  }

  /**
   * For a transition, as its workflow guards answer: FIELD_REQUIRED when only required values are missing, else
   * INVALID_INPUT; every violation listed.
   */
  private static Rejection invalid(Seq<Violation> violations) {
    return Rejection.invalid(violations.forAll(x -> x.code().equals(Violation.REQUIRED))
        ? RejectionCode.FIELD_REQUIRED : RejectionCode.INVALID_INPUT, violations);
  }

  private static Seq<Violation> fieldViolations(String name, Map<String, String> fields) {
    if (fields.size() > TicketCommand.FIELDS_MAX) {
      return List.of(Violation.of(name, Violation.TOO_LONG,
          "at most " + TicketCommand.FIELDS_MAX + " fields, got " + fields.size()));
    }
    return Violations.fields(name, fields, TicketCommand.VALUE_MAX);
  }

  /** A command that sets planned start or end must leave a well-formed window (the end after the start). */
  private static Seq<Violation> windowViolations(Map<String, String> before, Map<String, String> set) {
    if (!set.containsKey(TicketFields.PLANNED_START) && !set.containsKey(TicketFields.PLANNED_END)) {
      return List.empty();
    }
    return ChangeWindow.fromFields(before.merge(set, (a, b) -> b)).fold(Rejection::violations, ok -> List.empty());
  }

  private static String label(Workflow<Ticket> workflow, String state) {
    return workflow.state(state).map(WorkflowState::label).getOrElse(state);
  }

  private static <T> Either<Rejection, T> reject(RejectionCode code, String message) {
    return Either.left(Rejection.of(code, message));
  }

  /**
   * Folds one event into a ticket.
   *
   * @param state the ticket before the event; none before the {@link TicketEvent.Opened} event
   * @param event the next event of the ticket's history
   * @return the ticket after the event, at version {@code event.sequence()}
   * @throws IllegalStateException if the event does not continue the history: an open on an existing ticket,
   *     anything else on a missing one, a sequence that is not {@code version + 1}, or another ticket's event
   */
  public static Ticket evolve(Option<Ticket> state, TicketEvent event) {
    Checks.notNull(state, "state");
    Checks.notNull(event, "event");
    if (event instanceof TicketEvent.Opened o) {
      if (state.isDefined() || o.sequence() != 1) {
        throw new IllegalStateException("event " + o.sequence() + " opens ticket " + o.ticketId()
            + " but the history does not start there");
      }
      return ImmutableTicket.builder()
          .id(o.ticketId()).tenant(o.tenant()).kind(o.kind()).changeType(o.changeType()).workflowId(o.workflowId())
          .title(o.title()).description(o.description()).impact(o.impact()).urgency(o.urgency())
          .priority(o.priority()).state(o.state()).category(o.category()).fields(o.fields()).subject(o.subject())
          .caller(o.caller()).openedBy(o.actor()).openedAt(o.occurredAt()).updatedAt(o.occurredAt()).version(1)
          .build();
    }
    if (state.isEmpty()) {
      throw new IllegalStateException("event " + event.sequence() + " of ticket " + event.ticketId()
          + " comes before the ticket was opened");
    }
    Ticket t = state.get();
    if (event.sequence() != t.version() + 1 || !event.ticketId().equals(t.id()) || !event.tenant().equals(t.tenant())) {
      throw new IllegalStateException("event " + event.sequence() + " of ticket " + event.tenant() + "/"
          + event.ticketId() + " does not follow version " + t.version() + " of " + t.tenant() + "/" + t.id());
    }
    // One draft per event, built with the all-attributes factory: chained with* calls would copy the whole ticket
    // once per changed attribute, and the generated builder tracks which attributes were set, which cost a third of
    // folding an event.
    Draft next = new Draft(t, event);
    if (event instanceof TicketEvent.StateChanged e) {
      next.resolvedAt = switch (e.toCategory()) {
        case RESOLVED -> Option.some(e.occurredAt());
        case CLOSED -> t.resolvedAt();
        default -> Option.none();
      };
      next.state = e.to();
      next.category = e.toCategory();
      next.cycle = e.cycle();
      next.fields = overlay(t.fields(), e.fields());
    } else if (event instanceof TicketEvent.PriorityChanged e) {
      next.impact = e.impact();
      next.urgency = e.urgency();
      next.priority = e.to();
    } else if (event instanceof TicketEvent.Assigned e) {
      next.group = e.group();
      next.assignee = e.assignee();
      next.reassignments = t.reassignments() + (e.reassignment() ? 1 : 0);
    } else if (event instanceof TicketEvent.NoteAdded e) {
      next.notes = t.notes().append(new Note(e.sequence(), e.occurredAt(), e.actor(), e.visibility(), e.text()));
    } else if (event instanceof TicketEvent.LinkAdded e) {
      next.links = t.links().add(e.link());
    } else if (event instanceof TicketEvent.LinkRemoved e) {
      next.links = t.links().remove(e.link());
    } else if (event instanceof TicketEvent.DetailsUpdated e) {
      next.title = e.title().getOrElse(t.title());
      next.description = e.description().getOrElse(t.description());
      next.fields = t.fields().merge(e.fields(), (a, b) -> b).removeAll(e.removedFields());
      next.subject = e.subject().getOrElse(t.subject());
    } else if (event instanceof TicketEvent.RiskAssessed e) {
      next.risk = Option.some(e.level());
    } else if (event instanceof TicketEvent.ApprovalRequested e) {
      next.approvalStatus = ApprovalStatus.PENDING;
      next.approvalPolicy = Option.some(e.policy());
      next.approvers = e.approvers();
      next.approvalDecisions = Vector.empty();
    } else if (event instanceof TicketEvent.ApprovalDecided e) {
      next.approvalDecisions = t.approvalDecisions().append(new ApprovalDecision(e.actor(), e.stage(), e.stageName(),
          e.group(), e.verdict(), e.comment(), e.occurredAt()));
      if (e.verdict() == Verdict.REJECT) {
        next.approvalStatus = ApprovalStatus.REJECTED;
      }
    } else if (event instanceof TicketEvent.AuthorisationGranted) {
      next.approvalStatus = ApprovalStatus.APPROVED;
    } else {
      TicketEvent.CollisionsOverridden e = (TicketEvent.CollisionsOverridden) event;
      next.overriddenCollisions = t.overriddenCollisions().addAll(e.changes());
    }
    return next.build();
  }

  /**
   * The attributes of the next ticket while an event is folded in: the ticket's own, at the event's version and
   * time, until the event's branch changes some. Not thread-safe: one per fold step, never shared.
   */
  private static final class Draft {
    private final Ticket t;
    private final long version;
    private final java.time.Instant updatedAt;
    String title;
    String description;
    Impact impact;
    Urgency urgency;
    Priority priority;
    String state;
    StateCategory category;
    Map<String, String> fields;
    TicketSubject subject;
    Option<GroupId> group;
    Option<ActorId> assignee;
    int reassignments;
    Set<Link> links;
    Vector<Note> notes;
    int cycle;
    Option<java.time.Instant> resolvedAt;
    Option<RiskLevel> risk;
    ApprovalStatus approvalStatus;
    Option<ApprovalPolicy> approvalPolicy;
    Map<GroupId, Set<ActorId>> approvers;
    Vector<ApprovalDecision> approvalDecisions;
    Set<TicketId> overriddenCollisions;

    Draft(Ticket t, TicketEvent event) {
      this.t = t;
      this.version = event.sequence();
      this.updatedAt = event.occurredAt();
      title = t.title();
      description = t.description();
      impact = t.impact();
      urgency = t.urgency();
      priority = t.priority();
      state = t.state();
      category = t.category();
      fields = t.fields();
      subject = t.subject();
      group = t.group();
      assignee = t.assignee();
      reassignments = t.reassignments();
      links = t.links();
      notes = t.notes();
      cycle = t.cycle();
      resolvedAt = t.resolvedAt();
      risk = t.risk();
      approvalStatus = t.approvalStatus();
      approvalPolicy = t.approvalPolicy();
      approvers = t.approvers();
      approvalDecisions = t.approvalDecisions();
      overriddenCollisions = t.overriddenCollisions();
    }

    Ticket build() {
      // Attributes no event changes (identity, kind, workflow, who opened it and when) come from the ticket.
      return ImmutableTicket.of(t.id(), t.tenant(), t.kind(), t.changeType(), t.workflowId(), title, description,
          impact, urgency, priority, state, category, fields, subject, t.caller(), t.openedBy(), t.openedAt(),
          updatedAt, group, assignee, reassignments, links, notes, cycle, resolvedAt, risk, approvalStatus,
          approvalPolicy, approvers, approvalDecisions, overriddenCollisions, version);
    }
  }

  /**
   * Folds a whole history.
   *
   * @param history a ticket's events in sequence order
   * @return the ticket, or none for an empty history
   * @throws IllegalStateException if the history is not a well-formed sequence (see {@link #evolve})
   */
  public static Option<Ticket> replay(Iterable<? extends TicketEvent> history) {
    Option<Ticket> state = Option.none();
    for (TicketEvent e : Checks.notNull(history, "history")) {
      state = Option.some(evolve(state, e));
    }
    return state;
  }

  /** Numbers new events after a ticket's version. Not thread-safe: one per decision. */
  private static final class Events {
    private final CommandContext ctx;
    private final long version;
    // Most decisions yield one event: it needs no list until a second one comes.
    private TicketEvent first;
    private java.util.ArrayList<TicketEvent> more;
    private int size;

    Events(CommandContext ctx, long version) {
      this.ctx = ctx;
      this.version = version;
    }

    /** The header of the next event to add: the command's context, numbered after those added so far. */
    EventHeader next() {
      return new EventHeader(ctx.ticketId(), ctx.tenant(), version + size + 1, ctx.at(), ctx.actor().id(),
          ctx.idempotencyKey());
    }

    Events add(TicketEvent event) {
      if (size == 0) {
        first = event;
      } else {
        if (more == null) {
          more = new java.util.ArrayList<>(2);
          more.add(first);
        }
        more.add(event);
      }
      size++;
      return this;
    }

    Seq<TicketEvent> all() {
      return size == 1 ? List.of(first) : Vector.ofAll(more);
    }
  }
}
