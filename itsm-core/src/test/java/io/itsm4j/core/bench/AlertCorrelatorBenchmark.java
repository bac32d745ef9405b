package io.itsm4j.core.bench;

import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.monitoring.AlertCorrelator;
import io.itsm4j.core.monitoring.AlertDecision;
import io.itsm4j.core.monitoring.AlertSeverity;
import io.itsm4j.core.monitoring.CorrelationPolicy;
import io.itsm4j.core.monitoring.MonitoringEvent;
import io.itsm4j.core.monitoring.ServiceImpact;
import io.itsm4j.core.monitoring.SuppressionWindows;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Events per second through one correlator holding {@value #ALERTS} open alerts on {@value #ITEMS} items of
 * {@value #SERVICES} services, on one thread (target: 1,000,000/s). The mix is a monitoring feed's steady state,
 * drawn at random: an alert drawn that is resolved fires again (raised and grouped); of the others, 2 % resolve,
 * 5 % fire with a severity drawn from all five, the rest fire again with the same one. Every event
 * is built, validated and folded in the measured operation, with a later time than the last, so none is skipped
 * as late or duplicate. Storm detection is on with a threshold above the mix's raise rate (a storm would put every
 * alert in one group and make grouping trivial).
 *
 * <p>Run: {@code ./mvnw -pl itsm-core -am verify -DskipTests -Dbench=itsm-core
 * -Dbench.include=AlertCorrelatorBenchmark -Dbench.args="-f 1 -wi 3 -i 5 -prof gc"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AlertCorrelatorBenchmark {
  static final int ALERTS = 100_000;
  static final int ITEMS = 10_000;
  static final int SERVICES = 100;
  private static final Instant T0 = Instant.parse("2026-12-07T00:00:00Z");
  private static final Map<String, String> LABELS = LinkedHashMap.of("job", "node", "env", "prod");
  private static final AlertSeverity[] SEVERITIES = AlertSeverity.values();

  private AlertCorrelator correlator;
  private String[] keys;
  private ConfigurationItemId[] items;
  private boolean[] resolved;
  private final SplittableRandom random = new SplittableRandom(42);
  // Delivery ids as an adapter would have them from a payload: made before, not formatted in the measurement.
  private final String[] deliveries = new String[1024];
  private long millis;

  /** A correlator with every alert raised and grouped. */
  @Setup(Level.Trial)
  public void fill() {
    ConfigurationItemId[] byItem = new ConfigurationItemId[ITEMS];
    java.util.Map<ConfigurationItemId, Seq<ServiceId>> services = new java.util.HashMap<>();
    for (int i = 0; i < ITEMS; i++) {
      byItem[i] = ConfigurationItemId.of("host-" + i);
      services.put(byItem[i], Vector.of(ServiceId.of("svc-" + (i % SERVICES))));
    }
    ServiceImpact impact = services::get;
    correlator = AlertCorrelator.create(CorrelationPolicy.defaults().withStorm(Duration.ofMinutes(5), 1_000_000),
        impact, SuppressionWindows.none());
    for (int i = 0; i < deliveries.length; i++) {
      deliveries[i] = "delivery-" + i;
    }
    keys = new String[ALERTS];
    items = new ConfigurationItemId[ALERTS];
    resolved = new boolean[ALERTS];
    for (int a = 0; a < ALERTS; a++) {
      keys[a] = "alert-" + a;
      items[a] = byItem[a % ITEMS];
      correlator.accept(event(a, MonitoringEvent.Status.FIRING, AlertSeverity.MAJOR)).get();
    }
  }

  private MonitoringEvent event(int a, MonitoringEvent.Status status, AlertSeverity severity) {
    millis++;
    return new MonitoringEvent(deliveries[(int) (millis & 1023)], "alertmanager", "NodeDown", items[a], severity,
        keys[a], status, T0.plusMillis(millis), LABELS, "node is down");
  }

  /** One event of the mix. */
  @Benchmark
  public Seq<AlertDecision> event() {
    int a = random.nextInt(ALERTS);
    int kind = random.nextInt(100);
    MonitoringEvent e;
    if (resolved[a]) {
      e = event(a, MonitoringEvent.Status.FIRING, AlertSeverity.MAJOR);
      resolved[a] = false;
    } else if (kind < 2) {
      e = event(a, MonitoringEvent.Status.RESOLVED, AlertSeverity.MAJOR);
      resolved[a] = true;
    } else {
      e = event(a, MonitoringEvent.Status.FIRING, kind < 7 ? SEVERITIES[kind % SEVERITIES.length]
          : AlertSeverity.MAJOR);
    }
    return correlator.accept(e).get();
  }
}
