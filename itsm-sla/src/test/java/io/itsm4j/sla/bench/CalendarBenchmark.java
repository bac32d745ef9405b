package io.itsm4j.sla.bench;

import io.itsm4j.sla.calendar.WeeklyCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
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
 * Deadline and elapsed on a realistic calendar (Berlin, two intervals a day, holidays, DST) for business goals of
 * one hour, one week (168 h) and one year (8760 h), against a naive day-by-day walk over the same calendar.
 *
 * <p>Run: {@code ./mvnw -pl itsm-sla -am verify -DskipTests -Dbench=itsm-sla -Dbench.include=CalendarBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CalendarBenchmark {
  private static final int N = 1024;

  @Param({"PT1H", "PT168H", "PT8760H"})
  public String goal;

  private WeeklyCalendar calendar;
  private NaiveCalendar naive;
  private Duration duration;
  private final Instant[] starts = new Instant[N];
  private final Instant[] ends = new Instant[N];
  private int i;

  @Setup
  public void setUp() {
    calendar = BenchCalendars.desk();
    naive = new NaiveCalendar(calendar);
    duration = Duration.parse(goal);
    Random random = new Random(42);
    long from = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
    long span = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond() - from;
    for (int k = 0; k < N; k++) {
      starts[k] = Instant.ofEpochSecond(from + (long) (random.nextDouble() * span));
      ends[k] = calendar.deadline(starts[k], duration);
      if (!naive.deadline(starts[k], duration.getSeconds()).equals(ends[k])
          || naive.elapsed(starts[k], ends[k]) != duration.getSeconds()) {
        throw new IllegalStateException("the naive walk disagrees at " + starts[k]);
      }
    }
  }

  private int next() {
    i = (i + 1) & (N - 1);
    return i;
  }

  @Benchmark
  public Instant deadline() {
    return calendar.deadline(starts[next()], duration);
  }

  @Benchmark
  public Duration elapsed() {
    int k = next();
    return calendar.elapsed(starts[k], ends[k]);
  }

  @Benchmark
  public Instant naiveDeadline() {
    return naive.deadline(starts[next()], duration.getSeconds());
  }

  @Benchmark
  public long naiveElapsed() {
    int k = next();
    return naive.elapsed(starts[k], ends[k]);
  }
}
