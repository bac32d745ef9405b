package io.itsm4j.core.port;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.view.PageKey;
import io.itsm4j.core.view.QueueCounts;
import io.itsm4j.core.view.TicketQuery;
import io.itsm4j.core.view.TicketView;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.function.Predicate;

/**
 * Keeps the {@link TicketView}s of tickets and answers {@link TicketQuery}s over them: the read model behind work
 * queues and ticket search.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Newest wins</b>: {@link #put} keeps a view only if its version is above the stored one's, so views
 *       projected twice, or out of order by racing writers, leave the newest.
 *   <li><b>Exactly the query</b>: {@link #after} returns the views {@link TicketQuery#matches} accepts, in the
 *       query's {@link io.itsm4j.core.view.QueueOrder}, strictly after the key given, at most {@code limit}, only those
 *       the reader may see; no view of another tenant, ever.
 *   <li><b>Threading</b>: thread-safe; a query running while views are put sees each view either before or after
 *       the put. <b>Errors</b>: a failing store throws. <b>Nullness</b>: arguments are never {@code null}, results
 *       never are.
 * </ul>
 * The contract kit {@code AbstractTicketViewStoreContractTest} (itsm-core's test-jar) checks an implementation
 * against a filter and sort of every view (its oracle).
 */
public interface TicketViewStore {

  /** Stores {@code view} unless the store holds a view of the ticket at its version or later. */
  void put(TicketView view);

  /**
   * Stores each of {@code views} as {@link #put} would, for a rebuild or a bulk load: a store on a remote database
   * overrides this to write them in batches. Not atomic as a whole: after a failure some views may be stored, each
   * whole (putting them again is harmless). The default puts them one by one.
   *
   * @param views views of any tickets and tenants, in any order; of two views of one ticket the newer stays
   */
  default void putAll(Seq<TicketView> views) {
    views.forEach(this::put);
  }

  /** The view of a ticket, if the tenant has one. */
  Option<TicketView> view(TenantId tenant, TicketId id);

  /**
   * The views of a query after a key.
   *
   * @param query the question, with its tenant and order
   * @param after where the previous page ended; none for the first page
   * @param limit how many views at most; positive
   * @param visible which views the reader may see (the read policy): a view it refuses is skipped as if it were not
   *     stored, so a page is full whenever enough visible views exist
   */
  Seq<TicketView> after(TicketQuery query, Option<PageKey> after, int limit, Predicate<TicketView> visible);

  /**
   * How many views of a query the reader may see, in all and by state category, priority and group; the query's
   * order and page size do not matter.
   *
   * @param visible which views the reader may see, as for {@link #after}
   */
  QueueCounts counts(TicketQuery query, Predicate<TicketView> visible);

  /**
   * How many views of a query there are, for a reader who may see every view of the tenant ({@link
   * ReadPolicy#seesEveryView}): what {@link #counts(TicketQuery, Predicate)} answers with every view visible. A store
   * on a database overrides it to count in the database instead of reading each view; the default asks the other
   * form.
   */
  default QueueCounts counts(TicketQuery query) {
    return counts(query, v -> true);
  }
}
