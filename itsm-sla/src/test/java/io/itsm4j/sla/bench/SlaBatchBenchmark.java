package io.itsm4j.sla.bench;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.ticket.EventHeader;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.NoteVisibility;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.workflow.StateCategory;
import io.itsm4j.sla.AgreementType;
import io.itsm4j.sla.Compliance;
import io.itsm4j.sla.SlaDefinition;
import io.itsm4j.sla.SlaId;
import io.itsm4j.sla.SlaStatus;
import io.itsm4j.sla.monitor.SlaBatch;
import io.vavr.collection.Array;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The status of 1,000,000 distinct tickets with three service level definitions each (resolution and first
 * response on the business calendar, an OLA on 24×7), evaluated in parallel by {@link SlaBatch}.
 *
 * <p>Run: {@code ./mvnw -pl itsm-sla -am verify -DskipTests -Dbench=itsm-sla -Dbench.include=SlaBatchBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SlaBatchBenchmark {
  static final int TICKETS = 1_000_000;

  private Seq<SlaDefinition> definitions;
  private java.util.List<Seq<TicketEvent>> histories;
  private Instant asOf;

  @Setup
  public void setUp() {
    var calendar = BenchCalendars.desk();
    HashMap<Priority, Duration> resolutionGoals = HashMap.of(Priority.P1, Duration.ofHours(4), Priority.P2,
        Duration.ofHours(8), Priority.P3, Duration.ofHours(24), Priority.P4, Duration.ofHours(40), Priority.P5,
        Duration.ofHours(80));
    definitions = List.of(
        SlaDefinition.resolution().id(SlaId.of("resolution")).goals(resolutionGoals).calendar(calendar).build(),
        SlaDefinition.firstResponse().id(SlaId.of("response")).calendar(calendar)
            .goals(resolutionGoals.mapValues(d -> d.dividedBy(8))).build(),
        SlaDefinition.resolution().id(SlaId.of("ola-network")).type(AgreementType.OLA).goals(resolutionGoals)
            .build());
    Random random = new Random(7);
    TenantId tenant = TenantId.of("acme");
    ActorId agent = ActorId.of("agent");
    long from = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
    histories = new ArrayList<>(TICKETS);
    TicketSubject[] subjects = new TicketSubject[50];
    for (int s = 0; s < subjects.length; s++) {
      subjects[s] = TicketSubject.none().withService(ServiceId.of("svc-" + s % 10))
          .withCustomer(CustomerId.of("cust-" + s));
    }
    for (int t = 0; t < TICKETS; t++) {
      TicketId id = TicketId.of("INC-" + t);
      Instant at = Instant.ofEpochSecond(from + random.nextInt(300 * 86400));
      Priority p = Priority.values()[random.nextInt(5)];
      ArrayList<TicketEvent> events = new ArrayList<>(8);
      events.add(new TicketEvent.Opened(new EventHeader(id, tenant, 1, at, agent, "c1"), TicketKind.INCIDENT,
          Option.none(), "wf", "title", "", Impact.MEDIUM, Urgency.MEDIUM, p, "new", StateCategory.NEW,
          HashMap.empty(), subjects[random.nextInt(subjects.length)], agent));
      at = at.plusSeconds(random.nextInt(3600));
      events.add(new TicketEvent.Assigned(new EventHeader(id, tenant, 2, at, agent, "c2"),
          Option.some(GroupId.of("group-" + random.nextInt(5))), Option.none(), false));
      at = at.plusSeconds(random.nextInt(7200));
      events.add(new TicketEvent.StateChanged(new EventHeader(id, tenant, 3, at, agent, "c3"), "start", "new",
          StateCategory.NEW, "in-progress", StateCategory.ACTIVE, HashMap.empty(), 1));
      if (random.nextBoolean()) {
        at = at.plusSeconds(random.nextInt(86400));
        events.add(new TicketEvent.StateChanged(new EventHeader(id, tenant, 4, at, agent, "c4"), "wait",
            "in-progress", StateCategory.ACTIVE, "waiting", StateCategory.ON_HOLD, HashMap.empty(), 1));
        at = at.plusSeconds(random.nextInt(3 * 86400));
        events.add(new TicketEvent.StateChanged(new EventHeader(id, tenant, 5, at, agent, "c5"), "resume",
            "waiting", StateCategory.ON_HOLD, "in-progress", StateCategory.ACTIVE, HashMap.empty(), 1));
      }
      if (random.nextInt(4) != 0) {
        at = at.plusSeconds(random.nextInt(2 * 86400));
        events.add(new TicketEvent.StateChanged(new EventHeader(id, tenant, events.size() + 1, at, agent, "c6"),
            "resolve", "in-progress", StateCategory.ACTIVE, "resolved", StateCategory.RESOLVED, HashMap.empty(),
            1));
      }
      histories.add(Array.ofAll(events));
    }
    asOf = Instant.parse("2025-11-01T00:00:00Z");
    if (HashSet.ofAll(SlaBatch.statuses(definitions, histories.subList(0, 1000), asOf)).isEmpty()) {
      throw new IllegalStateException("no statuses");
    }
  }

  /** All three million statuses kept in a list. */
  @Benchmark
  public java.util.List<Seq<SlaStatus>> statusOfAMillionTickets() {
    return SlaBatch.statuses(definitions, histories, asOf);
  }

  /** All three million statuses streamed to a consumer (here: summing elapsed time), none kept. */
  @Benchmark
  public long streamStatusesOfAMillionTickets() {
    LongAdder sum = new LongAdder();
    SlaBatch.forEach(definitions, histories, asOf, s -> sum.add(s.elapsed().getSeconds()));
    return sum.sum();
  }

  /** Compliance per service over all three million statuses. */
  @Benchmark
  public Object complianceOfAMillionTickets() {
    return SlaBatch.compliance(definitions, histories, asOf, Compliance.byService());
  }
}
