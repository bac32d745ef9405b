package io.itsm4j.core.application;

import static io.itsm4j.core.application.DeskFixture.ACME;
import static io.itsm4j.core.application.DeskFixture.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.Violation;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketCommand.ChangeState;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Bad input through the public API gets a typed refusal naming the field, and never corrupts a ticket. */
class BadInputTest {
  private static final String MEGABYTE = "x".repeat(1 << 20);
  private final DeskFixture f = new DeskFixture();

  @Test
  void every_problem_of_an_open_is_reported_at_once() {
    Rejection r = f.desk.open(ACME, AGENT, f.key(), TicketCommand.Open.incident(" ", Impact.LOW, Urgency.LOW)
        .withDescription(MEGABYTE).withField("bad name!", "v").withField("ok.name", MEGABYTE)).getLeft();
    assertThat(r.code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(r.violations().map(Violation::field))
        .containsExactly("title", "description", "fields.bad name!", "fields.ok.name");
    assertThat(r.violations().map(Violation::code))
        .containsExactly(Violation.REQUIRED, Violation.TOO_LONG, Violation.INVALID, Violation.TOO_LONG);
    assertThat(r.message().length()).isLessThan(1000);
    assertThat(f.store.ticketIds(ACME)).isEmpty();
  }

  @Test
  void one_megabyte_texts_are_refused_everywhere_and_change_nothing() {
    Ticket t = f.open(TicketCommand.Open.incident("fine", Impact.LOW, Urgency.LOW));
    Seq<TicketCommand> commands = io.vavr.collection.List.of(
        TicketCommand.AddNote.workNote(MEGABYTE),
        new TicketCommand.ChangePriority(Impact.HIGH, Urgency.HIGH, MEGABYTE),
        ChangeState.to("in-progress").withField("note", MEGABYTE),
        TicketCommand.UpdateDetails.nothing().withTitle(MEGABYTE),
        TicketCommand.UpdateDetails.nothing().withoutField("bad name!"));
    for (TicketCommand c : commands) {
      Rejection r = f.send(AGENT, t.id(), c).getLeft();
      assertThat(r.code()).as("%s", c.type()).isEqualTo(RejectionCode.INVALID_INPUT);
      assertThat(r.violations()).isNotEmpty();
      assertThat(r.message().length()).isLessThan(1000);
    }
    assertThat(f.store.load(ACME, t.id())).hasSize(1);
  }

  @Test
  void too_many_fields_are_refused() {
    LinkedHashMap<String, String> many = LinkedHashMap.empty();
    for (int i = 0; i <= TicketCommand.FIELDS_MAX; i++) {
      many = many.put("f" + i, "v");
    }
    Rejection r = f.desk.open(ACME, AGENT, f.key(), new TicketCommand.Open(io.itsm4j.core.ticket.TicketKind.INCIDENT,
        io.vavr.control.Option.none(), "t", "", Impact.LOW, Urgency.LOW, many,
        io.itsm4j.core.ticket.TicketSubject.none(), io.vavr.control.Option.none())).getLeft();
    assertThat(r.violations().map(Violation::field)).containsExactly("fields");
  }

  @Test
  void unknown_tickets_and_unknown_states_are_typed_refusals() {
    assertThat(f.send(AGENT, TicketId.of("INC-999999"), ChangeState.to("in-progress")).getLeft().code())
        .isEqualTo(RejectionCode.NOT_FOUND);
    Ticket t = f.open(TicketCommand.Open.incident("fine", Impact.LOW, Urgency.LOW));
    Rejection r = f.send(AGENT, t.id(), ChangeState.to("teleported")).getLeft();
    assertThat(r.code()).isEqualTo(RejectionCode.TRANSITION_NOT_ALLOWED);
    assertThat(r.violations().map(Violation::field)).containsExactly("to");
    Rejection huge = f.send(AGENT, t.id(), ChangeState.to(MEGABYTE)).getLeft();
    assertThat(huge.message().length()).isLessThan(1000);
  }

  @Test
  void malformed_idempotency_keys_are_invalid_input() {
    Ticket t = f.open(TicketCommand.Open.incident("fine", Impact.LOW, Urgency.LOW));
    for (String key : new String[] {"", "  ", "a\nb", "k".repeat(129)}) {
      Rejection r = f.desk.execute(ACME, AGENT, t.id(), key, ChangeState.to("in-progress")).getLeft();
      assertThat(r.code()).isEqualTo(RejectionCode.INVALID_INPUT);
      assertThat(r.violations().map(Violation::field)).containsExactly("idempotencyKey");
    }
    assertThat(f.store.load(ACME, t.id())).hasSize(1);
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(300),
        Arbitraries.strings().withChars(' ', '\t', '\n').ofMaxLength(5),
        io.itsm4j.core.contract.HostileStrings.mixed(TicketCommand.TITLE_MAX + 2),
        Arbitraries.strings().alpha().ofMinLength(TicketCommand.TITLE_MAX - 2).ofMaxLength(TicketCommand.TITLE_MAX + 2));
  }

  @Property(tries = 300)
  void a_title_is_accepted_exactly_when_it_is_one_allowed_line_not_blank_and_not_too_long(
      @ForAll("anyText") String title) {
    DeskFixture fresh = new DeskFixture();
    var r = fresh.desk.open(ACME, AGENT, "k", TicketCommand.Open.incident(title, Impact.LOW, Urgency.LOW));
    boolean valid = io.itsm4j.core.contract.TextOracle.valid(title, TicketCommand.TITLE_MAX, false);
    assertThat(r.isRight()).isEqualTo(valid);
    assertThat(fresh.store.ticketIds(ACME).size()).isEqualTo(valid ? 1 : 0);
    if (!valid) {
      assertThat(r.getLeft().violations().map(Violation::field)).containsExactly("title");
    }
  }
}
