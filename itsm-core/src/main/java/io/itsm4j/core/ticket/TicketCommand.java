package io.itsm4j.core.ticket;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.approval.ApprovalPolicy;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Option;

/**
 * What someone asks of a ticket. Commands are immutable records; their constructors fail fast on {@code null}
 * (tier 1), while the content (blank titles, over-long texts, unknown states) is checked by {@link
 * TicketDecider#decide}, which answers with a {@link io.itsm4j.core.Rejection} naming the field (tier 2/3).
 *
 * <p>Texts are limited: title {@value #TITLE_MAX}, description and notes {@value #TEXT_MAX}, field values and
 * reasons {@value #VALUE_MAX} characters, at most {@value #FIELDS_MAX} fields per command, at most
 * {@value #APPROVERS_MAX} members per group in an approval request.
 */
public sealed interface TicketCommand {
  /** Longest title, in characters. */
  int TITLE_MAX = 200;
  /** Longest description or note, in characters. */
  int TEXT_MAX = 32_000;
  /** Longest field value or reason, in characters. */
  int VALUE_MAX = 4_000;
  /** Most fields in one command; also most changes named in one {@link OverrideCollisions}. */
  int FIELDS_MAX = 100;
  /** Most members of one group in a {@link RequestApproval}. */
  int APPROVERS_MAX = 1_000;

  /** A short name of the command type for logs and audit entries, e.g. {@code "change-state"}. */
  String type();

  /**
   * Open a new ticket in its workflow's initial state.
   *
   * @param kind incident, request, problem or change
   * @param changeType required for a change, absent otherwise
   * @param title one line, not blank
   * @param description free text, possibly empty
   * @param impact how widely it affects the business
   * @param urgency how soon it is needed
   * @param fields initial fields
   * @param subject what it is about in catalogue terms
   * @param caller the person it is for; the sender when absent
   * @param group the assignment group it starts with, if any
   * @param assignee the person it starts assigned to, if any
   */
  record Open(TicketKind kind, Option<ChangeType> changeType, String title, String description, Impact impact,
      Urgency urgency, Map<String, String> fields, TicketSubject subject, Option<ActorId> caller,
      Option<GroupId> group, Option<ActorId> assignee) implements TicketCommand {
    /** Checks that no argument is null. */
    public Open {
      Checks.notNull(kind, "kind");
      Checks.notNull(changeType, "changeType");
      Checks.notNull(title, "title");
      Checks.notNull(description, "description");
      Checks.notNull(impact, "impact");
      Checks.notNull(urgency, "urgency");
      Checks.notNull(fields, "fields");
      Checks.notNull(subject, "subject");
      Checks.notNull(caller, "caller");
      Checks.notNull(group, "group");
      Checks.notNull(assignee, "assignee");
    }

    /** An open that starts unassigned; the form of this command before it took an assignment. */
    public Open(TicketKind kind, Option<ChangeType> changeType, String title, String description, Impact impact,
        Urgency urgency, Map<String, String> fields, TicketSubject subject, Option<ActorId> caller) {
      this(kind, changeType, title, description, impact, urgency, fields, subject, caller, Option.none(),
          Option.none());
    }

    /** Opens an incident with an empty description and no fields. */
    public static Open incident(String title, Impact impact, Urgency urgency) {
      return of(TicketKind.INCIDENT, Option.none(), title, impact, urgency);
    }

    /** Opens a service request. */
    public static Open serviceRequest(String title, Impact impact, Urgency urgency) {
      return of(TicketKind.SERVICE_REQUEST, Option.none(), title, impact, urgency);
    }

    /** Opens a problem. */
    public static Open problem(String title, Impact impact, Urgency urgency) {
      return of(TicketKind.PROBLEM, Option.none(), title, impact, urgency);
    }

    /** Opens a change of the given type. */
    public static Open change(ChangeType type, String title, Impact impact, Urgency urgency) {
      return of(TicketKind.CHANGE, Option.some(type), title, impact, urgency);
    }

    private static Open of(TicketKind kind, Option<ChangeType> type, String title, Impact impact, Urgency urgency) {
      return new Open(kind, type, title, "", impact, urgency, LinkedHashMap.empty(), TicketSubject.none(),
          Option.none());
    }

    /** This command with the description set. */
    public Open withDescription(String text) {
      return new Open(kind, changeType, title, text, impact, urgency, fields, subject, caller, group, assignee);
    }

    /** This command with one more field. */
    public Open withField(String name, String value) {
      return new Open(kind, changeType, title, description, impact, urgency, fields.put(name, value), subject, caller,
          group, assignee);
    }

    /** This command with the subject set. */
    public Open withSubject(TicketSubject value) {
      return new Open(kind, changeType, title, description, impact, urgency, fields, value, caller, group, assignee);
    }

    /** This command on behalf of a caller other than the sender. */
    public Open withCaller(ActorId value) {
      return new Open(kind, changeType, title, description, impact, urgency, fields, subject, Option.some(value),
          group, assignee);
    }

    /**
     * This command opening the ticket assigned to a group, and to a person in it if {@code assignee} is given: one
     * command, an {@code Opened} and an {@code Assigned} event, instead of two commands.
     *
     * @throws NullPointerException if {@code group} is null
     */
    public Open withAssignment(GroupId group, Option<ActorId> assignee) {
      return new Open(kind, changeType, title, description, impact, urgency, fields, subject, caller,
          Option.some(Checks.notNull(group, "group")), Checks.notNull(assignee, "assignee"));
    }

    @Override
    public String type() {
      return "open";
    }
  }

  /**
   * Move the ticket to another workflow state, setting fields on the way.
   *
   * @param to the target state's id
   * @param fields fields to set with the move, e.g. resolution code and notes
   */
  record ChangeState(String to, Map<String, String> fields) implements TicketCommand {
    /** Checks that no argument is null. */
    public ChangeState {
      Checks.notNull(to, "to");
      Checks.notNull(fields, "fields");
    }

    /** A move to {@code state} setting no fields. */
    public static ChangeState to(String state) {
      return new ChangeState(state, LinkedHashMap.empty());
    }

    /** This command with one more field. */
    public ChangeState withField(String name, String value) {
      return new ChangeState(to, fields.put(name, value));
    }

    @Override
    public String type() {
      return "change-state";
    }
  }

  /**
   * Change impact and urgency; the priority follows from the matrix.
   *
   * @param impact the new impact
   * @param urgency the new urgency
   * @param reason why, not blank
   */
  record ChangePriority(Impact impact, Urgency urgency, String reason) implements TicketCommand {
    /** Checks that no argument is null. */
    public ChangePriority {
      Checks.notNull(impact, "impact");
      Checks.notNull(urgency, "urgency");
      Checks.notNull(reason, "reason");
    }

    @Override
    public String type() {
      return "change-priority";
    }
  }

  /**
   * Assign the ticket to a group and/or person; absent values unassign.
   *
   * @param group the assignment group
   * @param assignee the person
   */
  record Assign(Option<GroupId> group, Option<ActorId> assignee) implements TicketCommand {
    /** Checks that no argument is null. */
    public Assign {
      Checks.notNull(group, "group");
      Checks.notNull(assignee, "assignee");
    }

    /** Assign to a group and a person in it. */
    public static Assign to(GroupId group, ActorId assignee) {
      return new Assign(Option.some(group), Option.some(assignee));
    }

    /** Assign to a group, no person yet. */
    public static Assign toGroup(GroupId group) {
      return new Assign(Option.some(group), Option.none());
    }

    @Override
    public String type() {
      return "assign";
    }
  }

  /**
   * Add a work note or a comment. A comment by the ticket's caller is a caller update: on a ticket the
   * workflow lets a caller update move (e.g. On Hold), it takes that transition too.
   *
   * @param visibility who may read it
   * @param text the text, not blank
   */
  record AddNote(NoteVisibility visibility, String text) implements TicketCommand {
    /** Checks that no argument is null. */
    public AddNote {
      Checks.notNull(visibility, "visibility");
      Checks.notNull(text, "text");
    }

    /** A work note. */
    public static AddNote workNote(String text) {
      return new AddNote(NoteVisibility.WORK_NOTE, text);
    }

    /** A comment visible to the caller. */
    public static AddNote comment(String text) {
      return new AddNote(NoteVisibility.COMMENT, text);
    }

    @Override
    public String type() {
      return "add-note";
    }
  }

  /**
   * Link this ticket to another of the same tenant.
   *
   * @param link the link
   */
  record AddLink(Link link) implements TicketCommand {
    /** Checks that no argument is null. */
    public AddLink {
      Checks.notNull(link, "link");
    }

    @Override
    public String type() {
      return "add-link";
    }
  }

  /**
   * Remove a link this ticket holds.
   *
   * @param link the link
   */
  record RemoveLink(Link link) implements TicketCommand {
    /** Checks that no argument is null. */
    public RemoveLink {
      Checks.notNull(link, "link");
    }

    @Override
    public String type() {
      return "remove-link";
    }
  }

  /**
   * Change title, description, fields or subject. Absent values stay as they are.
   *
   * @param title a new title
   * @param description a new description
   * @param fields fields to set
   * @param removeFields fields to remove
   * @param subject a new subject
   */
  record UpdateDetails(Option<String> title, Option<String> description, Map<String, String> fields,
      Set<String> removeFields, Option<TicketSubject> subject) implements TicketCommand {
    /** Checks that no argument is null. */
    public UpdateDetails {
      Checks.notNull(title, "title");
      Checks.notNull(description, "description");
      Checks.notNull(fields, "fields");
      Checks.notNull(removeFields, "removeFields");
      Checks.notNull(subject, "subject");
    }

    /** An update that changes nothing yet; add to it with the {@code with*} methods. */
    public static UpdateDetails nothing() {
      return new UpdateDetails(Option.none(), Option.none(), LinkedHashMap.empty(), LinkedHashSet.empty(),
          Option.none());
    }

    /** This update with a new title. */
    public UpdateDetails withTitle(String value) {
      return new UpdateDetails(Option.some(value), description, fields, removeFields, subject);
    }

    /** This update with a new description. */
    public UpdateDetails withDescription(String value) {
      return new UpdateDetails(title, Option.some(value), fields, removeFields, subject);
    }

    /** This update setting one more field. */
    public UpdateDetails withField(String name, String value) {
      return new UpdateDetails(title, description, fields.put(name, value), removeFields, subject);
    }

    /** This update removing a field. */
    public UpdateDetails withoutField(String name) {
      return new UpdateDetails(title, description, fields, removeFields.add(name), subject);
    }

    /** This update with a new subject. */
    public UpdateDetails withSubject(TicketSubject value) {
      return new UpdateDetails(title, description, fields, removeFields, Option.some(value));
    }

    @Override
    public String type() {
      return "update-details";
    }
  }
  /**
   * Record a change's risk assessment. Build it with a risk model (e.g. {@code io.itsm4j.core.change.RiskModel}),
   * which turns the answers into the level and score; a host's {@link io.itsm4j.core.port.CommandPolicy} can
   * check the level against its model. Allowed on normal and emergency changes until approval is requested.
   *
   * @param level the risk level found
   * @param score the score behind it, not negative
   * @param answers the questionnaire's answers by question id
   */
  record AssessRisk(RiskLevel level, int score, Map<String, String> answers) implements TicketCommand {
    /** Checks that no argument is null. */
    public AssessRisk {
      Checks.notNull(level, "level");
      Checks.notNull(answers, "answers");
    }

    @Override
    public String type() {
      return "assess-risk";
    }
  }

  /**
   * Ask for a change's authorisation under an approval policy. The decider records the policy and, per group,
   * the members given here minus those {@link SegregationOfDuties} excludes: those are the eligible approvers
   * for the life of the request, so a later change of the host's configuration or directory never rewrites
   * history. Build it with {@code io.itsm4j.core.change.policy.ChangeEnablement#requestApproval}, which resolves
   * the policy from the change's type and risk and the members from the host's directory.
   *
   * @param policy the stages to pass
   * @param members per group of the policy, its members as the host's directory lists them now
   */
  record RequestApproval(ApprovalPolicy policy, Map<GroupId, Set<ActorId>> members) implements TicketCommand {
    /** Checks that no argument is null. */
    public RequestApproval {
      Checks.notNull(policy, "policy");
      Checks.notNull(members, "members");
    }

    @Override
    public String type() {
      return "request-approval";
    }
  }

  /**
   * The sender approves the change in the stage now deciding.
   *
   * @param comment why; may be empty
   */
  record Approve(String comment) implements TicketCommand {
    /** Checks that no argument is null. */
    public Approve {
      Checks.notNull(comment, "comment");
    }

    /** An approval without comment. */
    public static Approve withoutComment() {
      return new Approve("");
    }

    @Override
    public String type() {
      return "approve";
    }
  }

  /**
   * The sender rejects the change in the stage now deciding; a rejection ends the change.
   *
   * @param comment why, not blank
   */
  record Reject(String comment) implements TicketCommand {
    /** Checks that no argument is null. */
    public Reject {
      Checks.notNull(comment, "comment");
    }

    @Override
    public String type() {
      return "reject";
    }
  }

  /**
   * Accept the risk of scheduling a change although it collides with other changes, with a reason. The
   * collision check (a {@link io.itsm4j.core.port.CommandPolicy}) lets a schedule through once every change it
   * collides with is overridden.
   *
   * @param changes the changes collided with, at least one, not this one
   * @param reason why the collision is acceptable, not blank
   */
  record OverrideCollisions(Set<TicketId> changes, String reason) implements TicketCommand {
    /** Checks that no argument is null. */
    public OverrideCollisions {
      Checks.notNull(changes, "changes");
      Checks.notNull(reason, "reason");
    }

    @Override
    public String type() {
      return "override-collisions";
    }
  }
}
