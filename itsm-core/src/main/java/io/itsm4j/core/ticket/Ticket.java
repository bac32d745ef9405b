package io.itsm4j.core.ticket;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.approval.ApprovalDecision;
import io.itsm4j.core.approval.ApprovalPolicy;
import io.itsm4j.core.approval.ApprovalStatus;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A ticket's current state: the left fold of its events ({@link TicketDecider#replay}). Never edit a ticket;
 * send a command and let the events change it.
 *
 * <p>Immutable and thread-safe; no accessor returns {@code null}.
 */
@Value.Immutable
// The project's style (ValueStyle), and defaults set in the constructor without an init shim: every default of a
// ticket is a constant, so none can read another attribute, and the shim (an object and two volatile writes per
// ticket) was a fifth of the cost of folding an event. All attributes are parameters of ImmutableTicket.of, which
// the fold calls once per event rather than a builder that records which attributes were set.
@Value.Style(
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true, prehash = false),
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    allowedClasspathAnnotations = {java.lang.Override.class},
    unsafeDefaultAndDerived = true,
    allParameters = true)
public abstract class Ticket {
  Ticket() {}

  /** The ticket's id, unique within its tenant. */
  public abstract TicketId id();

  /** The tenant the ticket belongs to. */
  public abstract TenantId tenant();

  /** Incident, request, problem or change. */
  public abstract TicketKind kind();

  /** For a change, its type. */
  public abstract Option<ChangeType> changeType();

  /** The id of the workflow that governs the ticket. */
  public abstract String workflowId();

  /** One-line summary. */
  public abstract String title();

  /** Free text, possibly empty. */
  public abstract String description();

  /** Current impact. */
  public abstract Impact impact();

  /** Current urgency. */
  public abstract Urgency urgency();

  /** Current priority. */
  public abstract Priority priority();

  /** The id of the current workflow state. */
  public abstract String state();

  /** The current state's category. */
  public abstract StateCategory category();

  /** Named fields (resolution code, hold reason, host fields), in the order they were first set. */
  @Value.Default
  public Map<String, String> fields() {
    return LinkedHashMap.empty();
  }

  /** What the ticket is about, in catalogue terms. */
  @Value.Default
  public TicketSubject subject() {
    return TicketSubject.none();
  }

  /** The person the ticket is for. */
  public abstract ActorId caller();

  /** Who opened it. */
  public abstract ActorId openedBy();

  /** When it was opened. */
  public abstract Instant openedAt();

  /** When it last changed. */
  public abstract Instant updatedAt();

  /** The assignment group. */
  @Value.Default
  public Option<GroupId> group() {
    return Option.none();
  }

  /** The assignee. */
  @Value.Default
  public Option<ActorId> assignee() {
    return Option.none();
  }

  /** How often it moved away from an earlier group or assignee. */
  @Value.Default
  public int reassignments() {
    return 0;
  }

  /** Links this ticket holds. */
  @Value.Default
  public Set<Link> links() {
    return LinkedHashSet.empty();
  }

  /** Work notes and comments, oldest first. */
  @Value.Default
  public Vector<Note> notes() {
    return Vector.empty();
  }

  /** The resolution cycle: 1, plus one for each reopen. */
  @Value.Default
  public int cycle() {
    return 1;
  }

  /** When it was last resolved, if it is resolved or closed after a resolution. */
  @Value.Default
  public Option<Instant> resolvedAt() {
    return Option.none();
  }

  /** For a change, the risk level its latest assessment found. */
  @Value.Default
  public Option<RiskLevel> risk() {
    return Option.none();
  }

  /** For a change, where its approval stands. */
  @Value.Default
  public ApprovalStatus approvalStatus() {
    return ApprovalStatus.NOT_REQUESTED;
  }

  /** The approval policy recorded when approval was requested. */
  @Value.Default
  public Option<ApprovalPolicy> approvalPolicy() {
    return Option.none();
  }

  /** Per group of the approval policy, who may approve (recorded when approval was requested). */
  @Value.Default
  public Map<GroupId, Set<ActorId>> approvers() {
    return LinkedHashMap.empty();
  }

  /** Approval decisions, oldest first. */
  @Value.Default
  public Vector<ApprovalDecision> approvalDecisions() {
    return Vector.empty();
  }

  /** Changes whose collision with this one's schedule someone accepted, with a reason in the history. */
  @Value.Default
  public Set<TicketId> overriddenCollisions() {
    return LinkedHashSet.empty();
  }

  /** The number of events in its history: the version an append must expect. */
  public abstract long version();

  /** Whether the ticket is closed or cancelled. */
  public final boolean isTerminal() {
    return category().isTerminal();
  }

  /** Whether its approval policy is satisfied: the change is authorised. */
  public final boolean isAuthorised() {
    return approvalStatus() == ApprovalStatus.APPROVED;
  }

  /**
   * The planned window from its {@link TicketFields#PLANNED_START} and {@link TicketFields#PLANNED_END} fields,
   * if both are set and form a window.
   */
  public final Option<ChangeWindow> plannedWindow() {
    return ChangeWindow.fromFields(fields()).toOption().flatMap(w -> w);
  }

  /** The value of a field, if set. */
  public final Option<String> field(String name) {
    return fields().get(name);
  }
}
