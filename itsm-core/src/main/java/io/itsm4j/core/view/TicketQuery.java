package io.itsm4j.core.view;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.TextPolicy;
import io.itsm4j.core.Violation;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
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
import java.time.Instant;

/**
 * A typed question to a tenant's ticket views: filters (every one optional; an empty set means any value), an order
 * and a page size. Built with {@link #in} and checked by {@link Builder#build}, which names the part of the query at
 * fault; a query that exists is valid. {@link #matches} and {@link QueueOrder#comparator()} are its meaning: every
 * store returns exactly the views a filter and sort of all the tenant's views by them would return.
 *
 * <p>Immutable and thread-safe.
 */
public final class TicketQuery {
  /** The largest page a query may ask for. */
  public static final int MAX_PAGE_SIZE = 500;
  /** The page size unless one is given. */
  public static final int DEFAULT_PAGE_SIZE = 50;

  private final TenantId tenant;
  private final Set<TicketKind> kinds;
  private final Set<StateCategory> categories;
  private final Set<Priority> priorities;
  private final Set<GroupId> groups;
  private final boolean unassigned;
  private final Set<ActorId> assignees;
  private final Set<ServiceId> services;
  private final Set<CustomerId> customers;
  private final Option<ActorId> requester;
  private final Option<Instant> openedFrom;
  private final Option<Instant> openedBefore;
  private final Option<Instant> updatedBefore;
  private final Option<Instant> breachedAsOf;
  private final Option<Instant> breachesBefore;
  private final Seq<String> words;
  private final QueueOrder order;
  private final int pageSize;

  private TicketQuery(Builder b) {
    tenant = b.tenant;
    kinds = b.kinds;
    categories = b.categories;
    priorities = b.priorities;
    groups = b.groups;
    unassigned = b.unassigned;
    assignees = b.assignees;
    services = b.services;
    customers = b.customers;
    requester = b.requester;
    openedFrom = b.openedFrom;
    openedBefore = b.openedBefore;
    updatedBefore = b.updatedBefore;
    breachedAsOf = b.breachedAsOf;
    breachesBefore = b.breachesBefore;
    words = b.words;
    order = b.order;
    pageSize = b.pageSize;
  }

  /**
   * A query of {@code tenant}'s views: every ticket, by priority, 50 a page, until filters are added.
   *
   * @throws NullPointerException if {@code tenant} is null
   */
  public static Builder in(TenantId tenant) {
    return new Builder(Checks.notNull(tenant, "tenant"));
  }

  /** Whose views. */
  public TenantId tenant() {
    return tenant;
  }

  /** The order of the results. */
  public QueueOrder order() {
    return order;
  }

  /** How many views a page holds at most. */
  public int pageSize() {
    return pageSize;
  }

  /**
   * Whether {@code view} is one the query asks for: of its tenant, and passing every filter given.
   *
   * @throws NullPointerException if {@code view} is null
   */
  public boolean matches(TicketView view) {
    Checks.notNull(view, "view");
    return view.tenant().equals(tenant)
        && (kinds.isEmpty() || kinds.contains(view.kind()))
        && (categories.isEmpty() || categories.contains(view.category()))
        && (priorities.isEmpty() || priorities.contains(view.priority()))
        && (groups.isEmpty() || view.group().exists(groups::contains))
        && (!unassigned || view.isUnassigned())
        && (assignees.isEmpty() || view.assignee().exists(assignees::contains))
        && (services.isEmpty() || view.service().exists(services::contains))
        && (customers.isEmpty() || view.customer().exists(customers::contains))
        && (requester.isEmpty() || requester.contains(view.requester()))
        && openedFrom.forAll(from -> !view.openedAt().isBefore(from))
        && openedBefore.forAll(before -> view.openedAt().isBefore(before))
        && updatedBefore.forAll(before -> view.updatedAt().isBefore(before))
        && breachedAsOf.forAll(now -> view.isBreached() || view.nextBreach().exists(at -> !at.isAfter(now)))
        && breachesBefore.forAll(before -> view.nextBreach().exists(at -> !at.isAfter(before)))
        && TextSearch.matches(view, words);
  }

  /** The words searched for in title and description ({@link Builder#text}); empty when the query searches none. */
  public Seq<String> words() {
    return words;
  }

  /**
   * What the query asks, apart from its page size, as text: a cursor is bound to it, so a cursor of one query is
   * refused by another.
   */
  public String fingerprint() {
    return tenant.value() + "|" + sorted(kinds) + "|" + sorted(categories) + "|" + sorted(priorities) + "|"
        + sorted(groups.map(GroupId::value)) + "|" + unassigned + "|" + sorted(assignees.map(ActorId::value)) + "|"
        + sorted(services.map(ServiceId::value)) + "|" + sorted(customers.map(CustomerId::value)) + "|"
        + requester.map(ActorId::value).getOrElse("") + "|" + openedFrom.map(Instant::toString).getOrElse("") + "|"
        + openedBefore.map(Instant::toString).getOrElse("") + "|"
        + updatedBefore.map(Instant::toString).getOrElse("") + "|" + breachedAsOf.map(Instant::toString).getOrElse("")
        + "|"
        + breachesBefore.map(Instant::toString).getOrElse("") + "|" + words.mkString(" ") + "|" + order;
  }

  /** The attributes a query filters on by value, for adapters that translate queries (a SQL store's columns). */
  public enum Column {
    /** {@link TicketView#kind()}, by name. */
    KIND,
    /** {@link TicketView#category()}, by name. */
    CATEGORY,
    /** {@link TicketView#priority()}, by name. */
    PRIORITY,
    /** {@link TicketView#group()}, by id. */
    GROUP,
    /** {@link TicketView#assignee()}, by id. */
    ASSIGNEE,
    /** {@link TicketView#service()}, by id. */
    SERVICE,
    /** {@link TicketView#customer()}, by id. */
    CUSTOMER,
    /** {@link TicketView#requester()}, by id. */
    REQUESTER
  }

  /**
   * Receives a query's filters, one call per filter given, so that an adapter builds its own form of {@link
   * #matches} (a SQL where clause with bound values). A view matches when it passes every filter called.
   */
  public interface Conditions {
    /** The column's value is one of {@code values} (a view without one does not match). */
    void in(Column column, Seq<String> values);

    /** Neither group nor assignee. */
    void unassigned();

    /** Opened at or after {@code at}. */
    void openedFrom(Instant at);

    /** Opened before {@code at}. */
    void openedBefore(Instant at);

    /** Last updated before {@code at}. */
    void updatedBefore(Instant at);

    /** Breached, or due to breach at or before {@code now}. */
    void breachedAsOf(Instant now);

    /** Next breach at or before {@code at}. */
    void breachesBefore(Instant at);

    /**
     * Every one of {@code words} is a word of the title or description, as {@link TextSearch} defines words; the
     * words are lower-case letters and digits only, never empty, at most {@link TextSearch#MAX_WORDS}.
     */
    void words(Seq<String> words);
  }

  /**
   * Calls {@code into} once for each filter of the query beyond the tenant, in a fixed order; values are sorted,
   * so equal queries give equal calls.
   *
   * @throws NullPointerException if {@code into} is null
   */
  public void conditions(Conditions into) {
    Checks.notNull(into, "into");
    values(into, Column.KIND, kinds.map(Enum::name));
    values(into, Column.CATEGORY, categories.map(Enum::name));
    values(into, Column.PRIORITY, priorities.map(Enum::name));
    values(into, Column.GROUP, groups.map(GroupId::value));
    values(into, Column.ASSIGNEE, assignees.map(ActorId::value));
    values(into, Column.SERVICE, services.map(ServiceId::value));
    values(into, Column.CUSTOMER, customers.map(CustomerId::value));
    values(into, Column.REQUESTER, requester.map(ActorId::value).toSet());
    if (unassigned) {
      into.unassigned();
    }
    openedFrom.forEach(into::openedFrom);
    openedBefore.forEach(into::openedBefore);
    updatedBefore.forEach(into::updatedBefore);
    breachedAsOf.forEach(into::breachedAsOf);
    breachesBefore.forEach(into::breachesBefore);
    if (!words.isEmpty()) {
      into.words(words);
    }
  }

  private static void values(Conditions into, Column column, Set<String> values) {
    if (!values.isEmpty()) {
      into.in(column, values.toSortedSet().toVector());
    }
  }

  private static String sorted(Set<?> values) {
    return values.map(Object::toString).toSortedSet().mkString(",");
  }

  @Override
  public String toString() {
    return "TicketQuery[" + fingerprint() + ", pageSize=" + pageSize + "]";
  }

  /** Collects a query's parts; {@link #build} checks them. Not thread-safe; each call returns this builder. */
  public static final class Builder {
    private final TenantId tenant;
    private Set<TicketKind> kinds = HashSet.empty();
    private Set<StateCategory> categories = HashSet.empty();
    private Set<Priority> priorities = HashSet.empty();
    private Set<GroupId> groups = HashSet.empty();
    private boolean unassigned;
    private Set<ActorId> assignees = HashSet.empty();
    private Set<ServiceId> services = HashSet.empty();
    private Set<CustomerId> customers = HashSet.empty();
    private Option<ActorId> requester = Option.none();
    private Option<Instant> openedFrom = Option.none();
    private Option<Instant> openedBefore = Option.none();
    private Option<Instant> updatedBefore = Option.none();
    private Option<Instant> breachedAsOf = Option.none();
    private Option<Instant> breachesBefore = Option.none();
    private Seq<String> words = Vector.empty();
    private Option<String> text = Option.none();
    private QueueOrder order = QueueOrder.PRIORITY;
    private int pageSize = DEFAULT_PAGE_SIZE;

    private Builder(TenantId tenant) {
      this.tenant = tenant;
    }

    /** Only these kinds. */
    public Builder kinds(TicketKind... values) {
      kinds = HashSet.of(Checks.notNull(values, "kinds"));
      return this;
    }

    /** Only tickets in these state categories. */
    public Builder categories(StateCategory... values) {
      categories = HashSet.of(Checks.notNull(values, "categories"));
      return this;
    }

    /** Only open tickets: New, Active or On hold. */
    public Builder open() {
      return categories(StateCategory.NEW, StateCategory.ACTIVE, StateCategory.ON_HOLD);
    }

    /** Only these priorities. */
    public Builder priorities(Priority... values) {
      priorities = HashSet.of(Checks.notNull(values, "priorities"));
      return this;
    }

    /** Only tickets assigned to one of these groups. */
    public Builder groups(GroupId... values) {
      groups = HashSet.of(Checks.notNull(values, "groups"));
      return this;
    }

    /** Only tickets with neither a group nor a person assigned. */
    public Builder unassigned() {
      unassigned = true;
      return this;
    }

    /** Only tickets assigned to one of these people. */
    public Builder assignees(ActorId... values) {
      assignees = HashSet.of(Checks.notNull(values, "assignees"));
      return this;
    }

    /** Only tickets about one of these services. */
    public Builder services(ServiceId... values) {
      services = HashSet.of(Checks.notNull(values, "services"));
      return this;
    }

    /** Only tickets of one of these customers. */
    public Builder customers(CustomerId... values) {
      customers = HashSet.of(Checks.notNull(values, "customers"));
      return this;
    }

    /** Only tickets this person asked for. */
    public Builder requester(ActorId value) {
      requester = Option.some(Checks.notNull(value, "requester"));
      return this;
    }

    /** Only tickets opened at or after {@code from} and before {@code before}. */
    public Builder openedBetween(Instant from, Instant before) {
      openedFrom = Option.some(Checks.notNull(from, "openedFrom"));
      openedBefore = Option.some(Checks.notNull(before, "openedBefore"));
      return this;
    }

    /** Only tickets not updated since {@code before}: waiting, stale, forgotten. */
    public Builder updatedBefore(Instant before) {
      updatedBefore = Option.some(Checks.notNull(before, "updatedBefore"));
      return this;
    }

    /**
     * Only tickets a clock of which has breached by {@code now}: breached when the view was kept, or due to breach
     * at or before {@code now} (a ticket left alone past its deadline has no event that would say so).
     */
    public Builder breachedAsOf(Instant now) {
      breachedAsOf = Option.some(Checks.notNull(now, "breachedAsOf"));
      return this;
    }

    /** Only tickets whose next breach comes at or before {@code at}: "breaches within D" is {@code now + D}. */
    public Builder breachesBefore(Instant at) {
      breachesBefore = Option.some(Checks.notNull(at, "breachesBefore"));
      return this;
    }

    /**
     * Only tickets whose title or description holds every word of {@code value}, as {@link TextSearch} defines
     * words: {@code "VPN down"} asks for both words, in any order and case. At least one word, at most {@link
     * TextSearch#MAX_WORDS}, each at most {@link TextSearch#MAX_WORD_LENGTH} characters; {@link #build} names {@code
     * text} otherwise.
     */
    public Builder text(String value) {
      text = Option.some(Checks.notNull(value, "text"));
      words = TextSearch.searched(value);
      return this;
    }

    /** The order of the results. */
    public Builder orderBy(QueueOrder value) {
      order = Checks.notNull(value, "order");
      return this;
    }

    /** How many views a page holds at most: 1 to {@link #MAX_PAGE_SIZE}. */
    public Builder pageSize(int value) {
      pageSize = value;
      return this;
    }

    /**
     * The query, or {@link RejectionCode#INVALID_INPUT} naming each part at fault: {@code pageSize} out of range,
     * {@code openedBefore} not after {@code openedFrom}, {@code unassigned} together with groups or assignees, a
     * {@code null} element in a set.
     */
    public Either<Rejection, TicketQuery> build() {
      Vector<Violation> faults = Vector.empty();
      if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        faults = faults.append(Violation.of("pageSize", Violation.INVALID, "a page holds 1 to " + MAX_PAGE_SIZE
            + " views, not " + pageSize));
      }
      if (openedFrom.isDefined() && !openedBefore.get().isAfter(openedFrom.get())) {
        faults = faults.append(Violation.of("openedBefore", Violation.INVALID, "the range ends at "
            + openedBefore.get() + ", not after its start " + openedFrom.get()));
      }
      if (unassigned && (!groups.isEmpty() || !assignees.isEmpty())) {
        faults = faults.append(Violation.of("unassigned", Violation.INVALID,
            "unassigned tickets have no group or assignee to filter on"));
      }
      if (text.isDefined()) {
        if (words.isEmpty()) {
          faults = faults.append(Violation.of("text", Violation.INVALID, "a search needs a word (letters or digits),"
              + " not '" + TextPolicy.shown(text.get()) + "'"));
        } else if (words.size() > TextSearch.MAX_WORDS) {
          faults = faults.append(Violation.of("text", Violation.INVALID, "a search holds at most "
              + TextSearch.MAX_WORDS + " words, not " + words.size()));
        } else if (words.exists(w -> w.length() > TextSearch.MAX_WORD_LENGTH)) {
          faults = faults.append(Violation.of("text", Violation.INVALID, "a searched word is at most "
              + TextSearch.MAX_WORD_LENGTH + " characters"));
        }
      }
      for (var part : io.vavr.collection.List.of(io.vavr.Tuple.of("kinds", kinds), io.vavr.Tuple.of("categories",
          categories), io.vavr.Tuple.of("priorities", priorities), io.vavr.Tuple.of("groups", groups),
          io.vavr.Tuple.of("assignees", assignees), io.vavr.Tuple.of("services", services),
          io.vavr.Tuple.of("customers", customers))) {
        if (part._2.contains(null)) {
          faults = faults.append(Violation.of(part._1, Violation.REQUIRED, "a value of " + part._1 + " is missing"));
        }
      }
      return faults.isEmpty() ? Either.right(new TicketQuery(this))
          : Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, faults));
    }
  }
}
