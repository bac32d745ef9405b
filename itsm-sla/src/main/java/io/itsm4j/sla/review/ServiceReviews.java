package io.itsm4j.sla.review;

import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.Relationship;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.change.ChangeOutcome;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.change.PlannedChange;
import io.itsm4j.core.workflow.StateCategory;
import io.itsm4j.sla.ComplianceFigures;
import io.itsm4j.sla.SlaId;
import io.itsm4j.sla.SlaStatus;
import io.itsm4j.sla.continuity.ContinuityPlan;
import io.itsm4j.sla.continuity.ContinuityRequirement;
import io.itsm4j.sla.continuity.Exercise;
import io.itsm4j.sla.review.ServiceReview.Breach;
import io.itsm4j.sla.review.ServiceReview.ChangeFigures;
import io.itsm4j.sla.review.ServiceReview.ContinuityLine;
import io.itsm4j.sla.review.ServiceReview.MajorIncident;
import io.itsm4j.sla.review.ServiceReview.ServiceLevelLine;
import io.itsm4j.sla.review.ServiceReview.Volume;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Compiles {@link ServiceReview}s. Pure functions; thread-safe.
 *
 * <h2>What counts</h2>
 * <ul>
 *   <li><b>Whose</b>: tickets and statuses of the agreement's service whose customer is the agreement's, or who
 *       name no customer (a ticket on the shared service concerns every customer of it).
 *   <li><b>Service levels</b>: statuses placed in the period by {@link SlaStatus#countedAt()}, per definition, with
 *       the denominator of {@link ComplianceFigures}; the verdict against the agreement's target.
 *   <li><b>Volumes</b>: per kind, tickets opened in the period, resolved in it (their last resolution), and open at
 *       its end (opened before the end, not resolved, closed or cancelled when compiled).
 *   <li><b>Major incidents</b>: incidents of a major priority opened before the period's end and not resolved
 *       before its start; the cause is what the resolution says.
 *   <li><b>Breaches</b>: statuses counted in the period that count as breached in the figures.
 *   <li><b>Changes</b>: changes with an outcome recorded, resolved or closed in the period (their last resolution,
 *       else their last update); failed means failed or backed out.
 *   <li><b>Previous actions</b>: the actions of the latest held review; the schedule from all held reviews.
 * </ul>
 */
public final class ServiceReviews {
  private ServiceReviews() {}

  /**
   * Compiles the review of [{@code from}, {@code until}).
   *
   * @param agreement what was agreed
   * @param from the period's start, inclusive
   * @param until the period's end, exclusive
   * @param today the day of compiling (for the schedule and overdue actions)
   * @param facts what the host holds
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code until} is before {@code from}
   */
  public static ServiceReview compile(ReviewAgreement agreement, Instant from, Instant until, LocalDate today,
      ReviewFacts facts) {
    Objects.requireNonNull(agreement, "agreement must not be null");
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(until, "until must not be null");
    Objects.requireNonNull(today, "today must not be null");
    Objects.requireNonNull(facts, "facts must not be null");
    if (until.isBefore(from)) {
      throw new IllegalArgumentException("until " + until + " is before from " + from);
    }
    ServiceId service = agreement.service();
    CustomerId customer = agreement.customer();
    Seq<Ticket> tickets = facts.tickets().filter(t -> t.subject().service().contains(service)
        && t.subject().customer().forAll(customer::equals));
    Map<TicketId, Ticket> byId = HashMap.ofEntries(tickets.map(t -> io.vavr.Tuple.of(t.id(), t)));
    Seq<SlaStatus> statuses = facts.statuses().filter(s -> s.service().contains(service)
        && s.customer().forAll(customer::equals) && within(s.countedAt(), from, until));

    Seq<ServiceLevelLine> levels = Vector.empty();
    for (var group : statuses.groupBy(SlaStatus::definition).toSortedMap(SlaId::compareTo, g -> g)) {
      ComplianceFigures figures = ComplianceFigures.EMPTY;
      for (SlaStatus s : group._2) {
        figures = figures.plus(ComplianceFigures.of(s));
      }
      levels = levels.append(new ServiceLevelLine(group._1, group._2.head().type(), figures,
          agreement.complianceTargets().get(group._1)));
    }

    Seq<Breach> breaches = statuses.filter(s -> ComplianceFigures.of(s).breached() == 1)
        .map(s -> new Breach(s.ticketId(), s.definition(), s.priority(), s.breachedAt().getOrElse(s.countedAt()),
            byId.get(s.ticketId()).map(Ticket::title), byId.get(s.ticketId()).flatMap(ServiceReviews::cause)))
        .sorted(java.util.Comparator.comparing(Breach::breachedAt).thenComparing(Breach::ticket)
            .thenComparing(Breach::definition));

    Seq<ContinuityLine> continuity = facts.continuity();
    Option<HeldReview> previous = facts.held().isEmpty() ? Option.none()
        : Option.some(facts.held().maxBy(HeldReview::heldOn).get());
    return new ServiceReview(agreement, from, until, today,
        agreement.due(facts.held().map(HeldReview::heldOn), today), levels, facts.availability(),
        volumes(tickets, from, until), majorIncidents(tickets, facts, from, until), breaches,
        changes(tickets, from, until), continuity, previous.map(HeldReview::actions).getOrElse(Vector.empty()));
  }

  /**
   * The continuity lines of the plans that recover {@code service}, as of {@code now}.
   *
   * @param plans continuity plans (any service)
   * @param exercises their exercises and invocations (any plan, any order)
   * @param requirements the services' continuity requirements, for the verdict of the latest exercise
   * @param relationships the catalogue's relationships, for the items a plan covers
   * @param changes scheduled changes, for the plans that need a review
   * @throws NullPointerException if an argument is null
   */
  public static Seq<ContinuityLine> continuity(ServiceId service, Seq<ContinuityPlan> plans, Seq<Exercise> exercises,
      Seq<ContinuityRequirement> requirements, Iterable<Relationship> relationships, Seq<PlannedChange> changes,
      Instant now) {
    Objects.requireNonNull(service, "service must not be null");
    Objects.requireNonNull(plans, "plans must not be null");
    Objects.requireNonNull(exercises, "exercises must not be null");
    Objects.requireNonNull(requirements, "requirements must not be null");
    Objects.requireNonNull(relationships, "relationships must not be null");
    Objects.requireNonNull(changes, "changes must not be null");
    Objects.requireNonNull(now, "now must not be null");
    Vector<ContinuityLine> out = Vector.empty();
    for (ContinuityPlan plan : plans.filter(p -> p.services().contains(service)).sortBy(ContinuityPlan::id)) {
      Seq<Exercise> own = exercises.filter(e -> e.plan().equals(plan.id()) && !e.at().isAfter(now));
      Option<Exercise> last = own.isEmpty() ? Option.none() : Option.some(own.maxBy(Exercise::at).get());
      ContinuityPlan current = last.map(e -> plan.exercisedAt(e.at())).getOrElse(plan);
      ContinuityPlan.Flags flags = current.flags(relationships, changes, now);
      out = out.append(new ContinuityLine(plan.id(), last,
          last.map(e -> e.shortfalls(plan, requirements).isEmpty()), flags.exerciseDue(), flags.overdue(),
          flags.reviewFor()));
    }
    return out;
  }

  private static boolean within(Instant at, Instant from, Instant until) {
    return !at.isBefore(from) && at.isBefore(until);
  }

  private static boolean openWhenCompiled(Ticket t) {
    StateCategory c = t.category();
    return c == StateCategory.NEW || c == StateCategory.ACTIVE || c == StateCategory.ON_HOLD;
  }

  private static Seq<Volume> volumes(Seq<Ticket> tickets, Instant from, Instant until) {
    Map<TicketKind, Volume> out = TreeMap.empty();
    for (Ticket t : tickets) {
      Volume v = out.get(t.kind()).getOrElse(new Volume(t.kind(), 0, 0, 0));
      boolean opened = within(t.openedAt(), from, until);
      boolean resolved = t.resolvedAt().exists(r -> within(r, from, until));
      boolean open = t.openedAt().isBefore(until) && openWhenCompiled(t);
      if (opened || resolved || open) {
        out = out.put(t.kind(), new Volume(t.kind(), v.opened() + (opened ? 1 : 0), v.resolved() + (resolved ? 1 : 0),
            v.openAtEnd() + (open ? 1 : 0)));
      }
    }
    return out.values().toVector();
  }

  private static Seq<MajorIncident> majorIncidents(Seq<Ticket> tickets, ReviewFacts facts, Instant from,
      Instant until) {
    return tickets.filter(t -> t.kind() == TicketKind.INCIDENT && facts.majorPriorities().contains(t.priority())
            && t.openedAt().isBefore(until) && !resolvedBefore(t, from))
        .sorted(java.util.Comparator.comparing(Ticket::openedAt).thenComparing(Ticket::id))
        .map(t -> new MajorIncident(t.id(), t.title(), t.priority(), t.openedAt(), t.resolvedAt(), cause(t)));
  }

  /** Resolved (or closed after a resolution) before {@code from}, and not open again since. */
  private static boolean resolvedBefore(Ticket t, Instant from) {
    return !openWhenCompiled(t) && t.resolvedAt().exists(r -> r.isBefore(from));
  }

  private static ChangeFigures changes(Seq<Ticket> tickets, Instant from, Instant until) {
    long completed = 0;
    long successful = 0;
    long emergency = 0;
    Vector<TicketId> failed = Vector.empty();
    for (Ticket t : tickets.filter(t -> t.kind() == TicketKind.CHANGE).sortBy(Ticket::id)) {
      Option<ChangeOutcome> outcome = t.field(TicketFields.CHANGE_OUTCOME).flatMap(ChangeOutcome::fromValue);
      if (outcome.isEmpty() || openWhenCompiled(t) || !within(t.resolvedAt().getOrElse(t.updatedAt()), from, until)) {
        continue;
      }
      completed++;
      emergency += t.changeType().contains(ChangeType.EMERGENCY) ? 1 : 0;
      if (outcome.get().isSuccess()) {
        successful++;
      } else {
        failed = failed.append(t.id());
      }
    }
    return new ChangeFigures(completed, successful, failed.size(), emergency, failed);
  }

  /** What a ticket's resolution says: its code, then its notes. */
  private static Option<String> cause(Ticket t) {
    Option<String> code = t.field(TicketFields.RESOLUTION_CODE);
    Option<String> notes = t.field(TicketFields.RESOLUTION_NOTES);
    if (code.isEmpty() && notes.isEmpty()) {
      return Option.none();
    }
    return Option.some(code.map(c -> notes.map(n -> c + ": " + n).getOrElse(c)).getOrElse(() -> notes.get()));
  }
}
