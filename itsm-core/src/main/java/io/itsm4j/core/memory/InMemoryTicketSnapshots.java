package io.itsm4j.core.memory;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.port.TicketSnapshots;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link TicketSnapshots} in memory, bounded: the tickets used least recently are forgotten first. The service desk's
 * default, with {@value #DEFAULT_TICKETS} tickets (a ticket holds some kilobytes, so tens of megabytes at most).
 *
 * <p>Thread-safe: the tickets are spread over {@value #STRIPES} independently locked least-recently-used maps, so
 * threads working on different tickets rarely wait for each other; each map holds an equal share of the bound.
 */
public final class InMemoryTicketSnapshots implements TicketSnapshots {
  /** How many tickets the default holds. */
  public static final int DEFAULT_TICKETS = 10_000;
  private static final int STRIPES = 16;

  private record Key(TenantId tenant, TicketId id) {}

  private final Stripe[] stripes = new Stripe[STRIPES];

  /** A least-recently-used map of one share of the tickets. */
  private static final class Stripe extends LinkedHashMap<Key, Ticket> {
    private static final long serialVersionUID = 1L;
    private final long max;
    // Every read of an access-ordered map writes its header and links, and the stripes are allocated one after
    // another: without room between them, two cores using two neighbouring stripes pass one cache line back and
    // forth. The padding keeps each stripe's written fields apart from the next one's.
    @SuppressWarnings("unused")
    private long p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15;

    Stripe(long max) {
      super(16, 0.75f, true);
      this.max = max;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, Ticket> eldest) {
      return size() > max;
    }
  }

  /** A cache of {@value #DEFAULT_TICKETS} tickets. */
  public InMemoryTicketSnapshots() {
    this(DEFAULT_TICKETS);
  }

  /**
   * A cache of at most {@code maxTickets} tickets (0 holds none).
   *
   * @throws IllegalArgumentException if {@code maxTickets} is negative
   */
  public InMemoryTicketSnapshots(long maxTickets) {
    if (maxTickets < 0) {
      throw new IllegalArgumentException("maxTickets must not be negative, got " + maxTickets);
    }
    long share = maxTickets / STRIPES;
    for (int i = 0; i < STRIPES; i++) {
      // The remainder goes to the first stripes, so the shares add up to the bound exactly.
      stripes[i] = new Stripe(share + (i < maxTickets % STRIPES ? 1 : 0));
    }
  }

  private Stripe stripe(Key key) {
    return stripes[Math.floorMod(key.hashCode(), STRIPES)];
  }

  @Override
  public Option<Ticket> get(TenantId tenant, TicketId ticketId) {
    Key key = new Key(Checks.notNull(tenant, "tenant"), Checks.notNull(ticketId, "ticketId"));
    Stripe s = stripe(key);
    synchronized (s) {
      return Option.of(s.get(key));
    }
  }

  @Override
  public void offer(Ticket ticket) {
    Checks.notNull(ticket, "ticket");
    Key key = new Key(ticket.tenant(), ticket.id());
    Stripe s = stripe(key);
    synchronized (s) {
      // A stripe with no share drops what it is given at once (removeEldestEntry).
      s.merge(key, ticket, (held, offered) -> offered.version() > held.version() ? offered : held);
    }
  }
}
