package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.Actor;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.memory.InMemoryTicketViewStore;
import io.itsm4j.core.port.TicketStore;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketDecider;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.view.TicketView;
import io.itsm4j.sla.SlaDefinition;
import io.itsm4j.sla.SlaDueTimes;
import io.itsm4j.sla.SlaId;
import io.vavr.collection.HashMap;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On JDBC the ticket store writes each view in the events' transaction: a host reads its own writes the moment a
 * command returns, and a view the table refuses takes the command with it, so events and view never disagree.
 */
abstract class AbstractDeskViewsOnJdbcTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor AGENT = Actor.of("alice", "agent");
  private static final SlaDefinition RESOLUTION = SlaDefinition.resolution().id(SlaId.of("resolution"))
      .goals(HashMap.of(Priority.P1, Duration.ofHours(4), Priority.P2, Duration.ofHours(8),
          Priority.P3, Duration.ofHours(24)))
      .build();

  private DataSource dataSource;
  private JdbcTicketStore events;
  private JdbcTicketViewStore views;
  private ServiceDesk desk;

  /** A fresh, migrated database of the dialect under test. */
  protected abstract DataSource dataSource();

  @BeforeEach
  void setUp() {
    DataSource dataSource = dataSource();
    Seq<SlaDefinition> definitions = Vector.of(RESOLUTION);
    // As docs/queues.md wires it.
    JdbcTicketStore events = new JdbcTicketStore(dataSource);
    JdbcTicketViewStore views = new JdbcTicketViewStore(dataSource); // the same data source: kept with the events
    ServiceDesk desk = ServiceDesk.builder().ticketStore(events).views(views)
        .dueTimes(SlaDueTimes.of(definitions)).build();
    this.dataSource = dataSource;
    this.events = events;
    this.views = views;
    this.desk = desk;
  }

  private TicketView expected(TicketId id) {
    Ticket ticket = TicketDecider.replay(events.load(ACME, id)).get();
    return TicketView.of(ticket, io.vavr.collection.HashSet.empty())
        .withDue(SlaDueTimes.of(Vector.of(RESOLUTION)).of(events.load(ACME, id), ticket.updatedAt()));
  }

  @Test
  void the_store_keeps_the_views_of_a_view_store_on_its_own_data_source_only() {
    assertThat(events.keepsViewsOf(views)).isTrue();
    assertThat(events.keepsViewsOf(new JdbcTicketViewStore(dataSource()))).isFalse();
    assertThat(events.keepsViewsOf(new InMemoryTicketViewStore())).isFalse();
  }

  @Test
  void after_every_command_the_stored_view_is_the_replayed_ticket_s_with_its_due_times() {
    TicketId id = desk.open(ACME, AGENT, "open", TicketCommand.Open.incident("VPN down", Impact.HIGH,
        Urgency.HIGH)).get().ticket().id();
    assertThat(views.view(ACME, id)).contains(expected(id));
    assertThat(views.view(ACME, id).get().nextBreach()).isNotEmpty();
    String[] steps = {"assign", "start", "hold", "resume", "resolve"};
    for (String step : steps) {
      TicketCommand command = switch (step) {
        case "assign" -> TicketCommand.Assign.toGroup(GroupId.of("network"));
        case "start", "resume" -> TicketCommand.ChangeState.to("in-progress");
        case "hold" -> TicketCommand.ChangeState.to("on-hold")
            .withField(io.itsm4j.core.ticket.TicketFields.HOLD_REASON, "awaiting-caller");
        default -> TicketCommand.ChangeState.to("resolved")
            .withField(io.itsm4j.core.ticket.TicketFields.RESOLUTION_CODE, "fixed")
            .withField(io.itsm4j.core.ticket.TicketFields.RESOLUTION_NOTES, "restarted the concentrator");
      };
      Either<Rejection, CommandResult> result = desk.execute(ACME, AGENT, id, step, command);
      assertThat(result.isRight()).as(step + ": " + result).isTrue();
      assertThat(views.view(ACME, id)).as(step).contains(expected(id));
    }
    assertThat(views.view(ACME, id).get().nextBreach()).as("resolved: no clock runs").isEmpty();
  }

  @Test
  void a_view_the_table_refuses_takes_the_command_with_it_and_nothing_is_half_written() throws SQLException {
    TicketId id = desk.open(ACME, AGENT, "open", TicketCommand.Open.incident("VPN down", Impact.LOW,
        Urgency.LOW)).get().ticket().id();
    TicketView before = views.view(ACME, id).get();
    // The table now refuses any P1 view: the command that makes the ticket P1 must store nothing.
    execute("alter table itsm_ticket_view add constraint no_p1 check (priority_rank <> 0)");
    Either<Rejection, CommandResult> p1 = desk.execute(ACME, AGENT, id, "p1",
        new TicketCommand.ChangePriority(Impact.HIGH, Urgency.HIGH, "all sites"));
    assertThat(p1.getLeft().code()).isEqualTo(RejectionCode.PORT_FAILURE);
    assertThat(events.load(ACME, id)).hasSize((int) before.version());
    assertThat(events.findCommand(ACME, "p1")).isEmpty();
    assertThat(views.view(ACME, id)).contains(before);
    Either<Rejection, CommandResult> opened = desk.open(ACME, AGENT, "open-p1",
        TicketCommand.Open.incident("Data centre dark", Impact.HIGH, Urgency.HIGH));
    assertThat(opened.getLeft().code()).isEqualTo(RejectionCode.PORT_FAILURE);
    assertThat(events.findCommand(ACME, "open-p1")).isEmpty();
    // The same keys, once the table takes P1 views again, are new commands: nothing of them was recorded.
    execute("alter table itsm_ticket_view drop constraint no_p1");
    assertThat(desk.execute(ACME, AGENT, id, "p1", new TicketCommand.ChangePriority(Impact.HIGH, Urgency.HIGH, "all sites"))
        .get().replayed()).isFalse();
    assertThat(views.view(ACME, id)).contains(expected(id));
    TicketId second = desk.open(ACME, AGENT, "open-p1", TicketCommand.Open.incident("Data centre dark",
        Impact.HIGH, Urgency.HIGH)).get().ticket().id();
    assertThat(views.view(ACME, second)).contains(expected(second));
  }

  @Test
  void a_view_that_is_not_the_one_the_events_leave_is_refused_before_anything_is_written() {
    TicketId id = desk.open(ACME, AGENT, "open", TicketCommand.Open.incident("VPN down", Impact.LOW,
        Urgency.LOW)).get().ticket().id();
    TicketView stored = views.view(ACME, id).get();
    Ticket ticket = TicketDecider.replay(events.load(ACME, id)).get();
    var note = TicketDecider.standard().decide(io.itsm4j.core.ticket.CommandContext.of(ACME, id, AGENT, "note",
        Instant.now()), TicketCommand.AddNote.workNote("checked the tunnel"), io.vavr.control.Option.some(ticket)).get();
    assertThatThrownBy(() -> events.append(ACME, id, 1, new TicketStore.CommandKey("note", "f"), note, stored))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version 1");
    assertThat(events.load(ACME, id)).hasSize(1);
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
