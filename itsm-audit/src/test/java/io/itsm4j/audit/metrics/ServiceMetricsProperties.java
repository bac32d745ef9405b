package io.itsm4j.audit.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.GroupId;
import io.itsm4j.core.change.ChangeOutcome;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.NoteVisibility;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;

/**
 * The streaming figures against a naive recomputation from each ticket's whole history; incremental against batch;
 * roll-ups against the total.
 */
class ServiceMetricsProperties {
  private static final BusinessTime HALF = (from, to) -> Duration.between(from, to).dividedBy(2);

  private static MetricsConfig config(int unit) {
    return new MetricsConfig(ZoneId.of("Europe/Berlin"), PeriodUnit.values()[unit], Duration.ofDays(3),
        Option.some(HALF));
  }

  @Property(tries = 100, shrinking = ShrinkingMode.OFF)
  void every_figure_equals_a_recomputation_from_the_whole_history(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 2) int unit) {
    MetricsConfig config = config(unit);
    List<List<TicketEvent>> histories = GeneratedHistories.histories(seed, 60);
    List<TicketEvent> stream = GeneratedHistories.stream(histories);
    ServiceMetrics metrics = ServiceMetrics.create(config);
    for (TicketEvent e : stream) {
      assertThat(metrics.accept(e).get()).isTrue();
    }
    MetricsReport report = metrics.report();
    Naive naive = new Naive(config, stream.get(stream.size() - 1).occurredAt(), stream);
    histories.forEach(naive::knownError);
    histories.forEach(naive::ticket);

    assertThat(report.slices().keySet().toJavaSet()).isEqualTo(naive.slices());
    for (var e : report.slices()) {
      Figures f = e._2;
      long[] c = naive.counts.get(e._1);
      assertThat(new long[] {f.opened(), f.acknowledged(), f.resolved(), f.firstContactResolved(), f.reopened(),
          f.reassignments(), f.backlog(), f.changesCompleted(), f.changesSuccessful(), f.changesFailed(),
          f.emergencyChanges(), f.knownErrors(), f.incidentsLinkedToProblems(), f.incidentsLinkedToKnownErrors(),
          f.incidentsCausedByChanges()}).as("counts of %s", e._1).isEqualTo(c);
      exact(f.failedChangeRecovery(), naive.values(naive.recovery, e._1));
      exact(f.timeToAcknowledge(), naive.values(naive.tta, e._1));
      exact(f.businessTimeToAcknowledge(), naive.values(naive.bta, e._1));
      exact(f.timeToResolve(), naive.values(naive.ttr, e._1));
      exact(f.businessTimeToResolve(), naive.values(naive.btr, e._1));
      exact(f.backlogAge(), naive.values(naive.age, e._1));
    }
    // Percentiles per cut: every value of the slices the cut holds.
    assertThat(report.sketches().keySet().toJavaSet()).isEqualTo(naive.cuts());
    for (var e : report.sketches()) {
      same(e._2.timeToAcknowledge(), naive.cutValues(naive.tta, e._1));
      same(e._2.businessTimeToAcknowledge(), naive.cutValues(naive.bta, e._1));
      same(e._2.timeToResolve(), naive.cutValues(naive.ttr, e._1));
      same(e._2.businessTimeToResolve(), naive.cutValues(naive.btr, e._1));
      same(e._2.backlogAge(), naive.cutValues(naive.age, e._1));
    }
    assertThat(metrics.tracked()).isEqualTo(naive.stillTracked);
  }

  private static void exact(Durations d, List<Long> values) {
    assertThat(d.count()).isEqualTo(values.size());
    assertThat(d.sumSeconds()).isEqualTo(values.stream().mapToLong(Long::longValue).sum());
    assertThat(d.minSeconds()).isEqualTo(values.stream().mapToLong(Long::longValue).min().orElse(0));
    assertThat(d.maxSeconds()).isEqualTo(values.stream().mapToLong(Long::longValue).max().orElse(0));
  }

  private static void same(Distribution d, List<Long> values) {
    assertThat(d.count()).isEqualTo(values.size());
    assertThat(d.sum()).isEqualTo(Duration.ofSeconds(values.stream().mapToLong(Long::longValue).sum()));
    if (values.isEmpty()) {
      assertThat(d.median()).isEmpty();
      return;
    }
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    for (double p : new double[] {50, 90, 99, 100}) {
      long exact = sorted.get((int) Math.ceil(p / 100 * sorted.size()) - 1);
      assertThat(Distribution.equivalent(d.percentile(p).get().getSeconds(), exact))
          .as("p%s: %s against %s", p, d.percentile(p).get().getSeconds(), exact).isTrue();
    }
    assertThat(d.mean()).contains(Duration.ofSeconds(values.stream().mapToLong(Long::longValue).sum() / values.size()));
  }

  @Property(tries = 40, shrinking = ShrinkingMode.OFF)
  void incremental_figures_equal_a_fresh_fold_of_the_same_events(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 2) int unit) {
    MetricsConfig config = config(unit);
    List<TicketEvent> stream = GeneratedHistories.stream(GeneratedHistories.histories(seed, 25));
    ServiceMetrics incremental = ServiceMetrics.create(config);
    java.util.Random cuts = new java.util.Random(seed);
    for (int i = 0; i < stream.size(); i++) {
      incremental.accept(stream.get(i));
      if (cuts.nextInt(8) == 0 || i == stream.size() - 1) {
        ServiceMetrics batch = ServiceMetrics.create(config);
        stream.subList(0, i + 1).forEach(batch::accept);
        assertThat(incremental.report()).isEqualTo(batch.report());
      }
    }
  }

  @Property(tries = 40, shrinking = ShrinkingMode.OFF)
  void every_cut_of_the_slices_sums_to_the_total(@ForAll long seed) {
    ServiceMetrics metrics = ServiceMetrics.create(config(1));
    GeneratedHistories.stream(GeneratedHistories.histories(seed, 40)).forEach(metrics::accept);
    MetricsReport report = metrics.report();
    Figures total = report.total();
    for (var cut : List.<java.util.function.Function<Slice, Option<Object>>>of(s -> Option.some(s.period()),
        s -> Option.some(s.kind()), s -> Option.some(s.priority()), s -> Option.some(s.service()),
        s -> Option.some(s.customer()), s -> Option.some(s.group()), s -> Option.some(s.tenant()),
        s -> Option.some(s.offering()))) {
      Figures sum = report.by(cut).values().foldLeft(Figures.NONE, Figures::plus);
      assertThat(sum).isEqualTo(total);
    }
    assertThat(report.by(s -> s.service().map(x -> x)).values().foldLeft(0L, (n, f) -> n + f.opened()))
        .isLessThanOrEqualTo(total.opened());
  }

  @net.jqwik.api.Example
  void the_generated_histories_exercise_every_figure() {
    // Over thirty streams, as the property draws them: each figure is counted somewhere, so the comparisons above
    // compare something.
    Figures total = Figures.NONE;
    Sketches all = Sketches.NONE;
    int slices = 0;
    for (long seed = 1; seed <= 30; seed++) {
      ServiceMetrics metrics = ServiceMetrics.create(config(1));
      GeneratedHistories.stream(GeneratedHistories.histories(seed, 60)).forEach(metrics::accept);
      total = total.plus(metrics.report().total());
      all = metrics.report().sketches(Dimension.ALL).values().foldLeft(all, Sketches::plus);
      slices += metrics.report().slices().size();
      assertThat(metrics.report().sketches(Dimension.SERVICE).keySet().map(Cut::value).toSet())
          .isSubsetOf("email", "vpn", Dimension.NONE);
    }
    assertThat(new long[] {total.opened(), total.acknowledged(), total.resolved(), total.firstContactResolved(),
        total.reopened(), total.reassignments(), total.backlog(), total.changesCompleted(), total.changesSuccessful(),
        total.changesFailed(), total.emergencyChanges(), total.knownErrors(), total.incidentsLinkedToProblems(),
        total.incidentsLinkedToKnownErrors(), total.incidentsCausedByChanges(),
        total.failedChangeRecovery().count()}).doesNotContain(0L);
    assertThat(total.firstContactResolved()).isLessThan(total.resolved());
    assertThat(total.businessTimeToResolve().count()).isEqualTo(total.resolved());
    assertThat(total.businessTimeToAcknowledge().count()).isEqualTo(total.acknowledged());
    assertThat(all.timeToResolve().count()).isEqualTo(total.resolved());
    assertThat(all.timeToResolve().p99().get()).isGreaterThan(all.timeToResolve().median().get());
    assertThat(slices).isGreaterThan(500);
  }

  /** The figures recomputed ticket by ticket from whole histories, definitions restated. */
  private static final class Naive {
    final MetricsConfig config;
    final Instant latest;
    final Map<Slice, long[]> counts = new HashMap<>();
    final Map<Slice, List<Long>> tta = new HashMap<>();
    final Map<Slice, List<Long>> bta = new HashMap<>();
    final Map<Slice, List<Long>> ttr = new HashMap<>();
    final Map<Slice, List<Long>> btr = new HashMap<>();
    final Map<Slice, List<Long>> age = new HashMap<>();
    final Map<Slice, List<Long>> recovery = new HashMap<>();
    /** Each event's place in the stream, and where each problem became a known error. */
    final java.util.IdentityHashMap<TicketEvent, Integer> position = new java.util.IdentityHashMap<>();
    final Map<String, Integer> knownErrorAt = new HashMap<>();
    int stillTracked;

    Naive(MetricsConfig config, Instant latest, List<TicketEvent> stream) {
      this.config = config;
      this.latest = latest;
      for (int i = 0; i < stream.size(); i++) {
        position.put(stream.get(i), i);
      }
    }

    /** Where a problem's root cause and workaround are both recorded, if they are. */
    void knownError(List<TicketEvent> h) {
      TicketEvent.Opened o = (TicketEvent.Opened) h.get(0);
      if (o.kind() != TicketKind.PROBLEM) {
        return;
      }
      boolean cause = false;
      boolean workaround = false;
      for (int i = 0; i < h.size(); i++) {
        TicketEvent e = h.get(i);
        io.vavr.collection.Map<String, String> fields = e instanceof TicketEvent.Opened x ? x.fields()
            : e instanceof TicketEvent.DetailsUpdated d ? d.fields()
            : e instanceof TicketEvent.StateChanged sc ? sc.fields() : io.vavr.collection.LinkedHashMap.empty();
        cause |= fields.containsKey(TicketFields.ROOT_CAUSE);
        workaround |= fields.containsKey(TicketFields.WORKAROUND);
        if (cause && workaround) {
          knownErrorAt.put(o.tenant().value() + "/" + o.ticketId().value(), position.get(e));
          c(slice(h, i + 1, period(e.occurredAt())))[11]++;
          return;
        }
      }
    }

    /** The values of every slice a cut holds. */
    List<Long> cutValues(Map<Slice, List<Long>> m, Cut cut) {
      List<Long> out = new ArrayList<>();
      m.forEach((slice, values) -> {
        if (slice.period().equals(cut.period()) && cut.dimension().valueOf(slice).equals(cut.value())) {
          out.addAll(values);
        }
      });
      return out;
    }

    java.util.Set<Cut> cuts() {
      java.util.Set<Cut> out = new java.util.HashSet<>();
      for (Map<Slice, List<Long>> m : List.of(tta, bta, ttr, btr, age)) {
        for (Slice slice : m.keySet()) {
          for (Dimension d : Dimension.values()) {
            out.add(new Cut(d, slice.period(), d.valueOf(slice)));
          }
        }
      }
      return out;
    }

    java.util.Set<Slice> slices() {
      java.util.Set<Slice> all = new java.util.HashSet<>(counts.keySet());
      all.addAll(tta.keySet());
      all.addAll(ttr.keySet());
      all.addAll(age.keySet());
      all.addAll(recovery.keySet());
      return all;
    }

    List<Long> values(Map<Slice, List<Long>> m, Slice s) {
      return m.getOrDefault(s, List.of());
    }

    private LocalDate period(Instant at) {
      return config.unit().startOf(at.atZone(config.zone()).toLocalDate());
    }

    /** The attributes after the first {@code n} events. */
    private record Attrs(Priority priority, TicketSubject subject, Option<GroupId> group, StateCategory category) {}

    private static Attrs attrs(List<TicketEvent> h, int n) {
      TicketEvent.Opened o = (TicketEvent.Opened) h.get(0);
      Priority p = o.priority();
      TicketSubject s = o.subject();
      Option<GroupId> g = Option.none();
      StateCategory c = o.category();
      for (int i = 1; i < n; i++) {
        TicketEvent e = h.get(i);
        if (e instanceof TicketEvent.PriorityChanged pc) {
          p = pc.to();
        } else if (e instanceof TicketEvent.DetailsUpdated d && d.subject().isDefined()) {
          s = d.subject().get();
        } else if (e instanceof TicketEvent.Assigned a) {
          g = a.group();
        } else if (e instanceof TicketEvent.StateChanged sc) {
          c = sc.toCategory();
        }
      }
      return new Attrs(p, s, g, c);
    }

    private Slice slice(List<TicketEvent> h, int upTo, LocalDate period) {
      TicketEvent.Opened o = (TicketEvent.Opened) h.get(0);
      Attrs a = attrs(h, upTo);
      return new Slice(o.tenant(), period, o.kind(), a.priority(), a.subject().service(), a.subject().offering(),
          a.subject().customer(), a.group());
    }

    private long[] c(Slice s) {
      return counts.computeIfAbsent(s, k -> new long[15]);
    }

    private static void add(Map<Slice, List<Long>> m, Slice s, long v) {
      m.computeIfAbsent(s, k -> new ArrayList<>()).add(v);
    }

    void ticket(List<TicketEvent> h) {
      TicketEvent.Opened o = (TicketEvent.Opened) h.get(0);
      Instant opened = o.occurredAt();
      c(slice(h, 1, period(opened)))[0]++;
      int ack = -1;
      int resolution = -1;
      int causedByChange = -1;
      boolean linkedToProblem = false;
      for (int i = 0; i < h.size(); i++) {
        TicketEvent e = h.get(i);
        if (o.kind() == TicketKind.INCIDENT && e instanceof TicketEvent.LinkAdded l) {
          if (l.link().type() == io.itsm4j.core.ticket.LinkType.CAUSED_BY_PROBLEM && !linkedToProblem) {
            linkedToProblem = true;
            long[] k = c(slice(h, i + 1, period(e.occurredAt())));
            k[12]++;
            Integer at = knownErrorAt.get(o.tenant().value() + "/" + l.link().target().value());
            k[13] += at != null && at < position.get(e) ? 1 : 0;
          } else if (l.link().type() == io.itsm4j.core.ticket.LinkType.CAUSED_BY_CHANGE && causedByChange < 0) {
            causedByChange = i;
            c(slice(h, i + 1, period(e.occurredAt())))[14]++;
          }
        }
        boolean acks = i == 0 ? o.category() != StateCategory.NEW
            : e instanceof TicketEvent.Assigned a && a.assignee().isDefined()
                || e instanceof TicketEvent.NoteAdded n && !n.byCaller() && n.visibility() == NoteVisibility.COMMENT
                || e instanceof TicketEvent.StateChanged s && s.fromCategory() == StateCategory.NEW
                    && s.toCategory() != StateCategory.NEW;
        if (acks && ack < 0) {
          ack = i;
          Slice s = slice(h, i + 1, period(e.occurredAt()));
          c(s)[1]++;
          add(tta, s, e.occurredAt().getEpochSecond() - opened.getEpochSecond());
          add(bta, s, HALF.between(opened, e.occurredAt()).getSeconds());
        }
        if (resolution < 0 && e instanceof TicketEvent.StateChanged s
            && (s.toCategory() == StateCategory.RESOLVED || s.toCategory() == StateCategory.CLOSED)) {
          resolution = i;
        }
      }
      if (resolution >= 0) {
        Instant at = h.get(resolution).occurredAt();
        Slice s = slice(h, resolution + 1, period(at));
        long moves = h.subList(0, resolution).stream()
            .filter(e -> e instanceof TicketEvent.Assigned a && a.reassignment()).count();
        long[] k = c(s);
        k[2]++;
        k[3] += moves == 0 ? 1 : 0;
        k[5] += moves;
        add(ttr, s, at.getEpochSecond() - opened.getEpochSecond());
        if (causedByChange >= 0 && causedByChange < resolution) {
          add(recovery, s, at.getEpochSecond() - opened.getEpochSecond());
        }
        add(btr, s, HALF.between(opened, at).getSeconds());
        for (TicketEvent e : h.subList(resolution + 1, h.size())) {
          if (e instanceof TicketEvent.StateChanged sc && (sc.fromCategory() == StateCategory.RESOLVED
              || sc.fromCategory() == StateCategory.CLOSED) && isOpen(sc.toCategory())) {
            if (!e.occurredAt().isAfter(at.plus(config.reopenWindow()))) {
              k[4]++;
            }
            break;
          }
        }
      }
      Option<String> outcome = o.fields().get(TicketFields.CHANGE_OUTCOME);
      for (int i = 1; i < h.size(); i++) {
        TicketEvent e = h.get(i);
        if (e instanceof TicketEvent.DetailsUpdated d) {
          outcome = d.removedFields().contains(TicketFields.CHANGE_OUTCOME) ? Option.none()
              : d.fields().get(TicketFields.CHANGE_OUTCOME).orElse(outcome);
        } else if (e instanceof TicketEvent.StateChanged s) {
          outcome = s.fields().get(TicketFields.CHANGE_OUTCOME).orElse(outcome);
          if (s.toCategory() == StateCategory.CLOSED && o.kind() == TicketKind.CHANGE) {
            Option<ChangeOutcome> known = outcome.flatMap(ChangeOutcome::fromValue);
            if (known.isDefined()) {
              long[] k = c(slice(h, i + 1, period(e.occurredAt())));
              k[7]++;
              k[8] += known.get().isSuccess() ? 1 : 0;
              k[9] += known.get().isSuccess() ? 0 : 1;
              k[10] += o.changeType().contains(ChangeType.EMERGENCY) ? 1 : 0;
            }
          }
        }
      }
      // The backlog at every period end from the stream's first period up to the latest event.
      StateCategory last = attrs(h, h.size()).category();
      if (last != StateCategory.CLOSED && last != StateCategory.CANCELLED) {
        stillTracked++;
      }
      LocalDate start = period(GeneratedHistories.BASE);
      // The stream begins at the earliest opening; periods before the ticket's opening hold nothing of it.
      for (LocalDate p = start; ; p = config.unit().next(p)) {
        Instant end = config.unit().next(p).atStartOfDay(config.zone()).toInstant();
        if (latest.isBefore(end)) {
          break;
        }
        if (!opened.isBefore(end)) {
          continue;
        }
        int before = 0;
        while (before < h.size() && h.get(before).occurredAt().isBefore(end)) {
          before++;
        }
        Attrs a = attrs(h, before);
        if (isOpen(a.category())) {
          Slice s = new Slice(o.tenant(), p, o.kind(), a.priority(), a.subject().service(), a.subject().offering(),
              a.subject().customer(), a.group());
          c(s)[6]++;
          add(age, s, end.getEpochSecond() - opened.getEpochSecond());
        }
      }
    }

    private static boolean isOpen(StateCategory c) {
      return c == StateCategory.NEW || c == StateCategory.ACTIVE || c == StateCategory.ON_HOLD;
    }
  }
}
