package io.itsm4j.core.memory;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.port.AppendResult;
import io.itsm4j.core.port.RecordedCommand;
import io.itsm4j.core.port.TicketStore;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link TicketStore} in memory; fulfils the whole port contract.
 *
 * <p>Reads take no lock: each ticket's history is a persistent vector published through a volatile field, so a
 * reader sees a whole append or none of it. Appends to one ticket are serialised on that ticket's own lock, so
 * appends to different tickets never wait for each other, and an append writes only its ticket's record (not a
 * map shared with other tickets, whose cache lines two cores would pass back and forth). Idempotency keys are
 * unique per tenant, across tickets: under its ticket's lock an append looks its key up, checks the version, and
 * then claims the key with an atomic put-if-absent, so of two appends under one key to different tickets exactly
 * one stores and the other is answered with it.
 */
public final class InMemoryTicketStore implements TicketStore {
  private final ConcurrentHashMap<TenantId, Partition> tenants = new ConcurrentHashMap<>();

  /** An empty store. */
  public InMemoryTicketStore() {}

  @Override
  public Seq<TicketEvent> load(TenantId tenant, TicketId ticketId) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(ticketId, "ticketId");
    Partition p = tenants.get(tenant);
    if (p == null) {
      return Vector.empty();
    }
    Log log = p.logs.get(ticketId);
    return log == null ? Vector.empty() : log.events;
  }

  @Override
  public AppendResult append(TenantId tenant, TicketId ticketId, long expectedVersion, CommandKey command,
      Seq<TicketEvent> events) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(ticketId, "ticketId");
    Checks.notNull(command, "command");
    Checks.notNull(events, "events");
    checkBatch(tenant, ticketId, expectedVersion, events);
    Partition p = tenants.computeIfAbsent(tenant, t -> new Partition());
    Log log = p.logs.get(ticketId);
    if (log == null) {
      if (expectedVersion != 0) {
        // Nothing to lock for a ticket that does not exist: the same answers as under its lock, in the same order.
        RecordedCommand earlier = p.commands.get(command.idempotencyKey());
        return earlier != null ? new AppendResult.DuplicateCommand(earlier) : new AppendResult.VersionConflict(0);
      }
      log = p.logs.computeIfAbsent(ticketId, id -> new Log());
    }
    synchronized (log) {
      RecordedCommand earlier = p.commands.get(command.idempotencyKey());
      if (earlier != null) {
        return new AppendResult.DuplicateCommand(earlier);
      }
      Vector<TicketEvent> history = log.events;
      if (history.size() != expectedVersion) {
        return new AppendResult.VersionConflict(history.size());
      }
      Vector<TicketEvent> batch = vector(events);
      RecordedCommand claimed = p.commands.putIfAbsent(command.idempotencyKey(),
          new RecordedCommand(ticketId, command.fingerprint(), batch));
      if (claimed != null) {
        // The same key was stored meanwhile for another ticket, under that ticket's lock.
        return new AppendResult.DuplicateCommand(claimed);
      }
      log.events = batch.size() == 1 ? history.append(batch.head()) : history.appendAll(batch);
      return new AppendResult.Appended(expectedVersion + events.size());
    }
  }

  /**
   * The batch as a vector, built from an array: Vavr's own conversion of a sequence goes through a generic
   * collector, a fifth of an append in a profile of the desk.
   */
  private static Vector<TicketEvent> vector(Seq<TicketEvent> events) {
    if (events instanceof Vector<TicketEvent> v) {
      return v;
    }
    TicketEvent[] all = new TicketEvent[events.size()];
    int i = 0;
    for (TicketEvent e : events) {
      all[i++] = e;
    }
    return Vector.of(all);
  }

  /**
   * Checks the batch a store is asked to append; shared by the project's adapters.
   *
   * @throws IllegalArgumentException if the batch is empty, misnumbered or for another ticket or tenant
   */
  public static void checkBatch(TenantId tenant, TicketId ticketId, long expectedVersion, Seq<TicketEvent> events) {
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expectedVersion must not be negative, got " + expectedVersion);
    }
    if (events.isEmpty()) {
      throw new IllegalArgumentException("events must not be empty");
    }
    long next = expectedVersion + 1;
    for (TicketEvent e : events) {
      if (!e.tenant().equals(tenant) || !e.ticketId().equals(ticketId)) {
        throw new IllegalArgumentException("event " + e.sequence() + " is for " + e.tenant() + "/" + e.ticketId()
            + ", not " + tenant + "/" + ticketId);
      }
      if (e.sequence() != next) {
        throw new IllegalArgumentException("event sequence " + e.sequence() + " where " + next + " was expected");
      }
      next++;
    }
  }

  @Override
  public Option<RecordedCommand> findCommand(TenantId tenant, String idempotencyKey) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(idempotencyKey, "idempotencyKey");
    Partition p = tenants.get(tenant);
    return p == null ? Option.none() : Option.of(p.commands.get(idempotencyKey));
  }

  @Override
  public Seq<TicketId> ticketIds(TenantId tenant) {
    Checks.notNull(tenant, "tenant");
    Partition p = tenants.get(tenant);
    if (p == null) {
      return Vector.empty();
    }
    // A log stays empty when the open that made it was refused (its key was another ticket's): no ticket.
    Vector<TicketId> ids = Vector.empty();
    for (java.util.Map.Entry<TicketId, Log> e : p.logs.entrySet()) {
      if (!e.getValue().events.isEmpty()) {
        ids = ids.append(e.getKey());
      }
    }
    return ids;
  }

  /** One ticket's history; its monitor serialises the ticket's appends. */
  private static final class Log {
    volatile Vector<TicketEvent> events = Vector.empty();
  }

  private static final class Partition {
    final ConcurrentHashMap<TicketId, Log> logs = new ConcurrentHashMap<>();
    final ConcurrentHashMap<String, RecordedCommand> commands = new ConcurrentHashMap<>();
  }
}
