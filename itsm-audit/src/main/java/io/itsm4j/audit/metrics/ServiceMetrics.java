package io.itsm4j.audit.metrics;

import io.itsm4j.audit.internal.Require;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.Violation;
import io.itsm4j.core.change.ChangeOutcome;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.NoteVisibility;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import org.HdrHistogram.Histogram;

/**
 * The streaming fold of ticket events into {@link Figures} per {@link Slice}: one pass, state only for tickets not
 * yet closed or cancelled, for the slices and cuts counted, and the ids of problems that became known errors (so an
 * incident linked to one later counts as matched), so years of history fit in a small heap. Feed it the events of
 * many tickets in time order ({@link #accept}), move time on without an event ({@link #advanceTo}) to close periods,
 * and read a {@link #report()} whenever wanted: after each event (incremental) it equals what a fresh fold of the
 * same events would report (batch).
 *
 * <p><b>Order</b>: events must come in non-decreasing time; an earlier one than the latest is refused (the figures
 * at period ends were already taken). Events of a ticket whose opening was not in the stream are counted as
 * ignored and change nothing; so are events after a ticket closed or was cancelled.
 *
 * <p><b>Threading</b>: single-writer; not thread-safe. The reports are immutable.
 */
public final class ServiceMetrics {
  private static final Either<Rejection, Boolean> COUNTED = Either.right(true);
  private static final Either<Rejection, Boolean> IGNORED = Either.right(false);

  private final MetricsConfig config;
  /** Tickets not yet closed, per tenant (the tenant's map is cached: streams are mostly of one tenant). */
  private final java.util.HashMap<TenantId, java.util.HashMap<String, Live>> live = new java.util.HashMap<>();
  private TenantId lastTenant;
  private java.util.HashMap<String, Live> lastTickets;
  private int tracked;
  /** Problems that became known errors, per tenant, by id: incidents linked to them later count as matched. */
  private final java.util.HashMap<TenantId, java.util.Set<String>> knownErrors = new java.util.HashMap<>();
  private final java.util.LinkedHashMap<Slice, Cell> cells = new java.util.LinkedHashMap<>();
  private final java.util.LinkedHashMap<Cut, Sketch> sketches = new java.util.LinkedHashMap<>();
  private static final Dimension[] DIMENSIONS = Dimension.values();
  private Instant latest;
  private LocalDate periodStart;
  /** Counts the periods closed, so a ticket's cached slice knows cheaply whether it is of the current one. */
  private long periodIndex;
  private Instant periodEnd;
  private long ignored;

  private ServiceMetrics(MetricsConfig config) {
    this.config = config;
  }

  /**
   * An empty fold.
   *
   * @throws NullPointerException if {@code config} is null
   */
  public static ServiceMetrics create(MetricsConfig config) {
    return new ServiceMetrics(Require.notNull(config, "config"));
  }

  /** What is known of a ticket not yet closed. */
  private static final class Live {
    final TenantId tenant;
    final TicketKind kind;
    final String id;
    final Option<ChangeType> changeType;
    final Instant openedAt;
    Priority priority;
    TicketSubject subject;
    Option<GroupId> group = Option.none();
    StateCategory category;
    boolean acknowledged;
    Instant firstResolvedAt;
    Slice resolvedSlice;
    boolean reopenCounted;
    int reassignments;
    Option<String> outcome = Option.none();
    boolean rootCause;
    boolean workaround;
    boolean knownError;
    boolean linkedToProblem;
    boolean causedByChange;
    /** The slice of the attributes now, in the period it was made for; null when an attribute changed since. */
    Slice slice;
    Cell cell;
    long slicePeriod;

    Live(TicketEvent.Opened o) {
      tenant = o.tenant();
      kind = o.kind();
      id = o.ticketId().value();
      changeType = o.changeType();
      openedAt = o.occurredAt();
      priority = o.priority();
      subject = o.subject();
      category = o.category();
    }
  }

  /** The counters of one slice. */
  private static final class Cell {
    long opened;
    long acknowledged;
    long resolved;
    long firstContact;
    long reopened;
    long reassignments;
    long backlog;
    long changesCompleted;
    long changesSuccessful;
    long changesFailed;
    long emergency;
    long knownErrors;
    long linkedToProblems;
    long linkedToKnownErrors;
    long causedByChanges;
    Durations recovery = Durations.NONE;
    Durations tta = Durations.NONE;
    Durations businessTta = Durations.NONE;
    Durations ttr = Durations.NONE;
    Durations businessTtr = Durations.NONE;
    Durations age = Durations.NONE;
    /** The sketch of each cut the slice belongs to, by dimension. */
    Sketch[] cuts;

    Figures figures() {
      return new Figures(opened, acknowledged, resolved, firstContact, reopened, reassignments, backlog,
          changesCompleted, changesSuccessful, changesFailed, emergency, knownErrors, linkedToProblems,
          linkedToKnownErrors, causedByChanges, tta, businessTta, ttr, businessTtr, age, recovery);
    }
  }

  /** The histograms of one cut, and their exact sums. */
  private static final class Sketch {
    final Histogram[] histograms = new Histogram[5];
    final long[] sums = new long[5];

    void record(int which, long seconds) {
      Histogram h = histograms[which];
      if (h == null) {
        h = Distribution.newHistogram();
        histograms[which] = h;
      }
      h.recordValue(seconds);
      sums[which] += seconds;
    }

    Distribution distribution(int which) {
      return histograms[which] == null ? Distribution.EMPTY : Distribution.of(histograms[which], sums[which]);
    }

    Sketches sketches() {
      return new Sketches(distribution(TTA), distribution(BUSINESS_TTA), distribution(TTR), distribution(BUSINESS_TTR),
          distribution(AGE));
    }
  }

  private static final int TTA = 0;
  private static final int TTR = 1;
  private static final int BUSINESS_TTR = 2;
  private static final int AGE = 3;
  private static final int BUSINESS_TTA = 4;

  /** Records a duration of one kind for a slice: exactly in its cell, and in the sketch of each of its cuts. */
  private void duration(Slice slice, Cell cell, int which, long seconds) {
    switch (which) {
      case TTA -> cell.tta = cell.tta.plus(seconds);
      case TTR -> cell.ttr = cell.ttr.plus(seconds);
      case BUSINESS_TTR -> cell.businessTtr = cell.businessTtr.plus(seconds);
      case BUSINESS_TTA -> cell.businessTta = cell.businessTta.plus(seconds);
      default -> cell.age = cell.age.plus(seconds);
    }
    Sketch[] cuts = cell.cuts;
    if (cuts == null) {
      cuts = new Sketch[DIMENSIONS.length];
      for (Dimension d : DIMENSIONS) {
        cuts[d.ordinal()] = sketches.computeIfAbsent(new Cut(d, slice.period(), d.valueOf(slice)), k -> new Sketch());
      }
      cell.cuts = cuts;
    }
    for (Sketch sketch : cuts) {
      sketch.record(which, seconds);
    }
  }

  /**
   * Folds one event in.
   *
   * @return {@code true} if it counted, {@code false} if it was ignored (see the class comment); or {@link
   *     RejectionCode#INVALID_INPUT} naming {@code occurredAt} for an event earlier than the latest, changing nothing
   * @throws NullPointerException if {@code event} is null
   */
  public Either<Rejection, Boolean> accept(TicketEvent event) {
    Require.notNull(event, "event");
    Instant at = event.occurredAt();
    if (latest != null && at.isBefore(latest)) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, io.vavr.collection.Vector.of(Violation.of(
          "occurredAt", Violation.INVALID, "event " + event.sequence() + " of " + event.ticketId() + " at " + at
              + " comes after one at " + latest + ": events must come in time order"))));
    }
    closePeriodsBefore(at);
    latest = at;
    java.util.HashMap<String, Live> tickets = tickets(event.tenant());
    // Keyed by the id's text: its hash is cached in the string, and a record's generated hashCode and equals cost
    // more on this, the fold's hottest line.
    String key = event.ticketId().value();
    if (event instanceof TicketEvent.Opened o) {
      if (tickets.containsKey(key)) {
        ignored++;
        return IGNORED;
      }
      Live t = new Live(o);
      t.outcome = o.fields().get(TicketFields.CHANGE_OUTCOME);
      knownErrorFields(t, o.fields(), at);
      tickets.put(key, t);
      tracked++;
      cell(t, at).opened++;
      if (t.category != StateCategory.NEW) {
        acknowledge(t, at);
      }
      return COUNTED;
    }
    Live t = tickets.get(key);
    if (t == null) {
      ignored++;
      return IGNORED;
    }
    if (event instanceof TicketEvent.Assigned a) {
      if (a.reassignment() && t.firstResolvedAt == null) {
        t.reassignments++;
      }
      if (!t.group.equals(a.group())) {
        t.group = a.group();
        t.slice = null;
      }
      if (a.assignee().isDefined() && !t.acknowledged) {
        acknowledge(t, at);
      }
    } else if (event instanceof TicketEvent.NoteAdded n) {
      if (!n.byCaller() && n.visibility() == NoteVisibility.COMMENT && !t.acknowledged) {
        acknowledge(t, at);
      }
    } else if (event instanceof TicketEvent.PriorityChanged p) {
      if (t.priority != p.to()) {
        t.priority = p.to();
        t.slice = null;
      }
    } else if (event instanceof TicketEvent.LinkAdded l) {
      linked(t, l, at);
    } else if (event instanceof TicketEvent.DetailsUpdated d) {
      if (d.subject().isDefined()) {
        t.subject = d.subject().get();
        t.slice = null;
      }
      t.outcome = d.removedFields().contains(TicketFields.CHANGE_OUTCOME) ? Option.none()
          : d.fields().get(TicketFields.CHANGE_OUTCOME).orElse(t.outcome);
      // Counted with the ticket as this event leaves it.
      knownErrorFields(t, d.fields(), at);
    } else if (event instanceof TicketEvent.StateChanged s) {
      stateChanged(t, tickets, key, s, at);
    }
    return COUNTED;
  }

  private java.util.HashMap<String, Live> tickets(TenantId tenant) {
    if (!tenant.equals(lastTenant)) {
      lastTenant = tenant;
      lastTickets = live.computeIfAbsent(tenant, k -> new java.util.HashMap<>());
    }
    return lastTickets;
  }

  /**
   * A problem becomes a known error when its root cause and workaround are both recorded (in any events, in any
   * order); it is remembered by id, so incidents linked to it afterwards count as matched to a known error.
   */
  private void knownErrorFields(Live t, io.vavr.collection.Map<String, String> fields, Instant at) {
    if (t.kind != TicketKind.PROBLEM || t.knownError) {
      return;
    }
    t.rootCause |= fields.containsKey(TicketFields.ROOT_CAUSE);
    t.workaround |= fields.containsKey(TicketFields.WORKAROUND);
    if (t.rootCause && t.workaround) {
      t.knownError = true;
      knownErrors.computeIfAbsent(t.tenant, k -> new java.util.HashSet<>()).add(t.id);
      cell(t, at).knownErrors++;
    }
  }

  private void linked(Live t, TicketEvent.LinkAdded l, Instant at) {
    if (t.kind != TicketKind.INCIDENT) {
      return;
    }
    if (l.link().type() == io.itsm4j.core.ticket.LinkType.CAUSED_BY_PROBLEM && !t.linkedToProblem) {
      t.linkedToProblem = true;
      Cell c = cell(t, at);
      c.linkedToProblems++;
      if (knownErrors.getOrDefault(t.tenant, java.util.Set.of()).contains(l.link().target().value())) {
        c.linkedToKnownErrors++;
      }
    } else if (l.link().type() == io.itsm4j.core.ticket.LinkType.CAUSED_BY_CHANGE && !t.causedByChange) {
      t.causedByChange = true;
      cell(t, at).causedByChanges++;
    }
  }

  private void stateChanged(Live t, java.util.HashMap<String, Live> tickets, String key,
      TicketEvent.StateChanged s, Instant at) {
    t.outcome = s.fields().get(TicketFields.CHANGE_OUTCOME).orElse(t.outcome);
    knownErrorFields(t, s.fields(), at);
    StateCategory to = s.toCategory();
    if (s.fromCategory() == StateCategory.NEW && to != StateCategory.NEW && !t.acknowledged) {
      acknowledge(t, at);
    }
    boolean done = to == StateCategory.RESOLVED || to == StateCategory.CLOSED;
    if (done && t.firstResolvedAt == null) {
      t.firstResolvedAt = at;
      t.resolvedSlice = slice(t, at);
      Cell c = t.cell;
      c.resolved++;
      c.reassignments += t.reassignments;
      c.firstContact += t.reassignments == 0 ? 1 : 0;
      duration(t.resolvedSlice, c, TTR, seconds(t.openedAt, at));
      if (t.causedByChange) {
        c.recovery = c.recovery.plus(seconds(t.openedAt, at));
      }
      for (BusinessTime clock : config.businessTime()) {
        duration(t.resolvedSlice, c, BUSINESS_TTR, Math.max(0, clock.between(t.openedAt, at).getSeconds()));
      }
    }
    boolean wasDone = s.fromCategory() == StateCategory.RESOLVED || s.fromCategory() == StateCategory.CLOSED;
    if (wasDone && isOpen(to) && t.firstResolvedAt != null && !t.reopenCounted
        && !at.isAfter(t.firstResolvedAt.plus(config.reopenWindow()))) {
      t.reopenCounted = true;
      cell(t.resolvedSlice).reopened++;
    }
    if (to == StateCategory.CLOSED && t.kind == TicketKind.CHANGE) {
      for (ChangeOutcome outcome : t.outcome.flatMap(ChangeOutcome::fromValue)) {
        Cell c = cell(t, at);
        c.changesCompleted++;
        c.changesSuccessful += outcome.isSuccess() ? 1 : 0;
        c.changesFailed += outcome.isSuccess() ? 0 : 1;
        c.emergency += t.changeType.contains(ChangeType.EMERGENCY) ? 1 : 0;
      }
    }
    t.category = to;
    if (to == StateCategory.CLOSED || to == StateCategory.CANCELLED) {
      tickets.remove(key);
      tracked--;
    }
  }

  private void acknowledge(Live t, Instant at) {
    t.acknowledged = true;
    Slice s = slice(t, at);
    Cell c = t.cell;
    c.acknowledged++;
    duration(s, c, TTA, seconds(t.openedAt, at));
    for (BusinessTime clock : config.businessTime()) {
      duration(s, c, BUSINESS_TTA, Math.max(0, clock.between(t.openedAt, at).getSeconds()));
    }
  }

  private static boolean isOpen(StateCategory c) {
    return c == StateCategory.NEW || c == StateCategory.ACTIVE || c == StateCategory.ON_HOLD;
  }

  private static long seconds(Instant from, Instant to) {
    return Math.max(0, to.getEpochSecond() - from.getEpochSecond());
  }

  /**
   * Moves time on to {@code now} without an event: every period that ended at or before it is closed (its backlog
   * taken). Later events must not be earlier than {@code now}.
   *
   * @return the same rejection as {@link #accept} for a time earlier than the latest
   * @throws NullPointerException if {@code now} is null
   */
  public Either<Rejection, Boolean> advanceTo(Instant now) {
    Require.notNull(now, "now");
    if (latest != null && now.isBefore(latest)) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, io.vavr.collection.Vector.of(Violation.of(
          "now", Violation.INVALID, now + " is before the latest event at " + latest))));
    }
    closePeriodsBefore(now);
    latest = now;
    return COUNTED;
  }

  /** Takes the backlog at every period end at or before {@code at}. */
  private void closePeriodsBefore(Instant at) {
    if (periodStart == null) {
      periodStart = config.unit().startOf(at.atZone(config.zone()).toLocalDate());
      periodEnd = end(periodStart);
      return;
    }
    while (!at.isBefore(periodEnd)) {
      for (java.util.HashMap<String, Live> tenantTickets : live.values()) {
        for (Live t : tenantTickets.values()) {
        if (isOpen(t.category) && t.openedAt.isBefore(periodEnd)) {
          Slice s = new Slice(t.tenant, periodStart, t.kind, t.priority, t.subject.service(), t.subject.offering(),
              t.subject.customer(), t.group);
          Cell c = cell(s);
          c.backlog++;
          duration(s, c, AGE, seconds(t.openedAt, periodEnd));
        }
        }
      }
      periodStart = config.unit().next(periodStart);
      periodEnd = end(periodStart);
      periodIndex++;
    }
  }

  private Instant end(LocalDate start) {
    return config.unit().next(start).atStartOfDay(config.zone()).toInstant();
  }

  /**
   * The slice of a ticket now. Events come in time order and the periods before the latest event are closed, so
   * every event falls in the current period: no zone arithmetic per event, and a ticket's slice and cell are kept
   * until an attribute or the period changes.
   */
  private Slice slice(Live t, Instant at) {
    if (t.slice == null || t.slicePeriod != periodIndex) {
      t.slicePeriod = periodIndex;
      t.slice = new Slice(t.tenant, periodStart, t.kind, t.priority, t.subject.service(), t.subject.offering(),
          t.subject.customer(), t.group);
      t.cell = cell(t.slice);
    }
    return t.slice;
  }

  private Cell cell(Live t, Instant at) {
    slice(t, at);
    return t.cell;
  }

  private Cell cell(Slice s) {
    return cells.computeIfAbsent(s, k -> new Cell());
  }

  /** How many tickets are held: open, on hold, or resolved and not closed. */
  public int tracked() {
    return tracked;
  }

  /** The figures so far: a snapshot, unaffected by later events. */
  public MetricsReport report() {
    Map<Slice, Figures> out = LinkedHashMap.empty();
    for (var e : cells.entrySet()) {
      out = out.put(e.getKey(), e.getValue().figures());
    }
    Map<Cut, Sketches> cuts = LinkedHashMap.empty();
    for (var e : sketches.entrySet()) {
      cuts = cuts.put(e.getKey(), e.getValue().sketches());
    }
    return new MetricsReport(Option.of(latest), out, cuts, ignored);
  }
}
