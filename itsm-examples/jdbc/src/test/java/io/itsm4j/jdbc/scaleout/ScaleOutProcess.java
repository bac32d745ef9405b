package io.itsm4j.jdbc.scaleout;

import io.itsm4j.audit.application.AuditTrail;
import io.itsm4j.audit.application.AuditingNotificationSink;
import io.itsm4j.core.Actor;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.application.VersionConflictRetry;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.jdbc.JdbcAuditStore;
import io.itsm4j.jdbc.JdbcTicketIds;
import io.itsm4j.jdbc.JdbcTicketStore;
import io.itsm4j.jdbc.OutboxRelay;
import io.itsm4j.jdbc.PooledDataSource;
import io.vavr.control.Either;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One process of {@code PostgresScaleOutTest}, started by the test as a separate JVM on the same PostgreSQL
 * database: {@code desk <url> <process>} runs a service desk (JDBC store, database ticket numbers, audit trail in
 * the database) and sends its share of commands from several threads, printing one line per command; {@code relay
 * <url>} drains the outbox until its standard input says {@code stop}, printing one line per delivered event.
 */
public final class ScaleOutProcess {
  /** The tenant every process works in. */
  public static final TenantId ACME = TenantId.of("acme");
  /** Tickets opened under the same keys by every desk process. */
  public static final int TICKETS = 4;
  /** Threads per desk process. */
  public static final int THREADS = 4;
  /** Commands per thread. */
  public static final int COMMANDS = 20;

  private ScaleOutProcess() {}

  /**
   * Runs one process.
   *
   * @param args {@code desk <jdbc-url> <process-id>} or {@code relay <jdbc-url>}
   */
  public static void main(String[] args) throws Exception {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(args[1]);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (PooledDataSource db = new PooledDataSource(ds, THREADS + 1)) {
      if (args[0].equals("relay")) {
        relay(db, out);
      } else {
        desk(db, args[2], out);
      }
    }
  }

  private static void desk(PooledDataSource db, String process, PrintStream out) throws Exception {
    JdbcTicketStore store = new JdbcTicketStore(db);
    AuditTrail trail = AuditTrail.builder().store(new JdbcAuditStore(db)).build();
    ServiceDesk desk = ServiceDesk.builder().ticketStore(store).ticketIds(new JdbcTicketIds(db))
        .notificationSink(AuditingNotificationSink.of(trail)).build();
    Actor agent = Actor.of("agent-" + process, "agent");
    List<TicketId> tickets = new ArrayList<>();
    for (int i = 0; i < TICKETS; i++) {
      String key = "open-" + i;
      TicketCommand.Open open = TicketCommand.Open.incident("Shared drive slow " + i, Impact.MEDIUM, Urgency.MEDIUM);
      // The same key in every process: one open is stored, the others are answered with it.
      Either<Rejection, CommandResult> opened = VersionConflictRetry.run(() -> attempt(out, key,
          desk.open(ACME, agent, key, open)));
      report(out, key, opened);
      tickets.add(opened.get().ticket().id());
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        for (int i = 0; i < COMMANDS; i++) {
          TicketId ticket = tickets.get((thread + i) % TICKETS);
          // Even commands carry a key every process sends (a retry from another node); odd ones are this
          // process's own.
          String key = i % 2 == 0 ? "shared-t" + thread + "-" + i : "p" + process + "-t" + thread + "-" + i;
          TicketCommand.AddNote note = TicketCommand.AddNote.workNote("note " + key);
          report(out, key, VersionConflictRetry.run(20, () -> attempt(out, key,
              desk.execute(ACME, agent, ticket, key, note))));
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
  }

  /** Prints every refused attempt, so the test sees which codes were retried. */
  private static Either<Rejection, CommandResult> attempt(PrintStream out, String key,
      Either<Rejection, CommandResult> result) {
    if (result.isLeft()) {
      synchronized (ScaleOutProcess.class) {
        out.println("ATTEMPT-REFUSED " + key + " " + result.getLeft().code());
      }
    }
    return result;
  }

  private static synchronized void report(PrintStream out, String key, Either<Rejection, CommandResult> result) {
    if (result.isLeft()) {
      out.println("REFUSED " + key + " " + result.getLeft().code());
    } else if (result.get().replayed()) {
      out.println("REPLAYED " + key + " " + result.get().ticket().id().value());
    } else {
      TicketEvent first = result.get().events().head();
      out.println("ACCEPTED " + key + " " + first.ticketId().value() + " " + first.sequence() + " "
          + result.get().events().last().sequence());
    }
  }

  private static void relay(PooledDataSource db, PrintStream out) throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    Thread stdin = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.equals("stop")) {
            stop.set(true);
          }
        }
      } catch (java.io.IOException e) {
        stop.set(true);
      }
    }, "relay-stdin");
    stdin.setDaemon(true);
    stdin.start();
    OutboxRelay relay = new OutboxRelay(db, events -> events.forEach(e ->
        out.println("DELIVERED " + e.ticketId().value() + " " + e.sequence())));
    while (true) {
      boolean stopping = stop.get();
      OutboxRelay.Drained d = relay.drain(100);
      if (d.failure().isDefined()) {
        throw new IllegalStateException("the relay's sink failed", d.failure().get());
      }
      if (stopping && d.delivered() == 0 && relay.pending() == 0) {
        return;
      }
      if (d.delivered() == 0) {
        Thread.sleep(20);
      }
    }
  }
}
