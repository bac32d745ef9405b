package io.itsm4j.sla.bench;

import io.itsm4j.sla.availability.Availability;
import io.itsm4j.sla.availability.AvailabilityReport;
import io.itsm4j.sla.availability.AvailabilityTarget;
import io.itsm4j.sla.availability.Outage;
import io.itsm4j.sla.calendar.BusinessCalendar;
import io.itsm4j.sla.calendar.DailyHours;
import io.itsm4j.sla.calendar.DayRule;
import io.vavr.collection.Vector;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Availability of one service over a year of outages (target: at most 100 µs): service hours 08:00-18:00 on
 * weekdays in Berlin with public holidays, {@code outages} outages a year at random (one in ten planned, up to
 * four hours long, some overlapping), planned downtime excluded.
 *
 * <p>Run: {@code ./mvnw -pl itsm-sla -am verify -DskipTests -Dbench=itsm-sla -Dbench.include=AvailabilityBenchmark
 * -Dbench.args="-f 1 -wi 3 -i 5 -prof gc"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AvailabilityBenchmark {
  private static final Instant YEAR = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant NEXT = Instant.parse("2027-01-01T00:00:00Z");

  /** Outages in the year. */
  @Param({"50", "500"})
  public int outages;

  private AvailabilityTarget target;
  private Vector<Outage> year;

  /** The calendar and the outages. */
  @Setup
  public void setUp() {
    BusinessCalendar hours = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
        .weekdays(DailyHours.of("08:00", "18:00"))
        .holiday(DayRule.every(MonthDay.of(1, 1))).holiday(DayRule.every(MonthDay.of(5, 1)))
        .holiday(DayRule.every(MonthDay.of(10, 3))).holiday(DayRule.every(MonthDay.of(12, 25)))
        .holiday(DayRule.every(MonthDay.of(12, 26))).build();
    target = AvailabilityTarget.of(99.5, hours);
    SplittableRandom random = new SplittableRandom(7);
    Vector<Outage> all = Vector.empty();
    long span = NEXT.getEpochSecond() - YEAR.getEpochSecond();
    for (int i = 0; i < outages; i++) {
      Instant start = YEAR.plusSeconds(random.nextLong(span));
      Instant end = start.plusSeconds(random.nextLong(4 * 3600));
      all = all.append(new Outage("o" + i, start, end, random.nextInt(10) == 0));
    }
    year = all;
    // Warm the calendar's year tables as a running host would have them.
    Availability.measure(target, year, YEAR, NEXT).get();
  }

  /** The year's report. */
  @Benchmark
  public AvailabilityReport year() {
    return Availability.measure(target, year, YEAR, NEXT).get();
  }
}
