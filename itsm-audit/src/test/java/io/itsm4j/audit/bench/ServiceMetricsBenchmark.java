package io.itsm4j.audit.bench;

import io.itsm4j.audit.metrics.Figures;
import io.itsm4j.audit.metrics.MetricsConfig;
import io.itsm4j.audit.metrics.PeriodUnit;
import io.itsm4j.audit.metrics.ServiceMetrics;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.EventHeader;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.NoteVisibility;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Every improvement metric over a long history on one thread in a small heap: a generator makes the events as the
 * fold takes them (nothing is held but the tickets still open), a realistic mix of incidents, requests and changes
 * (assignments, reassignments, comments, holds, resolutions, reopenings, closures, change outcomes) spread over
 * about two years, monthly periods in Berlin, every slice counted; the report at the end is part of the operation.
 * The generation is measured too: the fold alone costs less than the figure.
 *
 * <p>Run: {@code ./mvnw -pl itsm-audit -am verify -DskipTests -Dbench=itsm-audit
 * -Dbench.include=ServiceMetricsBenchmark -Dbench.args="-f 1 -wi 1 -i 3 -jvmArgs -Xmx512m"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class ServiceMetricsBenchmark {
  @Param({"10000000"})
  public int events;

  /**
   * How many days after closure a ticket's follow-ups still count (the fold remembers the tickets closed within it):
   * 0 by default; {@code -p followUpDays=30} measures what a month of remembered tickets costs.
   */
  @Param({"0"})
  public int followUpDays;

  private MetricsConfig config() {
    return new MetricsConfig(ZoneId.of("Europe/Berlin"), PeriodUnit.MONTH, Duration.ofDays(7), Option.none(),
        Duration.ofDays(followUpDays));
  }

  private static final TenantId TENANT = TenantId.of("acme");
  private static final ActorId AGENT = ActorId.of("agent");
  private static final GroupId[] GROUPS = {GroupId.of("desk"), GroupId.of("network"), GroupId.of("apps"),
      GroupId.of("workplace")};
  private static final TicketSubject[] SUBJECTS = subjects();
  private static final Map<String, String> NO_FIELDS = LinkedHashMap.empty();
  private static final Map<String, String> SUCCESS = LinkedHashMap.of(TicketFields.CHANGE_OUTCOME,
      TicketFields.OUTCOME_SUCCESSFUL);
  private static final Map<String, String> FAILED = LinkedHashMap.of(TicketFields.CHANGE_OUTCOME,
      TicketFields.OUTCOME_FAILED);

  private static TicketSubject[] subjects() {
    TicketSubject[] out = new TicketSubject[24];
    for (int i = 0; i < out.length; i++) {
      out[i] = TicketSubject.none().withService(ServiceId.of("service-" + i % 12))
          .withCustomer(CustomerId.of("customer-" + i % 4));
    }
    return out;
  }

  /** One ticket being generated: its id, kind and where its history has got to. */
  private static final class Slot {
    TicketId id;
    TicketKind kind;
    long seq;
    int step;
    int group;
  }

  /** The fold of {@link #events} generated events and its report. */
  @Benchmark
  public Figures allMetrics() {
    ServiceMetrics metrics = ServiceMetrics.create(config());
    generate(metrics::accept);
    return metrics.report().total();
  }

  /** The first million events of the same mix, made once and kept, for {@link #incrementalUpdate}. */
  @State(Scope.Benchmark)
  public static class Kept {
    TicketEvent[] events;

    @Setup
    public void make() {
      ServiceMetricsBenchmark source = new ServiceMetricsBenchmark();
      source.events = KEPT;
      java.util.ArrayList<TicketEvent> out = new java.util.ArrayList<>(KEPT);
      source.generate(out::add);
      events = out.toArray(TicketEvent[]::new);
    }
  }

  private static final int KEPT = 1_000_000;

  /**
   * The fold alone, per event: a million events made beforehand folded into a fresh fold, the time divided by the
   * events. An incremental update is one call of {@link ServiceMetrics#accept}; this is its mean cost in a stream.
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @OperationsPerInvocation(KEPT)
  public ServiceMetrics incrementalUpdate(Kept kept) {
    ServiceMetrics metrics = ServiceMetrics.create(config());
    for (TicketEvent e : kept.events) {
      metrics.accept(e);
    }
    return metrics;
  }

  /** The same events generated and consumed, nothing folded: what {@link #allMetrics} spends on making them. */
  @Benchmark
  public void generationOnly(org.openjdk.jmh.infra.Blackhole hole) {
    generate(hole::consume);
  }

  private void generate(java.util.function.Consumer<TicketEvent> metrics) {
    SplittableRandom random = new SplittableRandom(42);
    Slot[] slots = new Slot[4_000];
    long tickets = 0;
    Instant now = Instant.parse("2025-01-01T00:00:00Z");
    for (int n = 0; n < events; n++) {
      now = now.plusSeconds(1 + random.nextInt(12));
      int i = random.nextInt(slots.length);
      Slot s = slots[i];
      if (s == null || s.step < 0) {
        s = s == null ? new Slot() : s;
        slots[i] = s;
        s.id = TicketId.of("T-" + (++tickets));
        int k = random.nextInt(10);
        s.kind = k < 6 ? TicketKind.INCIDENT : k < 9 ? TicketKind.SERVICE_REQUEST : TicketKind.CHANGE;
        s.seq = 0;
        s.step = 0;
        s.group = random.nextInt(GROUPS.length);
        metrics.accept(new TicketEvent.Opened(header(s, now), s.kind,
            s.kind == TicketKind.CHANGE ? Option.some(k == 9 && random.nextInt(10) == 0 ? ChangeType.EMERGENCY
                : ChangeType.NORMAL) : Option.none(), "wf", "t", "", Impact.MEDIUM, Urgency.MEDIUM,
            Priority.values()[random.nextInt(4)], "new", StateCategory.NEW, NO_FIELDS,
            SUBJECTS[random.nextInt(SUBJECTS.length)], AGENT));
        continue;
      }
      metrics.accept(next(s, now, random));
    }
  }

  private static TicketEvent next(Slot s, Instant now, SplittableRandom random) {
    int step = s.step++;
    switch (step) {
      case 0:
        return new TicketEvent.Assigned(header(s, now), Option.some(GROUPS[s.group]), Option.some(AGENT), false);
      case 1:
        return new TicketEvent.StateChanged(header(s, now), "start", "new", StateCategory.NEW, "active",
            StateCategory.ACTIVE, NO_FIELDS, 1);
      case 2:
        if (random.nextInt(5) == 0) {
          s.group = (s.group + 1) % GROUPS.length;
          return new TicketEvent.Assigned(header(s, now), Option.some(GROUPS[s.group]), Option.none(), true);
        }
        return new TicketEvent.NoteAdded(header(s, now), NoteVisibility.COMMENT, "working on it", false);
      case 3:
        return random.nextInt(4) == 0
            ? new TicketEvent.StateChanged(header(s, now), "hold", "active", StateCategory.ACTIVE, "on-hold",
                StateCategory.ON_HOLD, NO_FIELDS, 1)
            : new TicketEvent.NoteAdded(header(s, now), NoteVisibility.WORK_NOTE, "checked", false);
      case 4:
        return new TicketEvent.StateChanged(header(s, now), "resolve", "active", StateCategory.ACTIVE, "resolved",
            StateCategory.RESOLVED, NO_FIELDS, 1);
      case 5:
        if (random.nextInt(12) == 0) {
          s.step = 3;
          return new TicketEvent.StateChanged(header(s, now), "reopen", "resolved", StateCategory.RESOLVED, "active",
              StateCategory.ACTIVE, NO_FIELDS, 2);
        }
        s.step = -1;
        return new TicketEvent.StateChanged(header(s, now), "close", "resolved", StateCategory.RESOLVED, "closed",
            StateCategory.CLOSED, s.kind == TicketKind.CHANGE ? (random.nextInt(8) == 0 ? FAILED : SUCCESS)
                : NO_FIELDS, 1);
      default:
        throw new IllegalStateException("step " + step);
    }
  }

  private static EventHeader header(Slot s, Instant at) {
    return new EventHeader(s.id, TENANT, ++s.seq, at, AGENT, "c");
  }
}
