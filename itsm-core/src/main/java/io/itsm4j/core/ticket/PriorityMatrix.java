package io.itsm4j.core.ticket;

import io.itsm4j.core.internal.Checks;
import java.util.EnumMap;
import java.util.Map;

/**
 * Maps impact × urgency to a priority. Immutable and thread-safe.
 *
 * <p>The {@linkplain #standard() standard matrix} is the common ITIL one:
 * <pre>
 *              urgency HIGH  MEDIUM  LOW
 * impact HIGH          P1    P2      P3
 *        MEDIUM        P2    P3      P4
 *        LOW           P3    P4      P5
 * </pre>
 */
public final class PriorityMatrix {
  private static final PriorityMatrix STANDARD = new PriorityMatrix(new Priority[][] {
      {Priority.P1, Priority.P2, Priority.P3},
      {Priority.P2, Priority.P3, Priority.P4},
      {Priority.P3, Priority.P4, Priority.P5}});

  private final Priority[][] cells;

  private PriorityMatrix(Priority[][] cells) {
    this.cells = cells;
  }

  /** The standard ITIL matrix shown above. */
  public static PriorityMatrix standard() {
    return STANDARD;
  }

  /**
   * A matrix from a complete mapping.
   *
   * @param mapping for every impact, a priority for every urgency
   * @throws NullPointerException if an argument, a row or a cell is null, naming the cell
   * @throws IllegalArgumentException naming the first missing cell, if the mapping is not complete
   */
  public static PriorityMatrix of(Map<Impact, Map<Urgency, Priority>> mapping) {
    Checks.notNull(mapping, "mapping");
    Priority[][] cells = new Priority[Impact.values().length][Urgency.values().length];
    for (Impact i : Impact.values()) {
      Map<Urgency, Priority> row = mapping.get(i);
      for (Urgency u : Urgency.values()) {
        if (row == null && mapping.containsKey(i)) {
          throw new NullPointerException("mapping[" + i + "] must not be null");
        }
        if (row == null || !row.containsKey(u)) {
          throw new IllegalArgumentException("mapping has no priority for impact " + i + " and urgency " + u);
        }
        if (row.get(u) == null) {
          throw new NullPointerException("mapping[" + i + "][" + u + "] must not be null: the cell of impact " + i
              + " and urgency " + u);
        }
        cells[i.ordinal()][u.ordinal()] = row.get(u);
      }
    }
    return new PriorityMatrix(cells);
  }

  /** This matrix with one cell changed. */
  public PriorityMatrix with(Impact impact, Urgency urgency, Priority priority) {
    Priority[][] copy = new Priority[cells.length][];
    for (int i = 0; i < cells.length; i++) {
      copy[i] = cells[i].clone();
    }
    copy[Checks.notNull(impact, "impact").ordinal()][Checks.notNull(urgency, "urgency").ordinal()] =
        Checks.notNull(priority, "priority");
    return new PriorityMatrix(copy);
  }

  /** The priority for this impact and urgency. */
  public Priority priorityOf(Impact impact, Urgency urgency) {
    return cells[impact.ordinal()][urgency.ordinal()];
  }

  /** The matrix as a mapping, e.g. to show or store it. */
  public Map<Impact, Map<Urgency, Priority>> toMap() {
    Map<Impact, Map<Urgency, Priority>> out = new EnumMap<>(Impact.class);
    for (Impact i : Impact.values()) {
      Map<Urgency, Priority> row = new EnumMap<>(Urgency.class);
      for (Urgency u : Urgency.values()) {
        row.put(u, priorityOf(i, u));
      }
      out.put(i, row);
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PriorityMatrix m && java.util.Arrays.deepEquals(cells, m.cells);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.deepHashCode(cells);
  }

  @Override
  public String toString() {
    return "PriorityMatrix" + toMap();
  }
}
