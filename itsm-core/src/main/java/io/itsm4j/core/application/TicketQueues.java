package io.itsm4j.core.application;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.port.TicketViewStore;
import io.itsm4j.core.view.Cursors;
import io.itsm4j.core.view.Page;
import io.itsm4j.core.view.PageKey;
import io.itsm4j.core.view.TicketQuery;
import io.itsm4j.core.view.TicketView;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Pages of work queues: a {@link TicketQuery} answered by the {@link TicketViewStore}, page by page, with a cursor
 * that carries the client to the next page and cannot be turned into another query's or another tenant's.
 *
 * <p>Thread-safe if the store is. Errors are values: a cursor this query did not give out is {@code INVALID_INPUT}
 * naming {@code cursor}; a store that throws is {@code PORT_FAILURE}, and nothing is returned.
 */
public final class TicketQueues {
  private final TicketViewStore store;
  private final Cursors cursors;

  private TicketQueues(TicketViewStore store, Cursors cursors) {
    this.store = store;
    this.cursors = cursors;
  }

  /**
   * Queues over {@code store}, with cursors signed by {@code cursors} (instances behind one load balancer share the
   * cursors' secret).
   *
   * @throws NullPointerException if an argument is null
   */
  public static TicketQueues of(TicketViewStore store, Cursors cursors) {
    return new TicketQueues(Checks.notNull(store, "store"), Checks.notNull(cursors, "cursors"));
  }

  /**
   * A page of {@code query}: the first, or the one after {@code cursor}.
   *
   * @return the page, whose {@code next} is the cursor of the page after it; or a rejection as in the class comment
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, Page> page(TicketQuery query, Option<String> cursor) {
    Checks.notNull(query, "query");
    Checks.notNull(cursor, "cursor");
    Either<Rejection, Option<PageKey>> after = cursor.isEmpty() ? Either.right(Option.none())
        : cursors.decode(query, cursor.get()).map(Option::some);
    return after.flatMap(key -> {
      Seq<TicketView> views;
      try {
        // One more than a page: whether it exists says whether there is a next page, without a count.
        views = store.after(query, key, query.pageSize() + 1);
      } catch (RuntimeException e) {
        return Either.left(Rejection.of(RejectionCode.PORT_FAILURE, "the view store failed: " + e));
      }
      Seq<TicketView> page = views.take(query.pageSize());
      Option<String> next = views.size() > query.pageSize()
          ? Option.some(cursors.encode(query, PageKey.of(page.last()))) : Option.none();
      return Either.right(new Page(page, next));
    });
  }
}
