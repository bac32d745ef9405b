package io.itsm4j.sla.monitor;

import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.sla.Compliance;
import io.itsm4j.sla.ComplianceFigures;
import io.itsm4j.sla.SlaDefinition;
import io.itsm4j.sla.SlaEngine;
import io.itsm4j.sla.SlaStatus;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Evaluates many tickets at once, in parallel on the common fork-join pool: for dashboards, reports and
 * compliance over a period.
 *
 * <p><b>Threading</b>: thread-safe; uses {@link java.util.stream.Stream#parallel()}. <b>Errors</b>: as {@link
 * SlaEngine}; the first malformed history fails the whole batch with its {@link IllegalArgumentException}.
 */
public final class SlaBatch {
  private SlaBatch() {}

  /**
   * The statuses of each ticket, in the order of {@code histories}.
   *
   * @throws NullPointerException if an argument or a history is null
   */
  public static List<Seq<SlaStatus>> statuses(Seq<SlaDefinition> definitions, List<? extends Seq<TicketEvent>> histories,
      Instant asOf) {
    Objects.requireNonNull(definitions, "definitions must not be null");
    Objects.requireNonNull(histories, "histories must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    return histories.parallelStream()
        .map(h -> SlaEngine.status(definitions, h, asOf))
        .collect(Collectors.toList());
  }

  /**
   * Hands the statuses of every ticket to {@code consumer} without keeping them: for exports and dashboards over
   * more tickets than fit in memory as statuses. The consumer is called from several threads at once, in no
   * particular order, and must be thread-safe.
   *
   * @throws NullPointerException if an argument or a history is null
   */
  public static void forEach(Seq<SlaDefinition> definitions, List<? extends Seq<TicketEvent>> histories, Instant asOf,
      Consumer<? super SlaStatus> consumer) {
    Objects.requireNonNull(definitions, "definitions must not be null");
    Objects.requireNonNull(histories, "histories must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    Objects.requireNonNull(consumer, "consumer must not be null");
    histories.parallelStream().forEach(h -> SlaEngine.status(definitions, h, asOf).forEach(consumer));
  }

  /**
   * Compliance of all tickets per key (see {@link Compliance} for keys and the denominator).
   *
   * @throws NullPointerException if an argument or a history is null
   */
  public static <K> Map<K, ComplianceFigures> compliance(Seq<SlaDefinition> definitions,
      List<? extends Seq<TicketEvent>> histories, Instant asOf, Function<SlaStatus, Option<K>> key) {
    Objects.requireNonNull(definitions, "definitions must not be null");
    Objects.requireNonNull(histories, "histories must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    Objects.requireNonNull(key, "key must not be null");
    // Each worker counts into its own map; the maps are merged once per split, not once per status.
    java.util.HashMap<K, long[]> counts = histories.parallelStream().collect(java.util.HashMap::new,
        (acc, h) -> {
          for (SlaStatus s : SlaEngine.status(definitions, h, asOf)) {
            ComplianceFigures f = ComplianceFigures.of(s);
            for (K k : key.apply(s)) {
              long[] c = acc.computeIfAbsent(k, x -> new long[4]);
              c[0] += f.met();
              c[1] += f.breached();
              c[2] += f.inProgress();
              c[3] += f.cancelled();
            }
          }
        },
        (a, b) -> b.forEach((k, c) -> a.merge(k, c, (x, y) -> {
          for (int i = 0; i < 4; i++) {
            x[i] += y[i];
          }
          return x;
        })));
    return io.vavr.collection.HashMap.ofAll(counts)
        .mapValues(c -> new ComplianceFigures(c[0], c[1], c[2], c[3]));
  }
}
