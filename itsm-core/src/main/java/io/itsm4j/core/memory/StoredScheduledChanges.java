package io.itsm4j.core.memory;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.change.PlannedChange;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.port.ScheduledChanges;
import io.itsm4j.core.port.TicketStore;
import io.itsm4j.core.ticket.ChangeWindow;
import io.itsm4j.core.ticket.TicketDecider;
import io.itsm4j.core.ticket.TicketKind;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;

/**
 * {@link ScheduledChanges} read from any {@link TicketStore} by replaying the tenant's tickets: the changes in a
 * schedule state (by default {@code scheduled} and {@code implement}, the states of the default change workflows)
 * with a planned window that overlaps the one asked about.
 *
 * <p>Reads the whole tenant on every call, which suits the in-memory store and small tenants; a host with many
 * tickets implements {@link ScheduledChanges} on an index of its own. Thread-safe if the store is.
 */
public final class StoredScheduledChanges implements ScheduledChanges {
  private final TicketStore store;
  private final Set<String> states;

  /** Scheduled changes of {@code store} in the states {@code scheduled} and {@code implement}. */
  public StoredScheduledChanges(TicketStore store) {
    this(store, HashSet.of("scheduled", "implement"));
  }

  /**
   * Scheduled changes of {@code store} in the given workflow states.
   *
   * @throws NullPointerException if an argument is null
   */
  public StoredScheduledChanges(TicketStore store, Set<String> states) {
    this.store = Checks.notNull(store, "store");
    this.states = Checks.notNull(states, "states");
  }

  @Override
  public Seq<PlannedChange> overlapping(TenantId tenant, ChangeWindow window) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(window, "window");
    return store.ticketIds(tenant)
        .flatMap(id -> TicketDecider.replay(store.load(tenant, id)))
        .filter(t -> t.kind() == TicketKind.CHANGE && !t.isTerminal() && states.contains(t.state()))
        .flatMap(PlannedChange::of)
        .filter(p -> p.window().overlaps(window));
  }

  /** The states counted as on the schedule. */
  public Set<String> states() {
    return states;
  }
}
