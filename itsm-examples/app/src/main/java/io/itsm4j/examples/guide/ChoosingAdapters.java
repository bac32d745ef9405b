package io.itsm4j.examples.guide;

import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.port.NotificationSink;
import io.itsm4j.jdbc.JdbcSchema;
import io.itsm4j.jdbc.JdbcTicketIds;
import io.itsm4j.jdbc.JdbcTicketStore;
import io.itsm4j.jdbc.OutboxRelay;
import io.itsm4j.examples.notify.Slf4jNotificationSink;
import java.time.InstantSource;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The code of "Pick your adapters" in docs/getting-started.md: the embedded in-memory desk, and a desk on the
 * JDBC store with the outbox relay. Compiled, so the guide cannot drift from the API.
 */
public final class ChoosingAdapters {
  private ChoosingAdapters() {}

  /** The embedded default: in-memory store, no notifications, everything permitted, the system clock. */
  public static ServiceDesk inMemory() {
    ServiceDesk desk = ServiceDesk.builder().build();
    return desk;
  }

  /** An in-memory H2 database with the itsm4j tables; a host passes its own pooled data source instead. */
  public static DataSource h2InMemory() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:itsm;DB_CLOSE_DELAY=-1");
    JdbcSchema.migrate(h2, JdbcSchema.Dialect.H2);
    return h2;
  }

  /**
   * A desk on the JDBC store; notifications leave through the outbox, drained every second by {@code scheduler}.
   */
  public static ServiceDesk jdbc(DataSource dataSource, ScheduledExecutorService scheduler) {
    JdbcTicketStore store = new JdbcTicketStore(dataSource);
    OutboxRelay relay = new OutboxRelay(dataSource, new Slf4jNotificationSink());
    scheduler.scheduleWithFixedDelay(() -> relay.drain(500), 1, 1, TimeUnit.SECONDS);

    return ServiceDesk.builder()
        .ticketStore(store)
        .ticketIds(new JdbcTicketIds(dataSource))  // numbers survive restarts and are unique across processes
        .notificationSink(NotificationSink.none()) // the relay delivers, at least once
        .clock(InstantSource.system())
        .build();
  }

  /** Builds both desks once, as a smoke run of this page's code. */
  public static void main(String[] args) {
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    try {
      System.out.println(inMemory().decider().workflows().forNew(io.itsm4j.core.ticket.TicketKind.INCIDENT,
          io.vavr.control.Option.none()).get().id());
      System.out.println(jdbc(h2InMemory(), scheduler).decider().matrix());
    } finally {
      scheduler.shutdownNow();
    }
  }
}
