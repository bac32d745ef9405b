package io.itsm4j.jdbc;

import io.itsm4j.core.Actor;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.ticket.CommandContext;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketDecider;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * Loads ticket histories straight into the event table, for benchmarks that need a million tickets on a database
 * (a rebuild): each history decided by the real decider (so it replays), written as {@link JdbcTicketStore} writes
 * it, in batches of a few thousand rows per transaction rather than a command per round trip. Only events: no
 * command rows, no outbox. Deterministic for a seed.
 */
public final class BulkHistories {
  private static final String INSERT = "insert into itsm_ticket_event (tenant, ticket_id, seq, event_type,"
      + " format_version, occurred_at, command_id, payload) values (?, ?, ?, ?, " + JdbcTicketStore.JSON_FORMAT
      + ", ?, ?, %s)";
  private static final Actor AGENT = Actor.of("agent-1", "agent");
  private static final GroupId[] GROUPS = {GroupId.of("service-desk"), GroupId.of("network"),
      GroupId.of("applications"), GroupId.of("workplace"), GroupId.of("security")};
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  private BulkHistories() {}

  /**
   * Writes {@code tickets} histories of {@code tenant} ({@code INC-0000001} on, one opening a minute): each ticket
   * opened and assigned to a group; nine in ten then started, resolved and closed. About 4.6 events a ticket.
   *
   * @return how many events were written
   */
  public static long load(DataSource dataSource, TenantId tenant, int tickets, long seed) throws SQLException {
    SplittableRandom r = new SplittableRandom(seed);
    TicketDecider decider = TicketDecider.standard();
    long written = 0;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(INSERT.formatted(JdbcSchema.jsonParameter(c)))) {
        int inBatch = 0;
        for (int n = 1; n <= tickets; n++) {
          for (TicketEvent e : history(decider, r, tenant, n)) {
            ps.setString(1, tenant.value());
            ps.setString(2, e.ticketId().value());
            ps.setLong(3, e.sequence());
            ps.setString(4, e.type());
            ps.setObject(5, e.occurredAt().atOffset(ZoneOffset.UTC));
            ps.setString(6, EventCodec.escape(e.header().commandId()));
            ps.setString(7, TicketEventJson.standard().encode(e));
            ps.addBatch();
            written++;
            inBatch++;
          }
          if (inBatch >= 5_000 || n == tickets) {
            ps.executeBatch();
            c.commit();
            inBatch = 0;
          }
        }
      }
    }
    return written;
  }

  private static Seq<TicketEvent> history(TicketDecider decider, SplittableRandom r, TenantId tenant, int n) {
    TicketId id = TicketId.of(String.format("INC-%07d", n));
    Instant at = T0.plusSeconds(60L * n);
    Vector<TicketCommand> commands = Vector.of(
        TicketCommand.Open.incident("Ticket " + n, Impact.values()[r.nextInt(3)], Urgency.values()[r.nextInt(3)]),
        TicketCommand.Assign.toGroup(GROUPS[r.nextInt(GROUPS.length)]));
    if (r.nextInt(10) != 0) {
      commands = commands.appendAll(Vector.of(TicketCommand.ChangeState.to("in-progress"),
          TicketCommand.ChangeState.to("resolved").withField(TicketFields.RESOLUTION_CODE, "solved")
              .withField(TicketFields.RESOLUTION_NOTES, "Restarted the service"),
          TicketCommand.ChangeState.to("closed")));
    }
    Option<Ticket> state = Option.none();
    Vector<TicketEvent> out = Vector.empty();
    int k = 0;
    for (TicketCommand command : commands) {
      at = at.plusSeconds(60L + r.nextInt(3_600));
      Seq<TicketEvent> events = decider.decide(CommandContext.of(tenant, id, AGENT, id.value() + "-" + k++, at),
          command, state).getOrElseThrow(rejection -> new IllegalStateException(rejection.toString()));
      for (TicketEvent e : events) {
        state = Option.some(TicketDecider.evolve(state, e));
      }
      out = out.appendAll(events);
    }
    return out;
  }
}
