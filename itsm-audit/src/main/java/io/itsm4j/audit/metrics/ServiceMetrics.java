package io.itsm4j.audit.metrics;

import io.itsm4j.audit.internal.Require;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.OfferingId;
import io.itsm4j.core.catalogue.ServiceId;
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
 * yet closed or cancelled (and, for their {@link FollowUp}s, those closed within the follow-up window), for the
 * slices and cuts counted, and the ids of problems that became known errors (so an incident linked to one later
 * counts as matched), so years of history fit in a small heap. Feed it the events of many tickets in time order
 * ({@link #accept(TicketEvent)}), with the service level outcomes and satisfaction scores of those tickets among them
 * ({@link #accept(FollowUp)}), move time on without an input ({@link #advanceTo}) to close periods, and read a {@link
 * #report()} whenever wanted: after each input (incremental) it equals what a fresh fold of the same inputs would
 * report (batch).
 *
 * <p><b>Order</b>: inputs must come in non-decreasing time; an earlier one than the latest is refused (the figures
 * at period ends were already taken). Events of a ticket whose opening was not in the stream are counted as
 * ignored and change nothing; so are events after a ticket closed or was cancelled, and follow-ups of a ticket not
 * in the stream or closed longer ago than the follow-up window.
 *
 * <p><b>Threading</b>: single-writer; not thread-safe. The reports are immutable.
 */
public final class ServiceMetrics {
  private static final Either<Rejection, Boolean> COUNTED = Either.right(true);
  private static final Either<Rejection, Boolean> IGNORED = Either.right(false);

  private final MetricsConfig config;
  private final boolean noWindow;
  /** Tickets not yet closed, per tenant (the tenant's map is cached: streams are mostly of one tenant). */
  private final java.util.HashMap<TenantId, OpenTickets<Live>> live = new java.util.HashMap<>();
  private TenantId lastTenant;
  private OpenTickets<Live> lastTickets;
  private int tracked;
  /** Problems that became known errors, per tenant, by id: incidents linked to them later count as matched. */
  private final java.util.HashMap<TenantId, java.util.Set<String>> knownErrors = new java.util.HashMap<>();
  private final java.util.LinkedHashMap<Slice, Cell> cells = new java.util.LinkedHashMap<>();
  private final java.util.HashMap<Attributes, Profile> profiles = new java.util.HashMap<>();
  private final java.util.LinkedHashMap<Cut, Sketch> sketches = new java.util.LinkedHashMap<>();
  private static final Dimension[] DIMENSIONS = Dimension.values();
  /**
   * Tickets closed or cancelled within the follow-up window, per tenant, and in the order they closed (so the oldest
   * are forgotten first): scores and clock outcomes may still come for them.
   */
  private final java.util.HashMap<TenantId, OpenTickets<Closed>> closed = new java.util.HashMap<>();
  private final java.util.ArrayDeque<Closed> closedInOrder = new java.util.ArrayDeque<>();

  /**
   * A ticket closed within the follow-up window: only what a follow-up needs. Kept small on purpose: these live for
   * days of events, and such objects are what the garbage collector copies most.
   */
  private record Closed(TenantId tenant, String id, Profile profile, long untilSecond, int untilNano) {
    boolean endedBefore(Instant at) {
      long s = at.getEpochSecond();
      return untilSecond < s || untilSecond == s && untilNano < at.getNano();
    }
  }
  /**
   * Without a follow-up window, the tickets closed at the latest instant (follow-ups at that instant still count):
   * a handful, searched in order, and nothing kept once time moves on.
   */
  private final java.util.ArrayList<Live> closedNow = new java.util.ArrayList<>();
  private Instant closedNowAt;
  private Instant latest;
  private LocalDate periodStart;
  /** Counts the periods closed, so a profile's cached cell knows cheaply whether it is of the current one. */
  private long periodIndex;
  private Instant periodEnd;
  private long ignored;

  private ServiceMetrics(MetricsConfig config) {
    this.config = config;
    this.noWindow = config.followUpWindow().isZero();
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
    /** The opening's epoch second, held inline: durations are taken from it without a load of the instant. */
    final long openedSecond;
    /** The attributes the ticket is sliced by, as they are now. */
    Profile profile;
    StateCategory category;
    boolean acknowledged;
    Instant firstResolvedAt;
    Cell resolvedCell;
    boolean reopenCounted;
    int reassignments;
    Option<String> outcome = Option.none();
    boolean rootCause;
    boolean workaround;
    boolean knownError;
    boolean linkedToProblem;
    boolean causedByChange;

    Live(TicketEvent.Opened o, Profile profile) {
      tenant = o.tenant();
      kind = o.kind();
      id = o.ticketId().value();
      changeType = o.changeType();
      openedAt = o.occurredAt();
      openedSecond = openedAt.getEpochSecond();
      this.profile = profile;
      category = o.category();
    }
  }

  /** What a slice is made of but its period: the attributes a ticket is counted under. */
  private record Attributes(TenantId tenant, TicketKind kind, Priority priority, Option<ServiceId> service,
      Option<OfferingId> offering, Option<CustomerId> customer, Option<GroupId> group) {}

  /**
   * One combination of attributes, made once however many tickets share it. A ticket holds its profile, the profile
   * holds its cell in the current period, so the event that counts something finds where with two field reads; an
   * attribute that changes moves the ticket to a neighbouring profile remembered on this one, and only a combination
   * never seen costs a hashed lookup of seven attributes.
   */
  private static final class Profile {
    final Attributes attributes;
    private final Profile[] byPriority = new Profile[PRIORITIES.length];
    /** The profiles of the same attributes in another group, by group; a handful, so searched in order. */
    private Object[] byGroup = new Object[0];
    Slice slice;
    Cell cell;
    long period = -1;

    Profile(Attributes attributes) {
      this.attributes = attributes;
    }
  }

  private static final Priority[] PRIORITIES = Priority.values();

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
    long slaMet;
    long slaBreached;
    long scored;
    long satisfied;
    /** Count, sum, minimum and maximum of each kind of duration, four longs a kind, by the kind's index. */
    final long[] durations = new long[4 * KINDS];
    /** The sketch of each cut the slice belongs to, by dimension. */
    Sketch[] cuts;

    Figures figures() {
      return new Figures(opened, acknowledged, resolved, firstContact, reopened, reassignments, backlog,
          changesCompleted, changesSuccessful, changesFailed, emergency, knownErrors, linkedToProblems,
          linkedToKnownErrors, causedByChanges, slaMet, slaBreached, scored, satisfied, durations(TTA),
          durations(BUSINESS_TTA), durations(TTR), durations(BUSINESS_TTR), durations(AGE), durations(RECOVERY));
    }

    /** Adds one duration of a kind: exact, no allocation, as every acknowledgement and resolution does it. */
    void add(int kind, long seconds) {
      int at = 4 * kind;
      long[] d = durations;
      if (d[at] == 0) {
        d[at + 2] = seconds;
        d[at + 3] = seconds;
      } else {
        d[at + 2] = Math.min(d[at + 2], seconds);
        d[at + 3] = Math.max(d[at + 3], seconds);
      }
      d[at]++;
      d[at + 1] += seconds;
    }

    Durations durations(int kind) {
      int at = 4 * kind;
      return durations[at] == 0 ? Durations.NONE
          : new Durations(durations[at], durations[at + 1], durations[at + 2], durations[at + 3]);
    }
  }

  /**
   * The histograms of one cut, and their exact sums. A duration lands in eight cuts' histograms, each a dozen
   * kilobytes written at a random place: recorded one by one, nearly every write missed the cache. Values wait in a
   * short buffer per histogram and go in together, while its counts are in the cache; the buffers are bounded, so
   * memory still grows with cuts, not with events.
   */
  private static final class Sketch {
    private static final int BATCH = 64;
    final Histogram[] histograms = new Histogram[5];
    final long[] sums = new long[5];
    final long[][] pending = new long[5][];
    final int[] waiting = new int[5];

    void record(int which, long seconds) {
      long[] buffer = pending[which];
      if (buffer == null) {
        buffer = new long[BATCH];
        pending[which] = buffer;
      }
      int n = waiting[which];
      buffer[n++] = seconds;
      sums[which] += seconds;
      if (n == BATCH) {
        flush(which, n);
        n = 0;
      }
      waiting[which] = n;
    }

    private Histogram flush(int which, int n) {
      Histogram h = histograms[which];
      if (h == null) {
        h = Distribution.newHistogram();
        histograms[which] = h;
      }
      long[] buffer = pending[which];
      for (int i = 0; i < n; i++) {
        h.recordValue(buffer[i]);
      }
      return h;
    }

    Distribution distribution(int which) {
      if (waiting[which] > 0) {
        flush(which, waiting[which]);
        waiting[which] = 0;
      }
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
  /** Failed-change recovery: exact in the cell, no percentiles. */
  private static final int RECOVERY = 5;
  private static final int KINDS = 6;

  /** Records a duration of one kind for a slice: exactly in its cell, and in the sketch of each of its cuts. */
  private void duration(Slice slice, Cell cell, int which, long seconds) {
    cell.add(which, seconds);
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
    forgetClosedBefore(at);
    latest = at;
    OpenTickets<Live> tickets = tickets(event.tenant());
    // Keyed by the id's text: its hash is cached in the string, and a record's generated hashCode and equals cost
    // more on this, the fold's hottest line.
    String key = event.ticketId().value();
    if (event instanceof TicketEvent.Opened o) {
      if (tickets.get(key) != null) {
        ignored++;
        return IGNORED;
      }
      TicketSubject subject = o.subject();
      Live t = new Live(o, profile(new Attributes(o.tenant(), o.kind(), o.priority(), subject.service(),
          subject.offering(), subject.customer(), Option.none())));
      t.outcome = o.fields().get(TicketFields.CHANGE_OUTCOME);
      knownErrorFields(t, o.fields());
      tickets.add(t);
      tracked++;
      cell(t).opened++;
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
      if (!t.profile.attributes.group().equals(a.group())) {
        t.profile = withGroup(t.profile, a.group());
      }
      if (a.assignee().isDefined() && !t.acknowledged) {
        acknowledge(t, at);
      }
    } else if (event instanceof TicketEvent.NoteAdded n) {
      if (!n.byCaller() && n.visibility() == NoteVisibility.COMMENT && !t.acknowledged) {
        acknowledge(t, at);
      }
    } else if (event instanceof TicketEvent.PriorityChanged p) {
      if (t.profile.attributes.priority() != p.to()) {
        t.profile = withPriority(t.profile, p.to());
      }
    } else if (event instanceof TicketEvent.LinkAdded l) {
      linked(t, l);
    } else if (event instanceof TicketEvent.DetailsUpdated d) {
      if (d.subject().isDefined()) {
        TicketSubject subject = d.subject().get();
        Attributes now = t.profile.attributes;
        t.profile = profile(new Attributes(now.tenant(), now.kind(), now.priority(), subject.service(),
            subject.offering(), subject.customer(), now.group()));
      }
      t.outcome = d.removedFields().contains(TicketFields.CHANGE_OUTCOME) ? Option.none()
          : d.fields().get(TicketFields.CHANGE_OUTCOME).orElse(t.outcome);
      // Counted with the ticket as this event leaves it.
      knownErrorFields(t, d.fields());
    } else if (event instanceof TicketEvent.StateChanged s) {
      stateChanged(t, tickets, key, s, at);
    }
    return COUNTED;
  }

  /**
   * Folds in a follow-up of a ticket: counted in the ticket's slice as it is now, if the ticket is open, or closed
   * or cancelled no longer ago than the {@linkplain MetricsConfig#followUpWindow() follow-up window}.
   *
   * @return {@code true} if it counted, {@code false} if it was ignored (a ticket whose opening was not in the
   *     stream, or closed longer ago than the window); or {@link RejectionCode#INVALID_INPUT} naming {@code at} for a
   *     follow-up earlier than the latest input, changing nothing
   * @throws NullPointerException if {@code followUp} is null
   */
  public Either<Rejection, Boolean> accept(FollowUp followUp) {
    Require.notNull(followUp, "followUp");
    Instant at = followUp.at();
    if (latest != null && at.isBefore(latest)) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, io.vavr.collection.Vector.of(Violation.of(
          "at", Violation.INVALID, "a follow-up of " + followUp.ticket() + " at " + at + " comes after an input at "
              + latest + ": inputs must come in time order"))));
    }
    closePeriodsBefore(at);
    forgetClosedBefore(at);
    latest = at;
    String key = followUp.ticket().value();
    Live t = tickets(followUp.tenant()).get(key);
    Profile profile;
    if (t != null) {
      profile = t.profile;
    } else if (noWindow) {
      Live now = closedAtThisInstant(followUp.tenant(), key);
      if (now == null) {
        ignored++;
        return IGNORED;
      }
      profile = now.profile;
    } else {
      OpenTickets<Closed> done = closed.get(followUp.tenant());
      Closed c = done == null ? null : done.get(key);
      if (c == null) {
        ignored++;
        return IGNORED;
      }
      profile = c.profile();
    }
    Cell c = cell(profile);
    if (followUp instanceof FollowUp.SlaOutcome o) {
      c.slaMet += o.met() ? 1 : 0;
      c.slaBreached += o.met() ? 0 : 1;
    } else if (followUp instanceof FollowUp.Satisfaction score) {
      c.scored++;
      c.satisfied += score.satisfied() ? 1 : 0;
    }
    return COUNTED;
  }

  private Live closedAtThisInstant(TenantId tenant, String key) {
    // The latest ticket of the id wins, as in the table: searched from the end.
    for (int i = closedNow.size() - 1; i >= 0; i--) {
      Live t = closedNow.get(i);
      if (t.id.equals(key) && t.tenant.equals(tenant)) {
        return t;
      }
    }
    return null;
  }

  /** Forgets the tickets whose follow-up window ended before {@code at}. */
  private void forgetClosedBefore(Instant at) {
    if (noWindow) {
      if (!closedNow.isEmpty() && closedNowAt.isBefore(at)) {
        closedNow.clear();
      }
      return;
    }
    Closed oldest;
    while ((oldest = closedInOrder.peekFirst()) != null && oldest.endedBefore(at)) {
      closedInOrder.pollFirst();
      OpenTickets<Closed> done = closed.get(oldest.tenant());
      if (done.get(oldest.id()) == oldest) {
        done.remove(oldest.id());
      }
    }
  }

  /** How many closed or cancelled tickets are remembered for their follow-ups. */
  public int followed() {
    return noWindow ? closedNow.size() : closedInOrder.size();
  }

  private OpenTickets<Live> tickets(TenantId tenant) {
    if (!tenant.equals(lastTenant)) {
      lastTenant = tenant;
      lastTickets = live.computeIfAbsent(tenant, k -> new OpenTickets<>(ticket -> ticket.id));
    }
    return lastTickets;
  }

  /**
   * A problem becomes a known error when its root cause and workaround are both recorded (in any events, in any
   * order); it is remembered by id, so incidents linked to it afterwards count as matched to a known error.
   */
  private void knownErrorFields(Live t, io.vavr.collection.Map<String, String> fields) {
    if (t.kind != TicketKind.PROBLEM || t.knownError) {
      return;
    }
    t.rootCause |= fields.containsKey(TicketFields.ROOT_CAUSE);
    t.workaround |= fields.containsKey(TicketFields.WORKAROUND);
    if (t.rootCause && t.workaround) {
      t.knownError = true;
      knownErrors.computeIfAbsent(t.tenant, k -> new java.util.HashSet<>()).add(t.id);
      cell(t).knownErrors++;
    }
  }

  private void linked(Live t, TicketEvent.LinkAdded l) {
    if (t.kind != TicketKind.INCIDENT) {
      return;
    }
    if (l.link().type() == io.itsm4j.core.ticket.LinkType.CAUSED_BY_PROBLEM && !t.linkedToProblem) {
      t.linkedToProblem = true;
      Cell c = cell(t);
      c.linkedToProblems++;
      if (knownErrors.getOrDefault(t.tenant, java.util.Set.of()).contains(l.link().target().value())) {
        c.linkedToKnownErrors++;
      }
    } else if (l.link().type() == io.itsm4j.core.ticket.LinkType.CAUSED_BY_CHANGE && !t.causedByChange) {
      t.causedByChange = true;
      cell(t).causedByChanges++;
    }
  }

  private void stateChanged(Live t, OpenTickets<Live> tickets, String key,
      TicketEvent.StateChanged s, Instant at) {
    t.outcome = s.fields().get(TicketFields.CHANGE_OUTCOME).orElse(t.outcome);
    knownErrorFields(t, s.fields());
    StateCategory to = s.toCategory();
    if (s.fromCategory() == StateCategory.NEW && to != StateCategory.NEW && !t.acknowledged) {
      acknowledge(t, at);
    }
    boolean done = to == StateCategory.RESOLVED || to == StateCategory.CLOSED;
    if (done && t.firstResolvedAt == null) {
      t.firstResolvedAt = at;
      Cell c = cell(t);
      t.resolvedCell = c;
      Slice resolvedSlice = t.profile.slice;
      c.resolved++;
      c.reassignments += t.reassignments;
      c.firstContact += t.reassignments == 0 ? 1 : 0;
      duration(resolvedSlice, c, TTR, seconds(t.openedSecond, at));
      if (t.causedByChange) {
        c.add(RECOVERY, seconds(t.openedSecond, at));
      }
      for (BusinessTime clock : config.businessTime()) {
        duration(resolvedSlice, c, BUSINESS_TTR, Math.max(0, clock.between(t.openedAt, at).getSeconds()));
      }
    }
    boolean wasDone = s.fromCategory() == StateCategory.RESOLVED || s.fromCategory() == StateCategory.CLOSED;
    if (wasDone && isOpen(to) && t.firstResolvedAt != null && !t.reopenCounted
        && !at.isAfter(t.firstResolvedAt.plus(config.reopenWindow()))) {
      t.reopenCounted = true;
      t.resolvedCell.reopened++;
    }
    if (to == StateCategory.CLOSED && t.kind == TicketKind.CHANGE) {
      for (ChangeOutcome outcome : t.outcome.flatMap(ChangeOutcome::fromValue)) {
        Cell c = cell(t);
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
      if (noWindow) {
        closedNow.add(t);
        closedNowAt = at;
        return;
      }
      OpenTickets<Closed> remembered = closed.computeIfAbsent(t.tenant, k -> new OpenTickets<>(Closed::id));
      // An id opened again after it closed, and closed again, is remembered as its latest ticket.
      remembered.remove(key);
      Instant until = at.plus(config.followUpWindow());
      Closed c = new Closed(t.tenant, key, t.profile, until.getEpochSecond(), until.getNano());
      remembered.add(c);
      closedInOrder.addLast(c);
    }
  }

  private void acknowledge(Live t, Instant at) {
    t.acknowledged = true;
    Cell c = cell(t);
    Slice s = t.profile.slice;
    c.acknowledged++;
    duration(s, c, TTA, seconds(t.openedSecond, at));
    for (BusinessTime clock : config.businessTime()) {
      duration(s, c, BUSINESS_TTA, Math.max(0, clock.between(t.openedAt, at).getSeconds()));
    }
  }

  private static boolean isOpen(StateCategory c) {
    return c == StateCategory.NEW || c == StateCategory.ACTIVE || c == StateCategory.ON_HOLD;
  }

  private static long seconds(long from, Instant to) {
    return Math.max(0, to.getEpochSecond() - from);
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
    forgetClosedBefore(now);
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
      for (OpenTickets<Live> tenantTickets : live.values()) {
        tenantTickets.forEach(this::takeBacklog);
      }
      periodStart = config.unit().next(periodStart);
      periodEnd = end(periodStart);
      periodIndex++;
    }
  }

  /** Counts {@code t} in the backlog of the period ending now, if it is open and was opened before the end. */
  private void takeBacklog(Live t) {
    if (isOpen(t.category) && t.openedSecond < periodEnd.getEpochSecond()) {
      Cell c = cell(t);
      Slice s = t.profile.slice;
      c.backlog++;
      duration(s, c, AGE, seconds(t.openedSecond, periodEnd));
    }
  }

  private Instant end(LocalDate start) {
    return config.unit().next(start).atStartOfDay(config.zone()).toInstant();
  }

  /**
   * The cell of a ticket now. Events come in time order and the periods before the latest event are closed, so
   * every event falls in the current period: no zone arithmetic per event, and a profile keeps its cell until the
   * period changes.
   */
  private Cell cell(Live t) {
    return cell(t.profile);
  }

  private Cell cell(Profile p) {
    if (p.period != periodIndex) {
      Attributes a = p.attributes;
      p.period = periodIndex;
      p.slice = new Slice(a.tenant(), periodStart, a.kind(), a.priority(), a.service(), a.offering(), a.customer(),
          a.group());
      p.cell = cell(p.slice);
    }
    return p.cell;
  }

  private Profile profile(Attributes attributes) {
    return profiles.computeIfAbsent(attributes, Profile::new);
  }

  private Profile withPriority(Profile from, Priority priority) {
    Profile to = from.byPriority[priority.ordinal()];
    if (to == null) {
      Attributes a = from.attributes;
      to = profile(new Attributes(a.tenant(), a.kind(), priority, a.service(), a.offering(), a.customer(), a.group()));
      from.byPriority[priority.ordinal()] = to;
    }
    return to;
  }

  private Profile withGroup(Profile from, Option<GroupId> group) {
    Object[] known = from.byGroup;
    for (int i = 0; i < known.length; i += 2) {
      if (known[i].equals(group)) {
        return (Profile) known[i + 1];
      }
    }
    Attributes a = from.attributes;
    Profile to = profile(new Attributes(a.tenant(), a.kind(), a.priority(), a.service(), a.offering(), a.customer(),
        group));
    // Remembered up to a limit, so a ticket passed among hundreds of groups does not make one profile's list long.
    if (known.length < 32) {
      Object[] more = java.util.Arrays.copyOf(known, known.length + 2);
      more[known.length] = group;
      more[known.length + 1] = to;
      from.byGroup = more;
    }
    return to;
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
