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
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import org.HdrHistogram.Histogram;

/**
 * The streaming fold of ticket events into {@link Figures} per {@link Slice}: one pass, state only for tickets not
 * yet closed or cancelled and for the slices counted, so years of history fit in a small heap. Feed it the events of
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
  private final java.util.Map<Tuple2<TenantId, TicketId>, Live> live = new java.util.HashMap<>();
  private final java.util.LinkedHashMap<Slice, Cell> cells = new java.util.LinkedHashMap<>();
  private Instant latest;
  private LocalDate periodStart;
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

    Live(TicketEvent.Opened o) {
      tenant = o.tenant();
      kind = o.kind();
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
    final Histogram tta = Distribution.newHistogram();
    long ttaSum;
    final Histogram ttr = Distribution.newHistogram();
    long ttrSum;
    final Histogram businessTtr = Distribution.newHistogram();
    long businessTtrSum;
    final Histogram age = Distribution.newHistogram();
    long ageSum;

    Figures figures() {
      return new Figures(opened, acknowledged, resolved, firstContact, reopened, reassignments, backlog,
          changesCompleted, changesSuccessful, changesFailed, emergency, Distribution.of(tta, ttaSum),
          Distribution.of(ttr, ttrSum), Distribution.of(businessTtr, businessTtrSum), Distribution.of(age, ageSum));
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
    var key = new Tuple2<>(event.tenant(), event.ticketId());
    if (event instanceof TicketEvent.Opened o) {
      if (live.containsKey(key)) {
        ignored++;
        return IGNORED;
      }
      Live t = new Live(o);
      t.outcome = o.fields().get(TicketFields.CHANGE_OUTCOME);
      live.put(key, t);
      cell(t, at).opened++;
      if (t.category != StateCategory.NEW) {
        acknowledge(t, at);
      }
      return COUNTED;
    }
    Live t = live.get(key);
    if (t == null) {
      ignored++;
      return IGNORED;
    }
    if (event instanceof TicketEvent.Assigned a) {
      if (a.reassignment() && t.firstResolvedAt == null) {
        t.reassignments++;
      }
      t.group = a.group();
      if (a.assignee().isDefined() && !t.acknowledged) {
        acknowledge(t, at);
      }
    } else if (event instanceof TicketEvent.NoteAdded n) {
      if (!n.byCaller() && n.visibility() == NoteVisibility.COMMENT && !t.acknowledged) {
        acknowledge(t, at);
      }
    } else if (event instanceof TicketEvent.PriorityChanged p) {
      t.priority = p.to();
    } else if (event instanceof TicketEvent.DetailsUpdated d) {
      t.subject = d.subject().getOrElse(t.subject);
      t.outcome = d.removedFields().contains(TicketFields.CHANGE_OUTCOME) ? Option.none()
          : d.fields().get(TicketFields.CHANGE_OUTCOME).orElse(t.outcome);
    } else if (event instanceof TicketEvent.StateChanged s) {
      stateChanged(t, key, s, at);
    }
    return COUNTED;
  }

  private void stateChanged(Live t, Tuple2<TenantId, TicketId> key, TicketEvent.StateChanged s, Instant at) {
    t.outcome = s.fields().get(TicketFields.CHANGE_OUTCOME).orElse(t.outcome);
    StateCategory to = s.toCategory();
    if (s.fromCategory() == StateCategory.NEW && to != StateCategory.NEW && !t.acknowledged) {
      acknowledge(t, at);
    }
    boolean done = to == StateCategory.RESOLVED || to == StateCategory.CLOSED;
    if (done && t.firstResolvedAt == null) {
      t.firstResolvedAt = at;
      t.resolvedSlice = slice(t, at);
      Cell c = cell(t.resolvedSlice);
      c.resolved++;
      c.reassignments += t.reassignments;
      c.firstContact += t.reassignments == 0 ? 1 : 0;
      long seconds = seconds(t.openedAt, at);
      c.ttr.recordValue(seconds);
      c.ttrSum += seconds;
      for (BusinessTime clock : config.businessTime()) {
        long business = Math.max(0, clock.between(t.openedAt, at).getSeconds());
        c.businessTtr.recordValue(business);
        c.businessTtrSum += business;
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
      live.remove(key);
    }
  }

  private void acknowledge(Live t, Instant at) {
    t.acknowledged = true;
    Cell c = cell(t, at);
    c.acknowledged++;
    long seconds = seconds(t.openedAt, at);
    c.tta.recordValue(seconds);
    c.ttaSum += seconds;
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
      for (Live t : live.values()) {
        if (isOpen(t.category) && t.openedAt.isBefore(periodEnd)) {
          Cell c = cell(new Slice(t.tenant, periodStart, t.kind, t.priority, t.subject.service(), t.subject.offering(),
              t.subject.customer(), t.group));
          c.backlog++;
          long age = seconds(t.openedAt, periodEnd);
          c.age.recordValue(age);
          c.ageSum += age;
        }
      }
      periodStart = config.unit().next(periodStart);
      periodEnd = end(periodStart);
    }
  }

  private Instant end(LocalDate start) {
    return config.unit().next(start).atStartOfDay(config.zone()).toInstant();
  }

  private Slice slice(Live t, Instant at) {
    return new Slice(t.tenant, config.unit().startOf(at.atZone(config.zone()).toLocalDate()), t.kind, t.priority,
        t.subject.service(), t.subject.offering(), t.subject.customer(), t.group);
  }

  private Cell cell(Live t, Instant at) {
    return cell(slice(t, at));
  }

  private Cell cell(Slice s) {
    return cells.computeIfAbsent(s, k -> new Cell());
  }

  /** How many tickets are held: open, on hold, or resolved and not closed. */
  public int tracked() {
    return live.size();
  }

  /** The figures so far: a snapshot, unaffected by later events. */
  public MetricsReport report() {
    Map<Slice, Figures> out = LinkedHashMap.empty();
    for (var e : cells.entrySet()) {
      out = out.put(e.getKey(), e.getValue().figures());
    }
    return new MetricsReport(Option.of(latest), out, ignored);
  }
}
