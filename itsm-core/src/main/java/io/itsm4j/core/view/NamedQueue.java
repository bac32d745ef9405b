package io.itsm4j.core.view;

import io.itsm4j.core.GroupId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.TextPolicy;
import io.itsm4j.core.Violation;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/**
 * A saved query: a queue defined as data, the way a desk configures "my group's open incidents by time to breach"
 * once and shows it to everyone. Relative parts are resolved when the queue is read ({@link #query}): "my groups"
 * are the reader's, "breached" and "not updated for five days" count from the instant given. {@link #check} says
 * what is wrong with a definition, part by part, as workflows are checked; {@link #standard()} are the four queues
 * every desk starts with.
 *
 * @param id the queue's id: 1-64 letters, digits or {@code . _ : -}
 * @param name what agents see, one line of text
 * @param kinds only these kinds (empty: any)
 * @param categories only these state categories (empty: any)
 * @param priorities only these priorities (empty: any)
 * @param myGroups only tickets of the reader's groups
 * @param unassigned only tickets with neither group nor assignee
 * @param breached only tickets a clock of which has breached by the time the queue is read
 * @param breachesWithin only tickets whose next breach comes within this long of the time the queue is read
 * @param notUpdatedFor only tickets not updated for this long before the time the queue is read
 * @param order the order
 * @param pageSize the page size, 1 to {@link TicketQuery#MAX_PAGE_SIZE}
 */
public record NamedQueue(String id, String name, Set<TicketKind> kinds, Set<StateCategory> categories,
    Set<Priority> priorities, boolean myGroups, boolean unassigned, boolean breached,
    Option<Duration> breachesWithin, Option<Duration> notUpdatedFor, QueueOrder order, int pageSize) {

  /**
   * Checks that no component is null; the rest is {@link #check}'s.
   *
   * @throws NullPointerException if a component is null
   */
  public NamedQueue {
    Checks.notNull(id, "id");
    Checks.notNull(name, "name");
    Checks.notNull(kinds, "kinds");
    Checks.notNull(categories, "categories");
    Checks.notNull(priorities, "priorities");
    Checks.notNull(breachesWithin, "breachesWithin");
    Checks.notNull(notUpdatedFor, "notUpdatedFor");
    Checks.notNull(order, "order");
  }

  private static final Set<StateCategory> OPEN = HashSet.of(StateCategory.NEW, StateCategory.ACTIVE,
      StateCategory.ON_HOLD);

  /**
   * The queues every desk starts with: its groups' open incidents by time to breach; unassigned P1 and P2 tickets;
   * breached tickets; tickets on hold, waiting for the customer, untouched for five days.
   */
  public static Seq<NamedQueue> standard() {
    return Vector.of(
        new NamedQueue("my-groups-open-incidents", "My groups' open incidents", HashSet.of(TicketKind.INCIDENT),
            OPEN, HashSet.empty(), true, false, false, Option.none(), Option.none(), QueueOrder.TIME_TO_BREACH,
            TicketQuery.DEFAULT_PAGE_SIZE),
        new NamedQueue("unassigned-p1-p2", "Unassigned P1 and P2", HashSet.empty(), OPEN,
            HashSet.of(Priority.P1, Priority.P2), false, true, false, Option.none(), Option.none(),
            QueueOrder.PRIORITY, TicketQuery.DEFAULT_PAGE_SIZE),
        new NamedQueue("breached", "Breached", HashSet.empty(), OPEN, HashSet.empty(), false, false, true,
            Option.none(), Option.none(), QueueOrder.TIME_TO_BREACH, TicketQuery.DEFAULT_PAGE_SIZE),
        new NamedQueue("waiting-for-customer", "Waiting for the customer over 5 days", HashSet.empty(),
            HashSet.of(StateCategory.ON_HOLD), HashSet.empty(), false, false, false, Option.none(),
            Option.some(Duration.ofDays(5)), QueueOrder.AGE, TicketQuery.DEFAULT_PAGE_SIZE));
  }

  /**
   * What is wrong with this definition, each part named: the id, a blank or multi-line name, a duration not
   * positive, "my groups" together with "unassigned", a page size out of range. Empty when it is sound.
   */
  public Seq<Violation> check() {
    Vector<Violation> out = Vector.empty();
    if (!Checks.isId(id)) {
      out = out.append(Violation.of("id", Violation.INVALID, "a queue id is 1-64 letters, digits or . _ : -, not '"
          + TextPolicy.shown(id) + "'"));
    }
    if (TextPolicy.isBlank(name) || !TextPolicy.allows(name, TextPolicy.Form.LINE) || name.length() > 200) {
      out = out.append(Violation.of("name", Violation.INVALID, "a queue's name is one line of text, 1 to 200"
          + " characters"));
    }
    for (var d : Vector.of(io.vavr.Tuple.of("breachesWithin", breachesWithin),
        io.vavr.Tuple.of("notUpdatedFor", notUpdatedFor))) {
      if (d._2.exists(x -> x.isNegative() || x.isZero())) {
        out = out.append(Violation.of(d._1, Violation.INVALID, d._1 + " must be positive, not " + d._2.get()));
      }
    }
    if (myGroups && unassigned) {
      out = out.append(Violation.of("unassigned", Violation.INVALID,
          "unassigned tickets belong to no group, mine or another"));
    }
    if (pageSize < 1 || pageSize > TicketQuery.MAX_PAGE_SIZE) {
      out = out.append(Violation.of("pageSize", Violation.INVALID, "a page holds 1 to " + TicketQuery.MAX_PAGE_SIZE
          + " views, not " + pageSize));
    }
    return out;
  }

  /**
   * The queue as a query, for a reader in {@code tenant} whose groups are {@code readerGroups}, read at {@code now}.
   *
   * @return the query, or none when the queue lists nothing for this reader (a "my groups" queue read by someone in
   *     no group); or {@code INVALID_INPUT} naming each part of the definition at fault
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, Option<TicketQuery>> query(TenantId tenant, Set<GroupId> readerGroups, Instant now) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(readerGroups, "readerGroups");
    Checks.notNull(now, "now");
    Seq<Violation> faults = check();
    if (!faults.isEmpty()) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, faults));
    }
    if (myGroups && readerGroups.isEmpty()) {
      return Either.right(Option.none());
    }
    TicketQuery.Builder b = TicketQuery.in(tenant).orderBy(order).pageSize(pageSize)
        .kinds(kinds.toJavaArray(TicketKind[]::new)).categories(categories.toJavaArray(StateCategory[]::new))
        .priorities(priorities.toJavaArray(Priority[]::new));
    if (myGroups) {
      b.groups(readerGroups.toJavaArray(GroupId[]::new));
    }
    if (unassigned) {
      b.unassigned();
    }
    if (breached) {
      b.breachedAsOf(now);
    }
    breachesWithin.forEach(d -> b.breachesBefore(now.plus(d)));
    notUpdatedFor.forEach(d -> b.updatedBefore(now.minus(d)));
    return b.build().map(Option::some);
  }
}
