package io.itsm4j.examples.simulation;

import io.itsm4j.audit.memory.InMemoryAuditStore;
import io.itsm4j.audit.port.AuditStore;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.application.CommandResult;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A few simulated days at small scale with every observer, and the ticket histories as the database stored them,
 * read back at the end: what the simulation tests run on.
 *
 * @param reviewed the observers after the run
 * @param histories every ticket's stored history, by id
 * @param end the end of the simulated period
 * @param progress what the run printed
 */
record SmallRun(ServiceDeskSimulation.Reviewed reviewed, TreeMap<TicketId, Seq<TicketEvent>> histories, Instant end,
    String progress) {
  /** Monday 16 November 2026: the Wednesday after is a Saxon public holiday, so short runs cross one. */
  static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

  static ServiceDeskSimulation.Options options(long seed, int days, double scale) {
    return new ServiceDeskSimulation.Options(seed, MONDAY, days, TrafficModel.typical().scaled(scale));
  }

  static SmallRun of(ServiceDeskSimulation.Options options, Path report) {
    return of(options, report, new InMemoryAuditStore());
  }

  static SmallRun of(ServiceDeskSimulation.Options options, Path report, AuditStore store) {
    StoredHistories stored = new StoredHistories();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ServiceDeskSimulation.Reviewed reviewed = ServiceDeskSimulation.runReviewed(options,
        new PrintStream(out, true, StandardCharsets.UTF_8), store, report, List.of(stored));
    return new SmallRun(reviewed, stored.histories, options.endInstant(), out.toString(StandardCharsets.UTF_8));
  }

  /** Reads every history from the desk when the run ends, before the database goes away. */
  private static final class StoredHistories implements SimulationObserver {
    private TreeMap<TicketId, Seq<TicketEvent>> histories = TreeMap.empty();

    @Override
    public void commandSent(Instant at, TicketCommand command, Either<Rejection, CommandResult> outcome) {}

    @Override
    public void finished(Instant end, Seq<Ticket> tickets, ServiceDesk desk) {
      for (Ticket t : tickets) {
        histories = histories.put(t.id(), desk.history(ServiceDeskSimulation.TENANT, t.id()).get());
      }
    }
  }
}
