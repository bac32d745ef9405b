package io.itsm4j.core.view;

import java.util.Comparator;

/**
 * How a queue is sorted. Every order ends with the ticket id, so two tickets never tie and a page boundary is
 * stable while tickets change.
 */
public enum QueueOrder {
  /** Most urgent first (P1 before P4), then the oldest opened first. */
  PRIORITY(Comparator.comparing(PageKey::priority).thenComparing(PageKey::openedAt)),
  /** The oldest opened first. */
  AGE(Comparator.comparing(PageKey::openedAt)),
  /** The most recently updated first. */
  LAST_UPDATE(Comparator.comparing(PageKey::updatedAt).reversed()),
  /**
   * The soonest to breach first (a ticket without a running clock after all that have one), then the most urgent:
   * the agent's "what do I do next".
   */
  TIME_TO_BREACH(Comparator.comparing((PageKey k) -> k.nextBreach().getOrNull(),
      Comparator.nullsLast(Comparator.<java.time.Instant>naturalOrder())).thenComparing(PageKey::priority));

  private final Comparator<PageKey> keys;
  private final Comparator<TicketView> views;

  QueueOrder(Comparator<PageKey> keys) {
    this.keys = keys.thenComparing(k -> k.id().value());
    this.views = Comparator.comparing(PageKey::of, this.keys);
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
