package io.itsm4j.core.ticket;

import static io.itsm4j.core.ticket.TicketFields.CANCEL_REASON;
import static io.itsm4j.core.ticket.TicketFields.CHANGE_OUTCOME;
import static io.itsm4j.core.ticket.TicketFields.HOLD_REASON;
import static io.itsm4j.core.ticket.TicketFields.PLANNED_END;
import static io.itsm4j.core.ticket.TicketFields.PLANNED_START;
import static io.itsm4j.core.ticket.TicketFields.REOPEN_REASON;
import static io.itsm4j.core.ticket.TicketFields.RESOLUTION_CODE;
import static io.itsm4j.core.ticket.TicketFields.RESOLUTION_NOTES;
import static io.itsm4j.core.ticket.TicketFields.ROOT_CAUSE;
import static io.itsm4j.core.ticket.TicketFields.WORKAROUND;
import static io.itsm4j.core.workflow.StateCategory.ACTIVE;
import static io.itsm4j.core.workflow.StateCategory.CANCELLED;
import static io.itsm4j.core.workflow.StateCategory.CLOSED;
import static io.itsm4j.core.workflow.StateCategory.NEW;
import static io.itsm4j.core.workflow.StateCategory.ON_HOLD;
import static io.itsm4j.core.workflow.StateCategory.RESOLVED;

import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.workflow.Guard;
import io.itsm4j.core.workflow.Transition;
import io.itsm4j.core.workflow.Trigger;
import io.itsm4j.core.workflow.Workflow;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

/**
 * Which workflow governs which kind of ticket. Starts from {@link #defaults()}; replace one with {@link
 * #with(TicketKind, Workflow)} or {@link #withChange(ChangeType, Workflow)}. Immutable and thread-safe.
 *
 * <p>A ticket records the id of the workflow it was opened under and keeps it for life, so a replaced workflow
 * governs new tickets only. Register the old one with {@link #retain(Workflow)} while tickets still use it.
 *
 * <h2>The default workflows</h2>
 * <ul>
 *   <li><b>incident</b>: New → In Progress ⇄ On Hold (reason: awaiting caller / change / problem / vendor) →
 *       Resolved (resolution code and notes) → Closed; Cancelled (reason) from any open state. A new incident may
 *       go on hold before work starts (a desk waiting for the caller's details first, as real desks do: it is
 *       most of what a real log's replay refused); resuming it starts the work. A caller's comment on an on-hold
 *       incident returns it to In Progress. A resolved incident can be reopened (reason), which starts a new
 *       cycle. A closed incident is final, and an incident is resolved before it is closed.
 *   <li><b>service-request</b>: New → Awaiting Approval → In Fulfilment ⇄ On Hold → Fulfilled → Closed;
 *       Rejected from approval; Cancelled from any open state.
 *   <li><b>problem</b>: New → Investigating → Known Error (root cause and workaround) → Resolved → Closed;
 *       On Hold; Cancelled.
 *   <li><b>change-normal</b>: New → Assess → Authorise → Scheduled (planned start and end) → Implement →
 *       Review → Closed (outcome); Authorise → Scheduled needs the change to be authorised by its approval policy
 *       ({@link #authorised()}); Cancelled before implementation (an approver's rejection cancels it).
 *       <b>change-standard</b> skips Assess and Authorise; <b>change-emergency</b> skips Assess.
 * </ul>
 */
public final class TicketWorkflows {
  /**
   * A role name hosts commonly give change managers. The default change workflows no longer require it: who may
   * authorise a change is decided by its approval policy and segregation of duties (see {@link #authorised()});
   * add {@code Guard.requiredRole(CHANGE_MANAGER)} to a workflow to require it as well.
   */
  public static final String CHANGE_MANAGER = "change-manager";
  /** The name of the guard {@link #authorised()} adds. */
  public static final String AUTHORISED_GUARD = "authorised";

  private static final TicketWorkflows DEFAULTS = new TicketWorkflows(
      HashMap.of(
          TicketKind.INCIDENT.name(), incident(),
          TicketKind.SERVICE_REQUEST.name(), serviceRequest(),
          TicketKind.PROBLEM.name(), problem(),
          changeKey(ChangeType.NORMAL), change("change-normal", ChangeType.NORMAL),
          changeKey(ChangeType.STANDARD), change("change-standard", ChangeType.STANDARD),
          changeKey(ChangeType.EMERGENCY), change("change-emergency", ChangeType.EMERGENCY)),
      HashMap.empty());

  private final Map<String, Workflow<Ticket>> byKind;
  private final Map<String, Workflow<Ticket>> retained;
  /** Every workflow, current or retained, by id: looked up on every command, so built once. */
  private final java.util.Map<String, Workflow<Ticket>> byId;

  private TicketWorkflows(Map<String, Workflow<Ticket>> byKind, Map<String, Workflow<Ticket>> retained) {
    this.byKind = byKind;
    this.retained = retained;
    java.util.HashMap<String, Workflow<Ticket>> ids = new java.util.HashMap<>();
    // The first current workflow with an id wins, then a retained one: the order byId always searched in.
    this.byKind.values().forEach(w -> ids.putIfAbsent(w.id(), w));
    this.retained.forEach((id, w) -> ids.putIfAbsent(id, w));
    this.byId = ids;
  }

  /** The default workflows described above. */
  public static TicketWorkflows defaults() {
    return DEFAULTS;
  }

  /**
   * These workflows with {@code workflow} governing new tickets of {@code kind}.
   *
   * <p>A workflow id names one definition: tickets are decided by the workflow with the id they were opened under.
   * So {@code workflow}'s id may not be the id of another kind's workflow or of a retained one, unless it is that
   * very workflow (one definition may serve several kinds). Replacing a kind's workflow by another definition under
   * the same id changes the rules for the tickets already opened under it; give a new definition a new id and
   * {@link #retain} the old one instead.
   *
   * @throws IllegalArgumentException for {@link TicketKind#CHANGE} (use {@link #withChange}), or if the id names
   *     another definition
   */
  public TicketWorkflows with(TicketKind kind, Workflow<Ticket> workflow) {
    Checks.notNull(kind, "kind");
    Checks.notNull(workflow, "workflow");
    if (kind == TicketKind.CHANGE) {
      throw new IllegalArgumentException("changes have one workflow per change type: use withChange");
    }
    checkId(kind.name(), workflow);
    return new TicketWorkflows(byKind.put(kind.name(), workflow), retained);
  }

  /**
   * These workflows with {@code workflow} governing new changes of {@code type}; its id follows the rule of {@link
   * #with}.
   *
   * @throws IllegalArgumentException if the id names another definition
   */
  public TicketWorkflows withChange(ChangeType type, Workflow<Ticket> workflow) {
    Checks.notNull(type, "type");
    Checks.notNull(workflow, "workflow");
    checkId(changeKey(type), workflow);
    return new TicketWorkflows(byKind.put(changeKey(type), workflow), retained);
  }

  /**
   * These workflows, still knowing {@code workflow} by its id for tickets opened under it.
   *
   * @throws IllegalArgumentException if a current or another retained workflow has the same id but another
   *     definition
   */
  public TicketWorkflows retain(Workflow<Ticket> workflow) {
    Checks.notNull(workflow, "workflow");
    checkId(null, workflow);
    return new TicketWorkflows(byKind, retained.put(workflow.id(), workflow));
  }

  /** Refuses a workflow whose id another definition has (the one under {@code replacing} is being replaced). */
  private void checkId(String replacing, Workflow<Ticket> workflow) {
    Option<String> clash = byKind.find(kv -> !kv._1.equals(replacing) && kv._2.id().equals(workflow.id())
            && kv._2 != workflow).map(kv -> "the workflow of " + kv._1.toLowerCase(java.util.Locale.ROOT))
        .orElse(() -> retained.get(workflow.id()).filter(r -> r != workflow).map(r -> "a retained workflow"));
    if (clash.isDefined()) {
      throw new IllegalArgumentException("workflow id " + workflow.id() + " is already the id of " + clash.get()
          + ", another definition; tickets opened under it would be decided by the wrong one: choose another id");
    }
  }

  /** The workflow new tickets of this kind (and change type, for a change) are opened under. */
  public Option<Workflow<Ticket>> forNew(TicketKind kind, Option<ChangeType> changeType) {
    if (kind == TicketKind.CHANGE) {
      return changeType.flatMap(t -> byKind.get(changeKey(t)));
    }
    return byKind.get(kind.name());
  }

  /** The workflow with this id, among the current and the retained ones. */
  public Option<Workflow<Ticket>> byId(String workflowId) {
    return Option.of(byId.get(workflowId));
  }


  /**
   * A guard that passes only for a change its approval policy has authorised ({@link Ticket#isAuthorised()}).
   * The default normal and emergency workflows put it on Authorise → Scheduled; add it to your own change
   * workflows wherever work may start only after authorisation.
   */
  public static Guard<Ticket> authorised() {
    return Guard.custom(AUTHORISED_GUARD, "the change is not authorised: its approval policy is not satisfied yet",
        r -> r.subject().isAuthorised());
  }

  private static String changeKey(ChangeType type) {
    return TicketKind.CHANGE.name() + "." + type.name();
  }

  private static Guard<Ticket> holdReason() {
    return Guard.allowedValues(HOLD_REASON, TicketFields.HOLD_AWAITING_CALLER, TicketFields.HOLD_AWAITING_CHANGE,
        TicketFields.HOLD_AWAITING_PROBLEM, TicketFields.HOLD_AWAITING_VENDOR);
  }

  private static Transition<Ticket> resume(String from, String to) {
    return new Transition<>("resume", from, to, Trigger.CALLER_UPDATE, List.empty());
  }

  /** The default incident workflow; see the class documentation. */
  public static Workflow<Ticket> incident() {
    Workflow.Builder<Ticket> b = Workflow.<Ticket>builder("incident")
        .state("new", "New", NEW)
        .state("in-progress", "In Progress", ACTIVE)
        .state("on-hold", "On Hold", ON_HOLD)
        .state("resolved", "Resolved", RESOLVED)
        .state("closed", "Closed", CLOSED)
        .state("cancelled", "Cancelled", CANCELLED)
        .initial("new")
        .transition("start", "new", "in-progress")
        .transition("hold", "in-progress", "on-hold", Guard.requiredFields(HOLD_REASON), holdReason())
        .transition("hold", "new", "on-hold", Guard.requiredFields(HOLD_REASON), holdReason())
        .transition(resume("on-hold", "in-progress"))
        .transition("reopen", "resolved", "in-progress", Guard.requiredFields(REOPEN_REASON))
        .transition("close", "resolved", "closed");
    for (String from : List.of("new", "in-progress", "on-hold")) {
      b.transition("resolve", from, "resolved", Guard.requiredFields(RESOLUTION_CODE, RESOLUTION_NOTES));
      b.transition("cancel", from, "cancelled", Guard.requiredFields(CANCEL_REASON));
    }
    return b.buildOrThrow();
  }

  /** The default service request workflow; see the class documentation. */
  public static Workflow<Ticket> serviceRequest() {
    Workflow.Builder<Ticket> b = Workflow.<Ticket>builder("service-request")
        .state("new", "New", NEW)
        .state("approval", "Awaiting Approval", ACTIVE)
        .state("fulfilment", "In Fulfilment", ACTIVE)
        .state("on-hold", "On Hold", ON_HOLD)
        .state("fulfilled", "Fulfilled", RESOLVED)
        .state("closed", "Closed", CLOSED)
        .state("rejected", "Rejected", CANCELLED)
        .state("cancelled", "Cancelled", CANCELLED)
        .initial("new")
        .transition("request-approval", "new", "approval")
        .transition("start", "new", "fulfilment")
        .transition("approve", "approval", "fulfilment")
        .transition("reject", "approval", "rejected", Guard.requiredFields(CANCEL_REASON))
        .transition("hold", "fulfilment", "on-hold", Guard.requiredFields(HOLD_REASON), holdReason())
        .transition(resume("on-hold", "fulfilment"))
        .transition("fulfil", "fulfilment", "fulfilled", Guard.requiredFields(RESOLUTION_CODE))
        .transition("reopen", "fulfilled", "fulfilment", Guard.requiredFields(REOPEN_REASON))
        .transition("close", "fulfilled", "closed");
    for (String from : List.of("new", "approval", "fulfilment", "on-hold")) {
      b.transition("cancel", from, "cancelled", Guard.requiredFields(CANCEL_REASON));
    }
    return b.buildOrThrow();
  }

  /** The default problem workflow; see the class documentation. */
  public static Workflow<Ticket> problem() {
    Workflow.Builder<Ticket> b = Workflow.<Ticket>builder("problem")
        .state("new", "New", NEW)
        .state("investigating", "Investigating", ACTIVE)
        .state("known-error", "Known Error", ACTIVE)
        .state("on-hold", "On Hold", ON_HOLD)
        .state("resolved", "Resolved", RESOLVED)
        .state("closed", "Closed", CLOSED)
        .state("cancelled", "Cancelled", CANCELLED)
        .initial("new")
        .transition("investigate", "new", "investigating")
        .transition("record-known-error", "investigating", "known-error", Guard.requiredFields(ROOT_CAUSE, WORKAROUND))
        .transition("hold", "investigating", "on-hold", Guard.requiredFields(HOLD_REASON), holdReason())
        .transition(resume("on-hold", "investigating"))
        .transition("reopen", "resolved", "investigating", Guard.requiredFields(REOPEN_REASON))
        .transition("close", "resolved", "closed");
    for (String from : List.of("investigating", "known-error")) {
      b.transition("resolve", from, "resolved", Guard.requiredFields(RESOLUTION_CODE, RESOLUTION_NOTES));
    }
    for (String from : List.of("new", "investigating", "known-error", "on-hold")) {
      b.transition("cancel", from, "cancelled", Guard.requiredFields(CANCEL_REASON));
    }
    return b.buildOrThrow();
  }

  /** The default change workflow for {@code type}; see the class documentation. */
  public static Workflow<Ticket> change(ChangeType type) {
    return change("change-" + type.name().toLowerCase(java.util.Locale.ROOT), type);
  }

  private static Workflow<Ticket> change(String id, ChangeType type) {
    Workflow.Builder<Ticket> b = Workflow.<Ticket>builder(id)
        .state("new", "New", NEW);
    if (type == ChangeType.NORMAL) {
      b.state("assess", "Assess", ACTIVE);
    }
    if (type != ChangeType.STANDARD) {
      b.state("authorise", "Authorise", ACTIVE);
    }
    b.state("scheduled", "Scheduled", ACTIVE)
        .state("implement", "Implement", ACTIVE)
        .state("review", "Review", RESOLVED)
        .state("closed", "Closed", CLOSED)
        .state("cancelled", "Cancelled", CANCELLED)
        .initial("new");
    Guard<Ticket> planned = Guard.requiredFields(PLANNED_START, PLANNED_END);
    List<String> cancellable;
    switch (type) {
      case NORMAL -> {
        b.transition("submit", "new", "assess")
            .transition("request-authorisation", "assess", "authorise")
            .transition("authorise", "authorise", "scheduled", planned, authorised());
        cancellable = List.of("new", "assess", "authorise", "scheduled");
      }
      case EMERGENCY -> {
        b.transition("submit", "new", "authorise")
            .transition("authorise", "authorise", "scheduled", planned, authorised());
        cancellable = List.of("new", "authorise", "scheduled");
      }
      default -> {
        b.transition("schedule", "new", "scheduled", planned);
        cancellable = List.of("new", "scheduled");
      }
    }
    b.transition("implement", "scheduled", "implement")
        .transition("complete", "implement", "review")
        .transition("close", "review", "closed", Guard.requiredFields(CHANGE_OUTCOME),
            Guard.allowedValues(CHANGE_OUTCOME, TicketFields.OUTCOME_SUCCESSFUL,
                TicketFields.OUTCOME_SUCCESSFUL_WITH_ISSUES, TicketFields.OUTCOME_FAILED,
                TicketFields.OUTCOME_BACKED_OUT));
    for (String from : cancellable) {
      b.transition("cancel", from, "cancelled", Guard.requiredFields(CANCEL_REASON));
    }
    return b.buildOrThrow();
  }
}
