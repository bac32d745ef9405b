package io.itsm4j.core.view;

import java.time.Instant;
import java.util.Comparator;

/**
 * How a queue is sorted. Every order ends with the ticket id, so two tickets never tie and a page boundary is
 * stable while tickets change.
 */
public enum QueueOrder {
  /** Most urgent first (P1 before P4), then the oldest opened first. */
  PRIORITY,
  /** The oldest opened first. */
  AGE,
  /** The most recently updated first. */
  LAST_UPDATE,
  /**
   * The soonest to breach first (a ticket without a running clock after all that have one), then the most urgent:
   * the agent's "what do I do next".
   */
  TIME_TO_BREACH;

  // Written out rather than chained from Comparator.comparing: an in-memory store compares keys some tens of times
  // per view it keeps and per page it seeks, and the chain calls a getter lambda per key and step.
  private final Comparator<PageKey> keys = (a, b) -> compare(this, a, b);
  private final Comparator<TicketView> views = (a, b) -> compare(this, PageKey.of(a), PageKey.of(b));

  private static int compare(QueueOrder order, PageKey a, PageKey b) {
    int c = switch (order) {
      case PRIORITY -> {
        int p = a.priority().compareTo(b.priority());
        yield p != 0 ? p : a.openedAt().compareTo(b.openedAt());
      }
      case AGE -> a.openedAt().compareTo(b.openedAt());
      case LAST_UPDATE -> b.updatedAt().compareTo(a.updatedAt());
      case TIME_TO_BREACH -> {
        int t = compareBreach(a.nextBreach().getOrNull(), b.nextBreach().getOrNull());
        yield t != 0 ? t : a.priority().compareTo(b.priority());
      }
    };
    return c != 0 ? c : a.id().value().compareTo(b.id().value());
  }

  /** No running clock sorts after every instant. */
  private static int compareBreach(Instant a, Instant b) {
    if (a == null) {
      return b == null ? 0 : 1;
    }
    return b == null ? -1 : a.compareTo(b);
  }

  /** The order of page keys, the ticket id last. */
  public Comparator<PageKey> keys() {
    return keys;
  }

  /** The order of views of one tenant, the ticket id last. */
  public Comparator<TicketView> comparator() {
    return views;
  }
}
