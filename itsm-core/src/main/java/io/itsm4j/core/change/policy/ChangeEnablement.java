package io.itsm4j.core.change.policy;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.Violation;
import io.itsm4j.core.approval.ApprovalPolicy;
import io.itsm4j.core.change.ApprovalMatrix;
import io.itsm4j.core.change.ChangeCollisions;
import io.itsm4j.core.change.ConfigurationDependencies;
import io.itsm4j.core.change.FreezeWindow;
import io.itsm4j.core.change.PlannedChange;
import io.itsm4j.core.change.RiskAssessment;
import io.itsm4j.core.change.RiskModel;
import io.itsm4j.core.change.StandardChangeTemplate;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.port.ApproverDirectory;
import io.itsm4j.core.port.CommandPolicy;
import io.itsm4j.core.port.FreezeCalendar;
import io.itsm4j.core.port.ScheduledChanges;
import io.itsm4j.core.port.StandardChangeCatalogue;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.ChangeWindow;
import io.itsm4j.core.ticket.CommandContext;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.ticket.TicketWorkflows;
import io.vavr.Tuple;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Function;

/**
 * The change enablement rules that need other records, run by the service desk on every command
 * ({@code ServiceDesk.builder().policy(changeEnablement)}). Each rule applies only when its port or
 * configuration is given:
 *
 * <ul>
 *   <li><b>standard changes</b> ({@link StandardChangeCatalogue}): a standard change is opened from an approved
 *       template named in {@link TicketFields#CHANGE_TEMPLATE} ({@link RejectionCode#FIELD_REQUIRED} if missing,
 *       {@link RejectionCode#RULE_VIOLATED} if not approved or for another service), and keeps it;
 *   <li><b>risk</b> ({@link RiskModel}): an {@link TicketCommand.AssessRisk} must carry the level and score the
 *       model gives for its answers (bad answers are {@link RejectionCode#INVALID_INPUT} naming
 *       {@code answers.<question>});
 *   <li><b>approval</b> ({@link ApprovalMatrix}, {@link ApproverDirectory}): a
 *       {@link TicketCommand.RequestApproval} must carry the policy the matrix gives for the change's type and
 *       risk, and each group's members as the directory lists them ({@link RejectionCode#RULE_VIOLATED}); build
 *       it with {@link #requestApproval};
 *   <li><b>freeze windows</b> ({@link FreezeCalendar}): only an emergency change may be scheduled in a freeze
 *       that covers its service ({@link RejectionCode#RULE_VIOLATED} naming the freeze);
 *   <li><b>collisions</b> ({@link ScheduledChanges}, {@link ConfigurationDependencies}): a change may not be
 *       scheduled over another scheduled change on related configuration items unless that collision was
 *       overridden with a reason ({@link RejectionCode#SCHEDULE_COLLISION} naming the changes).
 * </ul>
 *
 * <p>"Scheduling" is a move into one of the schedule states (default {@code scheduled}), or a change of planned
 * start or end while in one. Ports are asked only for the commands that need them. Immutable and thread-safe if
 * the ports are; an exception from a port reaches the desk, which reports it as a
 * {@link RejectionCode#PORT_FAILURE}.
 */
public final class ChangeEnablement implements CommandPolicy {
  private final Option<StandardChangeCatalogue> standardChanges;
  private final Option<RiskModel> riskModel;
  private final Option<ApprovalMatrix> matrix;
  private final Option<ApproverDirectory> directory;
  private final Option<FreezeCalendar> freezes;
  private final Option<ScheduledChanges> scheduled;
  private final Function<TenantId, ConfigurationDependencies> dependencies;
  private final Set<String> scheduleStates;

  private ChangeEnablement(Builder b) {
    this.standardChanges = b.standardChanges;
    this.riskModel = b.riskModel;
    this.matrix = b.matrix;
    this.directory = b.directory;
    this.freezes = b.freezes;
    this.scheduled = b.scheduled;
    this.dependencies = b.dependencies;
    this.scheduleStates = b.scheduleStates;
  }

  /** A builder with no rule switched on. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds the approval request for a change: the policy from the approval matrix for its type and risk, and
   * the members of each of the policy's groups from the directory.
   *
   * @return the command, {@link RejectionCode#RULE_VIOLATED} if the matrix has no policy for the change (a
   *     standard change, an unassessed normal change, a cell not configured) or no matrix or directory is
   *     configured, or {@link RejectionCode#PORT_FAILURE} if the directory fails
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, TicketCommand.RequestApproval> requestApproval(TenantId tenant, Ticket change) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(change, "change");
    if (matrix.isEmpty() || directory.isEmpty()) {
      return Either.left(Rejection.of(RejectionCode.RULE_VIOLATED,
          "an approval matrix and an approver directory are needed to request approval"));
    }
    Either<Rejection, ApprovalPolicy> policy = expectedPolicy(change);
    if (policy.isLeft()) {
      return Either.left(policy.getLeft());
    }
    try {
      Map<GroupId, Set<ActorId>> members = LinkedHashMap.ofEntries(policy.get().groups().toList()
          .map(g -> Tuple.of(g, directory.get().members(tenant, g))));
      return Either.right(new TicketCommand.RequestApproval(policy.get(), members));
    } catch (RuntimeException e) {
      return Either.left(Rejection.portFailure("approver directory", e));
    }
  }

  /**
   * Assesses risk answers with the configured model.
   *
   * @return the command recording the assessment; {@link RejectionCode#INVALID_INPUT} with every problem with
   *     the answers ({@code answers.<question>}); {@link RejectionCode#RULE_VIOLATED} if no risk model is
   *     configured; or {@link RejectionCode#PORT_FAILURE} if the host's model throws
   * @throws NullPointerException if {@code answers} is null
   */
  public Either<Rejection, TicketCommand.AssessRisk> assessRisk(Map<String, String> answers) {
    Checks.notNull(answers, "answers");
    if (riskModel.isEmpty()) {
      return Either.left(Rejection.of(RejectionCode.RULE_VIOLATED, "no risk model is configured to assess risk"));
    }
    return Rejection.fromPort("risk model", () -> riskModel.get().assess(answers)).flatMap(e -> e)
        .map(RiskAssessment::toCommand);
  }

  @Override
  public Option<Rejection> check(CommandContext context, TicketCommand command, Option<Ticket> ticket) {
    if (command instanceof TicketCommand.Open open) {
      return open.kind() == TicketKind.CHANGE && open.changeType().contains(ChangeType.STANDARD)
          ? standardChange(context.tenant(), open.fields(), open.subject()) : Option.none();
    }
    // A closed or cancelled change is the decider's to refuse; no port needs asking.
    if (ticket.isEmpty() || ticket.get().kind() != TicketKind.CHANGE || ticket.get().isTerminal()) {
      return Option.none();
    }
    Ticket change = ticket.get();
    if (command instanceof TicketCommand.AssessRisk c) {
      return assessment(c);
    }
    if (command instanceof TicketCommand.RequestApproval c) {
      return approvalRequest(context.tenant(), change, c);
    }
    if (command instanceof TicketCommand.ChangeState c && scheduleStates.contains(c.to())) {
      return schedule(context.tenant(), change, change.fields().merge(c.fields(), (a, b) -> b), change.subject());
    }
    if (command instanceof TicketCommand.UpdateDetails c) {
      if (change.changeType().contains(ChangeType.STANDARD) && standardChanges.isDefined()
          && (c.fields().containsKey(TicketFields.CHANGE_TEMPLATE) || c.removeFields().contains(TicketFields.CHANGE_TEMPLATE))) {
        return Option.some(Rejection.of(RejectionCode.RULE_VIOLATED, "standard change " + change.id()
            + " keeps the template it was raised from"));
      }
      boolean replanned = c.fields().containsKey(TicketFields.PLANNED_START) || c.fields().containsKey(TicketFields.PLANNED_END)
          || c.subject().isDefined();
      if (replanned && scheduleStates.contains(change.state())) {
        return schedule(context.tenant(), change, change.fields().merge(c.fields(), (a, b) -> b),
            c.subject().getOrElse(change.subject()));
      }
    }
    return Option.none();
  }

  private Option<Rejection> standardChange(TenantId tenant, Map<String, String> fields, TicketSubject subject) {
    if (standardChanges.isEmpty()) {
      return Option.none();
    }
    Option<String> id = fields.get(TicketFields.CHANGE_TEMPLATE).filter(s -> !s.isBlank());
    if (id.isEmpty()) {
      return Option.some(Rejection.invalid(RejectionCode.FIELD_REQUIRED, List.of(Violation.of(
          "fields." + TicketFields.CHANGE_TEMPLATE, Violation.REQUIRED,
          "a standard change must name the approved template it is raised from"))));
    }
    Option<StandardChangeTemplate> template = standardChanges.get().template(tenant, id.get());
    if (template.isEmpty()) {
      return Option.some(new Rejection(RejectionCode.RULE_VIOLATED, "'" + Checks.abbreviate(id.get())
          + "' is not an approved standard change template", List.of(Violation.of("fields." + TicketFields.CHANGE_TEMPLATE,
          Violation.UNKNOWN, "no approved template with this id")), Option.none()));
    }
    Option<io.itsm4j.core.catalogue.ServiceId> service = template.get().service();
    if (service.isDefined() && !subject.service().equals(service)) {
      return Option.some(Rejection.of(RejectionCode.RULE_VIOLATED, "template " + template.get().id()
          + " is approved for service " + service.get() + " only"));
    }
    return Option.none();
  }

  private Option<Rejection> assessment(TicketCommand.AssessRisk c) {
    if (riskModel.isEmpty() || c.score() < 0) {
      return Option.none();
    }
    Either<Rejection, RiskAssessment> expected = riskModel.get().assess(c.answers());
    if (expected.isLeft()) {
      return Option.some(expected.getLeft());
    }
    RiskAssessment a = expected.get();
    if (a.level() != c.level() || a.score() != c.score()) {
      return Option.some(Rejection.of(RejectionCode.RULE_VIOLATED, "the answers give risk " + a.level()
          + " (score " + a.score() + "), not " + c.level() + " (score " + c.score() + ")"));
    }
    return Option.none();
  }

  private Either<Rejection, ApprovalPolicy> expectedPolicy(Ticket change) {
    ChangeType type = change.changeType().getOrElse(ChangeType.NORMAL);
    return matrix.get().policyFor(type, change.risk()).toEither(() -> Rejection.of(RejectionCode.RULE_VIOLATED,
        "no approval policy applies to " + type.name().toLowerCase(java.util.Locale.ROOT) + " change " + change.id()
            + change.risk().map(r -> " at risk " + r).getOrElse(" (risk not assessed)")));
  }

  private Option<Rejection> approvalRequest(TenantId tenant, Ticket change, TicketCommand.RequestApproval c) {
    if (c.members().exists(kv -> kv._2.size() > TicketCommand.APPROVERS_MAX)) {
      return Option.none(); // malformed input: the decider names the field
    }
    if (matrix.isDefined()) {
      Either<Rejection, ApprovalPolicy> expected = expectedPolicy(change);
      if (expected.isLeft()) {
        return Option.some(expected.getLeft());
      }
      if (!expected.get().equals(c.policy())) {
        return Option.some(Rejection.of(RejectionCode.RULE_VIOLATED, "change " + change.id() + " needs approval "
            + expected.get() + ", not " + c.policy()));
      }
    }
    if (directory.isDefined()) {
      // A group left out is the decider's to report, naming the field.
      for (GroupId g : c.policy().groups().filter(c.members()::containsKey)) {
        java.util.Set<ActorId> listed = directory.get().members(tenant, g).toJavaSet();
        java.util.Set<ActorId> given = c.members().get(g).map(Set::toJavaSet).getOrElse(java.util.Set.of());
        if (!listed.equals(given)) {
          return Option.some(Rejection.of(RejectionCode.RULE_VIOLATED, "the members given for group " + g
              + " are not those the directory lists now; build the request with requestApproval"));
        }
      }
    }
    return Option.none();
  }

  private Option<Rejection> schedule(TenantId tenant, Ticket change, Map<String, String> fields,
      TicketSubject subject) {
    // A malformed or missing window is the decider's and the workflow's to report, field by field.
    Option<ChangeWindow> window = ChangeWindow.fromFields(fields).toOption().flatMap(w -> w);
    if (window.isEmpty()) {
      return Option.none();
    }
    if (freezes.isDefined()) {
      Seq<FreezeWindow> blocking = FreezeWindow.blocking(change.changeType().getOrElse(ChangeType.NORMAL),
          subject.service(), window.get(), freezes.get().freezes(tenant));
      if (!blocking.isEmpty()) {
        return Option.some(Rejection.of(RejectionCode.RULE_VIOLATED, "change " + change.id() + " ("
            + window.get() + ") falls in freeze window(s) " + blocking.map(f -> f.name() + " (" + f.window()
            + f.service().map(s -> ", service " + s).getOrElse(", all services") + ")").mkString(", ")
            + "; only emergency changes may be scheduled in a freeze"));
      }
    }
    if (scheduled.isDefined()) {
      PlannedChange candidate = new PlannedChange(change.id(), window.get(), subject.configurationItems());
      Set<TicketId> colliding = ChangeCollisions.with(candidate, scheduled.get().overlapping(tenant, window.get()),
          dependencies.apply(tenant)).removeAll(change.overriddenCollisions());
      if (!colliding.isEmpty()) {
        return Option.some(Rejection.of(RejectionCode.SCHEDULE_COLLISION, "change " + change.id() + " ("
            + window.get() + ") collides with " + colliding.mkString(", ") + " on related configuration items; "
            + "override with a reason to schedule it anyway"));
      }
    }
    return Option.none();
  }

  /** Configures a {@link ChangeEnablement}. Not thread-safe; build once and share. */
  public static final class Builder {
    private Option<StandardChangeCatalogue> standardChanges = Option.none();
    private Option<RiskModel> riskModel = Option.none();
    private Option<ApprovalMatrix> matrix = Option.none();
    private Option<ApproverDirectory> directory = Option.none();
    private Option<FreezeCalendar> freezes = Option.none();
    private Option<ScheduledChanges> scheduled = Option.none();
    private Function<TenantId, ConfigurationDependencies> dependencies = tenant -> ConfigurationDependencies.none();
    private Set<String> scheduleStates = HashSet.of("scheduled");
    private TicketWorkflows workflows = TicketWorkflows.defaults();

    private Builder() {}

    /** Standard changes must come from an approved template of this catalogue. */
    public Builder standardChanges(StandardChangeCatalogue value) {
      this.standardChanges = Option.some(Checks.notNull(value, "standardChanges"));
      return this;
    }

    /** Risk assessments must agree with this model. */
    public Builder riskModel(RiskModel value) {
      this.riskModel = Option.some(Checks.notNull(value, "riskModel"));
      return this;
    }

    /** Approval requests must carry the policy this matrix gives. */
    public Builder approvalMatrix(ApprovalMatrix value) {
      this.matrix = Option.some(Checks.notNull(value, "approvalMatrix"));
      return this;
    }

    /** Approval requests must carry the group members this directory lists. */
    public Builder approverDirectory(ApproverDirectory value) {
      this.directory = Option.some(Checks.notNull(value, "approverDirectory"));
      return this;
    }

    /** Only emergency changes may be scheduled in these freezes. */
    public Builder freezeCalendar(FreezeCalendar value) {
      this.freezes = Option.some(Checks.notNull(value, "freezeCalendar"));
      return this;
    }

    /** Scheduling reports collisions with these changes. */
    public Builder scheduledChanges(ScheduledChanges value) {
      this.scheduled = Option.some(Checks.notNull(value, "scheduledChanges"));
      return this;
    }

    /**
     * One configuration item graph collisions follow, whatever the tenant; default {@link
     * ConfigurationDependencies#none()}. A host serving several tenants gives {@link #dependenciesPerTenant}.
     */
    public Builder dependencies(ConfigurationDependencies value) {
      Checks.notNull(value, "dependencies");
      this.dependencies = tenant -> value;
      return this;
    }

    /**
     * The configuration item graph of each tenant, asked on every scheduling with the change's tenant, e.g. {@code
     * catalogueService::configurationDependencies} (each tenant's live catalogue). The function must be
     * thread-safe; if it throws, the command is refused as a port failure.
     */
    public Builder dependenciesPerTenant(Function<TenantId, ConfigurationDependencies> value) {
      this.dependencies = Checks.notNull(value, "dependenciesPerTenant");
      return this;
    }

    /**
     * The workflows changes run on, against which {@link #build()} checks the schedule states; default {@link
     * TicketWorkflows#defaults()}. Pass the same workflows as the desk's decider.
     */
    public Builder workflows(TicketWorkflows value) {
      this.workflows = Checks.notNull(value, "workflows");
      return this;
    }

    /**
     * The workflow states that put a change on the schedule; default {@code scheduled}. Each must be a state of at
     * least one change workflow ({@link #workflows}), or freezes and collisions would never apply.
     */
    public Builder scheduleStates(Set<String> value) {
      Checks.notNull(value, "scheduleStates");
      if (value.isEmpty()) {
        throw new IllegalArgumentException("scheduleStates must not be empty");
      }
      this.scheduleStates = value;
      return this;
    }

    /**
     * The policy.
     *
     * @throws IllegalArgumentException naming every schedule state that no change workflow has
     */
    public ChangeEnablement build() {
      Set<String> known = HashSet.ofAll(List.of(ChangeType.values())
          .flatMap(t -> workflows.forNew(TicketKind.CHANGE, Option.some(t)))
          .flatMap(w -> w.states().map(s -> s.id())));
      Set<String> unknown = scheduleStates.filter(s -> !known.contains(s));
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException("scheduleStates " + unknown.toSortedSet().mkString(", ")
            + " are states of no change workflow (" + known.toSortedSet().mkString(", ") + "), so freezes and"
            + " collisions would never apply; pass the desk's workflows with workflows(...)");
      }
      return new ChangeEnablement(this);
    }
  }
}
