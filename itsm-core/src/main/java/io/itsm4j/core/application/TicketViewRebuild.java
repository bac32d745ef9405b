package io.itsm4j.core.application;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.port.DueTimes;
import io.itsm4j.core.port.TicketStore;
import io.itsm4j.core.port.TicketViewStore;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.view.TicketProjection;
import io.itsm4j.core.view.TicketView;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Consumer;

/**
 * Re-projects a tenant's ticket views from its events: after a projection change (fields kept), a view store
 * added to a running desk, or a view store that failed while commands went on. Tickets are taken in id order, so a
 * rebuild that stopped resumes after the last ticket it reported; putting a view is idempotent (the store keeps the
 * newest version), so a ticket done twice, or changed by a command while the rebuild runs, ends with its newest view.
 * Tickets go in chunks of {@value #CHUNK}: their histories read with one {@link TicketStore#loadAll} and their views
 * written with one {@link TicketViewStore#putAll}, so a rebuild on a remote database takes a few round trips per
 * chunk, not two per ticket; progress and the resume point advance a chunk at a time.
 *
 * <p>Thread-safe if the stores are; one rebuild per tenant at a time is enough. Errors are values: a store that
 * throws stops the rebuild with {@code PORT_FAILURE} naming the last ticket done, to resume after.
 */
public final class TicketViewRebuild {
  /** How often progress is reported, in tickets. */
  public static final int REPORT_EVERY = 1_000;
  /** How many tickets are read and put together; divides {@link #REPORT_EVERY}. */
  static final int CHUNK = 500;

  private final TicketStore events;
  private final TicketViewStore views;
  private final TicketProjection projection;
  private final DueTimes dueTimes;

  private TicketViewRebuild(TicketStore events, TicketViewStore views, TicketProjection projection,
      DueTimes dueTimes) {
    this.events = events;
    this.views = views;
    this.projection = projection;
    this.dueTimes = dueTimes;
  }

  /**
   * A rebuild from {@code events} into {@code views} with {@code projection}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static TicketViewRebuild of(TicketStore events, TicketViewStore views, TicketProjection projection) {
    return new TicketViewRebuild(Checks.notNull(events, "events"), Checks.notNull(views, "views"),
        Checks.notNull(projection, "projection"), DueTimes.none());
  }

  /**
   * This rebuild, computing each view's due times with {@code value} as the desk does (after a calendar or an SLA
   * definition changed, a rebuild of the affected tickets recomputes them).
   *
   * @throws NullPointerException if {@code value} is null
   */
  public TicketViewRebuild withDueTimes(DueTimes value) {
    return new TicketViewRebuild(events, views, projection, Checks.notNull(value, "dueTimes"));
  }

  /**
   * How far a rebuild has got.
   *
   * @param tenant whose views
   * @param done tickets re-projected so far in this run
   * @param total tickets this run takes (those after the resume point)
   * @param last the last ticket done, to resume after; none before the first
   */
  public record Progress(TenantId tenant, long done, long total, Option<TicketId> last) {}

  /**
   * Re-projects the tenant's tickets whose id comes after {@code resumeAfter} (all of them for none).
   *
   * @param progress told every {@link #REPORT_EVERY} tickets and at the end, on the calling thread
   * @return the final progress; or {@code PORT_FAILURE} as in the class comment
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, Progress> run(TenantId tenant, Option<TicketId> resumeAfter, Consumer<Progress> progress) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(resumeAfter, "resumeAfter");
    Checks.notNull(progress, "progress");
    Seq<TicketId> ids;
    try {
      ids = events.ticketIds(tenant).sortBy(TicketId::value)
          .filter(id -> resumeAfter.forAll(after -> id.value().compareTo(after.value()) > 0));
    } catch (RuntimeException e) {
      return Either.left(Rejection.of(RejectionCode.PORT_FAILURE, "listing the tickets of " + tenant + " failed: "
          + e));
    }
    Progress now = new Progress(tenant, 0, ids.size(), Option.none());
    for (Seq<TicketId> chunk : ids.grouped(CHUNK)) {
      try {
        // A chunk's histories in one call and its views in one more: on a remote database two round trips (or a
        // few) per chunk instead of two per ticket.
        Map<TicketId, Seq<TicketEvent>> histories = events.loadAll(tenant, chunk);
        Vector<TicketView> done = Vector.empty();
        for (TicketId id : chunk) {
          Seq<TicketEvent> history = histories.get(id).getOrElse(Vector.empty());
          Option<TicketView> view = projection.fold(Option.none(), history)
              .map(v -> v.withDue(dueTimes.of(history, v.updatedAt())));
          done = done.appendAll(view);
        }
        views.putAll(done);
      } catch (RuntimeException e) {
        return Either.left(Rejection.of(RejectionCode.PORT_FAILURE, "rebuilding the views of " + tenant + " from "
            + chunk.head() + " to " + chunk.last() + " failed after " + now.done() + " ticket(s)"
            + now.last().map(l -> ", the last " + l).getOrElse("") + "; resume after it: " + e));
      }
      now = new Progress(tenant, now.done() + chunk.size(), now.total(), Option.some(chunk.last()));
      if (now.done() % REPORT_EVERY == 0) {
        progress.accept(now);
      }
    }
    progress.accept(now);
    return Either.right(now);
  }
}
