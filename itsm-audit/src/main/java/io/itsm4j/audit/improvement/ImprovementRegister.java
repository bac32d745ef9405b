package io.itsm4j.audit.improvement;

import io.itsm4j.audit.internal.Require;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;

/**
 * What the register holds, summarised for the management review (9.3) and as evidence of continual improvement
 * (10.2). Immutable.
 *
 * @param byStatus how many entries stand in each status
 * @param bySource how many came from each kind of source
 * @param open the open entries, highest priority first, then oldest
 * @param measured the entries measured or closed after measuring, with whether they reached their goal
 * @param linkedToCorrectiveActions how many are linked to a corrective action
 */
public record ImprovementRegister(TreeMap<Improvement.Status, Long> byStatus, TreeMap<Source.Kind, Long> bySource,
    Seq<Improvement> open, Seq<Improvement> measured, long linkedToCorrectiveActions) {
  /** Checks that no argument is null. */
  public ImprovementRegister {
    Require.notNull(byStatus, "byStatus");
    Require.notNull(bySource, "bySource");
    Require.notNull(open, "open");
    Require.notNull(measured, "measured");
  }

  /**
   * The summary of {@code entries}.
   *
   * @throws NullPointerException if {@code entries} or an entry is null
   */
  public static ImprovementRegister of(Seq<Improvement> entries) {
    Require.notNull(entries, "entries");
    TreeMap<Improvement.Status, Long> byStatus = TreeMap.empty();
    TreeMap<Source.Kind, Long> bySource = TreeMap.empty();
    long linked = 0;
    for (Improvement i : entries) {
      Require.notNull(i, "entry");
      byStatus = byStatus.put(i.status(), byStatus.get(i.status()).getOrElse(0L) + 1);
      bySource = bySource.put(i.source().kind(), bySource.get(i.source().kind()).getOrElse(0L) + 1);
      linked += i.correctiveAction().isDefined() ? 1 : 0;
    }
    Seq<Improvement> open = entries.filter(i -> i.status().isOpen())
        .sorted(java.util.Comparator.comparingInt(Improvement::priority).thenComparing(Improvement::identifiedAt)
            .thenComparing(Improvement::id));
    Seq<Improvement> measured = entries.filter(i -> i.result().isDefined()).sortBy(Improvement::id);
    return new ImprovementRegister(byStatus, bySource, open, measured, linked);
  }

  /** Of the measured entries, how many reached their goal. */
  public long goalsReached() {
    return measured.count(i -> i.goalReached().contains(true));
  }
}
