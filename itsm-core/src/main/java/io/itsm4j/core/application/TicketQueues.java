package io.itsm4j.core.application;

import io.itsm4j.core.Actor;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.port.ReadPolicy;
import io.itsm4j.core.port.TicketViewStore;
import io.itsm4j.core.view.Cursors;
import io.itsm4j.core.view.Page;
import io.itsm4j.core.view.PageKey;
import io.itsm4j.core.view.QueueCounts;
import io.itsm4j.core.view.TicketQuery;
import io.itsm4j.core.view.TicketView;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Pages of work queues: a {@link TicketQuery} answered by the {@link TicketViewStore}, page by page, with a cursor
 * that carries the client to the next page and cannot be turned into another query's or another tenant's.
 *
 * <p>Every page is read for an actor, under the {@link ReadPolicy} the desk applies to a ticket: a view the policy
 * refuses is skipped as if it did not exist, so a queue never lists, nor hints at, a ticket the actor could not open.
 *
 * <p>Thread-safe if the store and the policy are. Errors are values: a cursor this query did not give out is {@code
 * INVALID_INPUT} naming {@code cursor}; a store or policy that throws is {@code PORT_FAILURE}, and nothing is
 * returned.
 */
public final class TicketQueues {
  private final TicketViewStore store;
  private final Cursors cursors;
  private final ReadPolicy reads;

  private TicketQueues(TicketViewStore store, Cursors cursors, ReadPolicy reads) {
    this.store = store;
    this.cursors = cursors;
    this.reads = reads;
  }

  /**
   * Queues over {@code store}, with cursors signed by {@code cursors} (instances behind one load balancer share the
   * cursors' secret), listing what {@code reads} lets each actor read: give the desk's own read policy.
   *
   * @throws NullPointerException if an argument is null
   */
  public static TicketQueues of(TicketViewStore store, Cursors cursors, ReadPolicy reads) {
    return new TicketQueues(Checks.notNull(store, "store"), Checks.notNull(cursors, "cursors"),
        Checks.notNull(reads, "reads"));
  }

  /**
   * How many views of {@code query} {@code actor} may see, in all and by state category, priority and group: hidden
   * tickets are not counted, so the figures hint at nothing the actor could not open.
   *
   * @return the counts; or {@code PORT_FAILURE} if the store or the policy throws
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, QueueCounts> counts(Actor actor, TicketQuery query) {
    Checks.notNull(actor, "actor");
    Checks.notNull(query, "query");
    try {
      // A reader the policy lets see everything is counted by the store alone (in SQL on a database).
      return Either.right(reads.seesEveryView(query.tenant(), actor) ? store.counts(query)
          : store.counts(query, v -> reads.refusal(query.tenant(), actor, v).isEmpty()));
    } catch (RuntimeException e) {
      return Either.left(Rejection.of(RejectionCode.PORT_FAILURE, "the view store or the read policy failed: "
          + e));
    }
  }

  /**
   * A page of {@code query} as {@code actor} may see it: the first, or the one after {@code cursor}.
   *
   * @return the page, whose {@code next} is the cursor of the page after it; or a rejection as in the class comment
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, Page> page(Actor actor, TicketQuery query, Option<String> cursor) {
    Checks.notNull(actor, "actor");
    Checks.notNull(query, "query");
    Checks.notNull(cursor, "cursor");
    Either<Rejection, Option<PageKey>> after = cursor.isEmpty() ? Either.right(Option.none())
        : cursors.decode(query, cursor.get()).map(Option::some);
    return after.flatMap(key -> {
      Seq<TicketView> views;
      try {
        // One more than a page: whether it exists says whether there is a next page, without a count.
        views = store.after(query, key, query.pageSize() + 1,
            v -> reads.refusal(query.tenant(), actor, v).isEmpty());
      } catch (RuntimeException e) {
        return Either.left(Rejection.of(RejectionCode.PORT_FAILURE, "the view store or the read policy failed: "
            + e));
      }
      Seq<TicketView> page = views.take(query.pageSize());
      Option<String> next = views.size() > query.pageSize()
          ? Option.some(cursors.encode(query, PageKey.of(page.last()))) : Option.none();
      return Either.right(new Page(page, next));
    });
  }
}
