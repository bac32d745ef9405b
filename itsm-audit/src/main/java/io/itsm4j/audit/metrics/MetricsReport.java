package io.itsm4j.audit.metrics;

import io.itsm4j.audit.internal.Require;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.Function;

/**
 * The figures per slice at one moment, and their roll-ups. Immutable.
 *
 * @param asOf the latest event time folded in (or the time advanced to)
 * @param slices the figures per finest slice, in the order first counted
 * @param sketches the distributions per period, for the whole and per value of each dimension, in the order first
 *     recorded
 * @param ignored events of tickets whose opening was not in the stream (counted, nothing else)
 */
public record MetricsReport(Option<Instant> asOf, Map<Slice, Figures> slices, Map<Cut, Sketches> sketches,
    long ignored) {
  /** Checks the arguments. */
  public MetricsReport {
    Require.notNull(asOf, "asOf");
    Require.notNull(slices, "slices");
    Require.notNull(sketches, "sketches");
  }

  /** The distributions of one dimension, per period and value. */
  public Map<Cut, Sketches> sketches(Dimension dimension) {
    Require.notNull(dimension, "dimension");
    return sketches.filterKeys(c -> c.dimension() == dimension);
  }

  /** Every slice rolled up into one. */
  public Figures total() {
    return slices.values().foldLeft(Figures.NONE, Figures::plus);
  }

  /**
   * The figures rolled up by {@code key} (for example {@code s -> s.period()}, or {@code s -> Tuple.of(s.period(),
   * s.service())}); slices where {@code key} answers none are left out. The groups sum to the total of the slices
   * they hold.
   */
  public <K> Map<K, Figures> by(Function<Slice, Option<K>> key) {
    Require.notNull(key, "key");
    Map<K, Figures> out = LinkedHashMap.empty();
    for (var e : slices) {
      for (K k : key.apply(e._1)) {
        out = out.put(k, out.get(k).map(f -> f.plus(e._2)).getOrElse(e._2));
      }
    }
    return out;
  }
}
