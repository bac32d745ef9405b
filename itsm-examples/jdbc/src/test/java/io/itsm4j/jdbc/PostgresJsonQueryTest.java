package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.ticket.Urgency;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The query docs/storage-jdbc.md shows a host, run on PostgreSQL against events the service desk stored: the open
 * incidents of one service, most urgent first, with their current priority and state.
 */
class PostgresJsonQueryTest {
  /** The query as the documentation prints it. */
  static final String OPEN_INCIDENTS_OF_A_SERVICE = """
      select o.ticket_id,
             coalesce(p.payload->>'to', o.payload->>'priority')          as priority,
             coalesce(s.payload->>'to', o.payload->>'state')             as state
        from itsm_ticket_event o
        left join lateral (select payload from itsm_ticket_event x
                            where x.tenant = o.tenant and x.ticket_id = o.ticket_id
                              and x.event_type = 'priority-changed'
                            order by x.seq desc limit 1) p on true
        left join lateral (select payload from itsm_ticket_event x
                            where x.tenant = o.tenant and x.ticket_id = o.ticket_id
                              and x.event_type = 'state-changed'
                            order by x.seq desc limit 1) s on true
       where o.tenant = ? and o.event_type = 'opened'
         and o.payload->>'kind' = 'INCIDENT'
         and o.payload->'subject'->>'service' = ?
         and coalesce(s.payload->>'toCategory', o.payload->>'category') not in ('RESOLVED', 'CLOSED', 'CANCELLED')
       order by priority, o.ticket_id
      """;

  @Test
  void the_documentation_prints_this_query() throws Exception {
    String page = java.nio.file.Files.readString(java.nio.file.Path.of("../../docs/storage-jdbc.md"));
    assertThat(page).contains(OPEN_INCIDENTS_OF_A_SERVICE.strip());
  }

  @Test
  void the_documented_query_finds_the_open_incidents_of_a_service_by_priority() throws Exception {
    DataSource db = TestDatabases.postgresSchema(2);
    ServiceDesk desk = ServiceDesk.builder().ticketStore(new JdbcTicketStore(db)).ticketIds(new JdbcTicketIds(db))
        .build();
    TenantId acme = TenantId.of("acme");
    Actor agent = Actor.of("alice", "agent");
    TicketSubject mail = TicketSubject.none().withService(ServiceId.of("mail"));
    TicketId low = open(desk, agent, "k1", mail, Impact.LOW, Urgency.LOW);
    TicketId resolved = open(desk, agent, "k2", mail, Impact.HIGH, Urgency.HIGH);
    TicketId raised = open(desk, agent, "k3", mail, Impact.LOW, Urgency.MEDIUM);
    open(desk, agent, "k4", TicketSubject.none().withService(ServiceId.of("payroll")), Impact.HIGH, Urgency.HIGH);
    desk.execute(acme, agent, resolved, "k5", TicketCommand.ChangeState.to("resolved")
        .withField(TicketFields.RESOLUTION_CODE, "fixed").withField(TicketFields.RESOLUTION_NOTES, "done")).get();
    desk.execute(acme, agent, raised, "k6", TicketCommand.ChangeState.to("in-progress")).get();
    desk.execute(acme, agent, raised, "k7", new TicketCommand.ChangePriority(Impact.HIGH, Urgency.HIGH, "VIP"))
        .get();

    List<String> rows = new ArrayList<>();
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(OPEN_INCIDENTS_OF_A_SERVICE)) {
      ps.setString(1, "acme");
      ps.setString(2, "mail");
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
        }
      }
    }
    assertThat(rows).containsExactly(raised.value() + " " + Priority.P1 + " in-progress",
        low.value() + " " + desk.ticket(acme, low).get().priority() + " new");
  }

  private static TicketId open(ServiceDesk desk, Actor agent, String key, TicketSubject subject, Impact impact,
      Urgency urgency) {
    return desk.open(TenantId.of("acme"), agent, key, TicketCommand.Open.incident("Mail " + key, impact, urgency)
        .withSubject(subject)).get().ticket().id();
  }
}
