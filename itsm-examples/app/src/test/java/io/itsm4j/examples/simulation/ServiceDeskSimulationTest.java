package io.itsm4j.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.collection.List;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The simulation is deterministic from its seed and produces the traffic it promises. */
class ServiceDeskSimulationTest {
  private static final ServiceDeskSimulation.Options WEEK =
      new ServiceDeskSimulation.Options(7, LocalDate.of(2026, 11, 2), 7, TrafficModel.typical().scaled(0.5));

  private static String run(ServiceDeskSimulation.Options options, ByteArrayOutputStream progress) {
    return ServiceDeskSimulation.run(options, new PrintStream(progress, true, StandardCharsets.UTF_8), List.empty())
        .render();
  }

  @Test
  void theSameSeedGivesTheSameWeekAndAnotherSeedAnotherOne() {
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    String first = run(WEEK, progress);
    String again = run(WEEK, new ByteArrayOutputStream());
    String other = run(new ServiceDeskSimulation.Options(8, WEEK.start(), WEEK.days(), WEEK.traffic()),
        new ByteArrayOutputStream());

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    // One progress line per simulated week, here the last day too.
    assertThat(progress.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("day ")))
        .singleElement().asString().startsWith("day 7/7: ").contains(" commands (", " tickets open");
    assertThat(progress.toString(StandardCharsets.UTF_8)).contains("done: ");
  }

  @Test
  void aWeekHasEveryKindOfTicketReopeningsHoldsAndRefusals() {
    SimulationSummary summary = ServiceDeskSimulation.run(WEEK, new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), List.empty());

    assertThat(summary.tickets().map(t -> t.kind()).distinct()).contains(TicketKind.INCIDENT,
        TicketKind.SERVICE_REQUEST, TicketKind.CHANGE);
    assertThat(summary.tickets().count(t -> t.category() == StateCategory.CLOSED)).isPositive();
    assertThat(summary.tickets().count(t -> t.cycle() > 1)).as("reopened tickets").isPositive();
    assertThat(summary.tickets().filter(t -> t.kind() == TicketKind.CHANGE && t.isAuthorised()))
        .as("changes authorised by their approvers").isNotEmpty()
        .allSatisfy(t -> assertThat(t.approvalDecisions()).isNotEmpty());
    assertThat(summary.reopenRate()).isBetween(0.01, 0.2);
    assertThat(summary.meanHoursToResolve(TicketKind.INCIDENT)).isBetween(1.0, 200.0);
    assertThat(summary.refusalsByCode()).containsKeys(RejectionCode.VERSION_CONFLICT, RejectionCode.FIELD_REQUIRED);
    assertThat(summary.render()).contains("Reopen rate (incidents)", "Refused by code", "VERSION_CONFLICT");
  }
}
