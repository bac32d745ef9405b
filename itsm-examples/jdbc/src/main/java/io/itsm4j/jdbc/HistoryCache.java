package io.itsm4j.jdbc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.sql.SQLException;

/**
 * The decoded histories a {@link JdbcTicketStore} read or wrote last, so that a command reads and decodes only the
 * events it has not seen rather than the whole history.
 *
 * <p>Safe without invalidation, also with other processes writing to the same database: a history is append-only,
 * so a cached history is always a true prefix of the stored one, and a load still asks the database for what
 * follows it (one indexed range read, usually empty). The cache saves the reading and decoding of the prefix, not
 * the round trip; it never answers from memory alone.
 *
 * <p>Bounded by the number of events held; the least recently used histories go first. Thread-safe.
 */
final class HistoryCache {
  /** Reads the events after a sequence number, in order. */
  @FunctionalInterface
  interface Tail {
    Seq<TicketEvent> after(long sequence) throws SQLException;
  }

  private record Key(TenantId tenant, TicketId ticket) {}

  private final Cache<Key, Vector<TicketEvent>> cache;

  /** A cache of at most {@code maxEvents} events; 0 holds nothing. */
  HistoryCache(long maxEvents) {
    if (maxEvents < 0) {
      throw new IllegalArgumentException("maxEvents must not be negative: " + maxEvents);
    }
    this.cache = Caffeine.newBuilder()
        .maximumWeight(maxEvents)
        .<Key, Vector<TicketEvent>>weigher((k, v) -> Math.max(1, v.size()))
        .build();
  }

  /** The history: the cached prefix and what the database holds after it. */
  Seq<TicketEvent> load(TenantId tenant, TicketId ticket, Tail tail) throws SQLException {
    Key key = new Key(tenant, ticket);
    Vector<TicketEvent> known = cache.getIfPresent(key);
    long after = known == null ? 0 : known.size();
    Seq<TicketEvent> more = tail.after(after);
    if (more.isEmpty()) {
      // An empty history is not kept: a ticket that does not exist is looked up whole every time, so the cache
      // never fills with ids that were only asked about.
      return known == null ? Vector.empty() : known;
    }
    Vector<TicketEvent> history = known == null ? more.toVector() : known.appendAll(more);
    offer(key, history);
    return history;
  }

  /** The history held for the ticket, if any: a prefix of the stored one, never empty. */
  Option<Seq<TicketEvent>> peek(TenantId tenant, TicketId ticket) {
    return Option.<Seq<TicketEvent>>of(cache.getIfPresent(new Key(tenant, ticket))).filter(h -> !h.isEmpty());
  }

  /** Records an append of {@code events} on a history that was at {@code version}, if that history is cached. */
  void appended(TenantId tenant, TicketId ticket, long version, Seq<TicketEvent> events) {
    Key key = new Key(tenant, ticket);
    Vector<TicketEvent> known = cache.getIfPresent(key);
    if (known != null && known.size() == version) {
      offer(key, known.appendAll(events));
    } else if (known == null && version == 0) {
      offer(key, events.toVector());
    }
  }

  /** Keeps the longer of two readings: a slower thread must not put back a shorter prefix. */
  private void offer(Key key, Vector<TicketEvent> history) {
    cache.asMap().merge(key, history, (old, now) -> now.size() > old.size() ? now : old);
  }
}
