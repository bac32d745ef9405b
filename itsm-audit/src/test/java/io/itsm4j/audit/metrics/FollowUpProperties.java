package io.itsm4j.audit.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.GroupId;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;

/**
 * Service level outcomes and satisfaction scores in the fold, against a naive recomputation: each counted in the
 * slice of its ticket as the ticket's history stands at that moment, while the ticket is open or closed no longer ago
 * than the follow-up window, and ignored otherwise; the ticket figures unchanged by them; the closed tickets
 * remembered exactly those still within the window.
 */
class FollowUpProperties {

  /** An input of the merged stream: a ticket event or a follow-up, and where it sorts among equal instants. */
  private record Input(Instant at, int rank, int order, Object value) {}

  @Property(tries = 200, shrinking = ShrinkingMode.OFF)
  void follow_ups_count_in_the_slice_of_their_ticket_at_that_moment(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 2) int unit, @ForAll boolean window) {
    // With a window, and without one (where only the instant of closure still counts).
    Duration followUpWindow = window ? Duration.ofDays(2) : Duration.ZERO;
    MetricsConfig config = new MetricsConfig(ZoneId.of("Europe/Berlin"), PeriodUnit.values()[unit],
        Duration.ofDays(3), Option.none()).withFollowUpWindow(followUpWindow);
    List<List<TicketEvent>> histories = GeneratedHistories.histories(seed, 40);
    List<TicketEvent> stream = GeneratedHistories.stream(histories);
    Random r = new Random(seed);
    List<Input> inputs = new ArrayList<>();
    for (int i = 0; i < stream.size(); i++) {
      inputs.add(new Input(stream.get(i).occurredAt(), 0, i, stream.get(i)));
    }
    List<FollowUp> followUps = new ArrayList<>();
    for (List<TicketEvent> h : histories) {
      Instant opened = h.get(0).occurredAt();
      Option<Instant> closedAt = closing(h).map(i -> h.get(i).occurredAt());
      Instant last = closedAt.getOrElse(h.get(h.size() - 1).occurredAt());
      long span = Duration.between(opened, last).plus(Duration.ofDays(4)).getSeconds() + 86_400;
      for (int k = r.nextInt(4); k > 0; k--) {
        Instant at = opened.minusSeconds(86_400).plusSeconds((long) (r.nextDouble() * span));
        if (closedAt.isDefined() && r.nextInt(5) == 0) {
          // The window's last instant counts; the next second does not.
          at = closedAt.get().plus(followUpWindow).plusSeconds(r.nextInt(2));
        }
        followUps.add(followUp(r, h.get(0).tenant(), h.get(0).ticketId(), at));
      }
    }
    for (int k = 0; k < 5; k++) {
      followUps.add(followUp(r, histories.get(0).get(0).tenant(), TicketId.of("UNKNOWN-" + k),
          GeneratedHistories.BASE.plusSeconds(r.nextInt(5 * 86_400))));
    }
    for (int i = 0; i < followUps.size(); i++) {
      inputs.add(new Input(followUps.get(i).at(), 1, i, followUps.get(i)));
    }
    // Time order; at one instant the ticket events first, so a follow-up sees them.
    inputs.sort(Comparator.comparing(Input::at).thenComparingInt(Input::rank).thenComparingInt(Input::order));

    ServiceMetrics metrics = ServiceMetrics.create(config);
    for (Input in : inputs) {
      Either result = in.value() instanceof TicketEvent e ? new Either(metrics.accept(e).isRight())
          : new Either(metrics.accept((FollowUp) in.value()).isRight());
      assertThat(result.right()).isTrue();
    }
    ServiceMetrics ticketsOnly = ServiceMetrics.create(config);
    stream.forEach(ticketsOnly::accept);
    Instant latest = inputs.get(inputs.size() - 1).at();
    ticketsOnly.advanceTo(latest);

    Map<Slice, long[]> expected = new HashMap<>();
    long ignored = 0;
    for (FollowUp f : followUps) {
      Option<Slice> slice = sliceAt(config, histories, f);
      if (slice.isEmpty()) {
        ignored++;
        continue;
      }
      long[] c = expected.computeIfAbsent(slice.get(), k -> new long[4]);
      if (f instanceof FollowUp.SlaOutcome o) {
        c[o.met() ? 0 : 1]++;
      } else if (f instanceof FollowUp.Satisfaction s) {
        c[2]++;
        c[3] += s.satisfied() ? 1 : 0;
      }
    }
    MetricsReport report = metrics.report();
    for (var e : report.slices()) {
      long[] c = expected.getOrDefault(e._1, new long[4]);
      assertThat(new long[] {e._2.slaMet(), e._2.slaBreached(), e._2.scored(), e._2.satisfied()})
          .as("follow-ups of %s", e._1).isEqualTo(c);
    }
    assertThat(report.slices().keySet().toJavaSet()).containsAll(expected.keySet());
    assertThat(report.ignored()).isEqualTo(ticketsOnly.report().ignored() + ignored);
    Figures total = report.total();
    assertThat(new Figures(total.opened(), total.acknowledged(), total.resolved(), total.firstContactResolved(),
        total.reopened(), total.reassignments(), total.backlog(), total.changesCompleted(), total.changesSuccessful(),
        total.changesFailed(), total.emergencyChanges(), total.knownErrors(), total.incidentsLinkedToProblems(),
        total.incidentsLinkedToKnownErrors(), total.incidentsCausedByChanges(), 0, 0, 0, 0,
        total.timeToAcknowledge(), total.businessTimeToAcknowledge(), total.timeToResolve(),
        total.businessTimeToResolve(), total.backlogAge(), total.failedChangeRecovery()))
        .isEqualTo(ticketsOnly.report().total());
    long remembered = histories.stream().filter(h -> closing(h).exists(i -> !h.get(i).occurredAt()
        .plus(followUpWindow).isBefore(latest))).count();
    assertThat(metrics.followed()).isEqualTo(remembered);
  }

  /** Whether a fold call was accepted; a record so the loop above reads as one assertion. */
  private record Either(boolean right) {}

  private static FollowUp followUp(Random r, io.itsm4j.core.TenantId tenant, TicketId ticket, Instant at) {
    return r.nextBoolean() ? new FollowUp.SlaOutcome(tenant, ticket, "resolution", at, r.nextBoolean())
        : new FollowUp.Satisfaction(tenant, ticket, 1 + r.nextInt(5), at);
  }

  /** The index of the event that closed or cancelled the ticket, if one did. */
  private static Option<Integer> closing(List<TicketEvent> h) {
    for (int i = 0; i < h.size(); i++) {
      if (h.get(i) instanceof TicketEvent.StateChanged s && (s.toCategory() == StateCategory.CLOSED
          || s.toCategory() == StateCategory.CANCELLED)) {
        return Option.some(i);
      }
    }
    return Option.none();
  }

  /** The slice a follow-up counts in, restated from the definition; none if it is ignored. */
  private static Option<Slice> sliceAt(MetricsConfig config, List<List<TicketEvent>> histories, FollowUp f) {
    for (List<TicketEvent> h : histories) {
      TicketEvent.Opened o = (TicketEvent.Opened) h.get(0);
      if (!o.tenant().equals(f.tenant()) || !o.ticketId().equals(f.ticket())) {
        continue;
      }
      int seen = 0;
      while (seen < h.size() && !h.get(seen).occurredAt().isAfter(f.at())) {
        seen++;
      }
      if (seen == 0) {
        return Option.none();
      }
      Option<Integer> closing = closing(h);
      if (closing.isDefined() && closing.get() < seen) {
        if (f.at().isAfter(h.get(closing.get()).occurredAt().plus(config.followUpWindow()))) {
          return Option.none();
        }
        seen = closing.get() + 1;
      }
      Priority p = o.priority();
      TicketSubject s = o.subject();
      Option<GroupId> g = Option.none();
      for (TicketEvent e : h.subList(1, seen)) {
        if (e instanceof TicketEvent.PriorityChanged pc) {
          p = pc.to();
        } else if (e instanceof TicketEvent.DetailsUpdated d && d.subject().isDefined()) {
          s = d.subject().get();
        } else if (e instanceof TicketEvent.Assigned a) {
          g = a.group();
        }
      }
      LocalDate period = config.unit().startOf(f.at().atZone(config.zone()).toLocalDate());
      return Option.some(new Slice(o.tenant(), period, o.kind(), p, s.service(), s.offering(), s.customer(), g));
    }
    return Option.none();
  }
}
