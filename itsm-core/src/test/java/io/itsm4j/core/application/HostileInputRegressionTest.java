package io.itsm4j.core.application;

import static io.itsm4j.core.application.DeskFixture.ACME;
import static io.itsm4j.core.application.DeskFixture.AGENT;
import static io.itsm4j.core.application.DeskFixture.CALLER;
import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TextPolicy;
import io.itsm4j.core.Violation;
import io.itsm4j.core.port.AccessPolicy;
import io.itsm4j.core.ticket.CommandRejected;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.LinkedHashMap;
import org.junit.jupiter.api.Test;

/** The reproductions of the hostile-input report, one test each: what was accepted wrongly is refused, by name. */
class HostileInputRegressionTest {
  private final DeskFixture f = new DeskFixture();

  @Test
  void an_unpaired_surrogate_in_any_text_slot_is_refused_naming_the_slot() {
    Ticket t = f.open(TicketCommand.Open.incident("fine", Impact.LOW, Urgency.LOW));
    String bad = "a\uD800b";
    assertRefused(f.desk.open(ACME, AGENT, f.key(), TicketCommand.Open.incident(bad, Impact.LOW, Urgency.LOW))
        .getLeft(), "title");
    assertRefused(f.desk.open(ACME, AGENT, f.key(), TicketCommand.Open.incident("ok", Impact.LOW, Urgency.LOW)
        .withDescription(bad)).getLeft(), "description");
    assertRefused(f.send(AGENT, t.id(), TicketCommand.AddNote.workNote(bad)).getLeft(), "text");
    assertRefused(f.send(AGENT, t.id(), new TicketCommand.ChangePriority(Impact.HIGH, Urgency.HIGH, bad)).getLeft(),
        "reason");
    assertRefused(f.send(AGENT, t.id(), TicketCommand.UpdateDetails.nothing().withField("x", "\uDC00")).getLeft(),
        "fields.x");
    assertThat(f.store.load(ACME, t.id())).hasSize(1);
  }

  @Test
  void a_title_is_one_line_without_escape_sequences() {
    Rejection r = f.desk.open(ACME, AGENT, f.key(), TicketCommand.Open.incident(
        "Mail is down\nFAKE LOG LINE: admin approved\u001B[2J", Impact.LOW, Urgency.LOW)).getLeft();
    assertRefused(r, "title");
    assertThat(r.violations().head().message()).contains("line break U+000A at position 12");
    assertRefused(f.desk.open(ACME, AGENT, f.key(), TicketCommand.Open.incident("evil \u202Etxt.exe",
        Impact.LOW, Urgency.LOW)).getLeft(), "title");
    // A description may hold lines and tabs, but no carriage return or escape.
    assertThat(f.desk.open(ACME, AGENT, f.key(), TicketCommand.Open.incident("ok", Impact.LOW, Urgency.LOW)
        .withDescription("line 1\n\tline 2")).isRight()).isTrue();
    assertRefused(f.desk.open(ACME, AGENT, f.key(), TicketCommand.Open.incident("ok", Impact.LOW, Urgency.LOW)
        .withDescription("line 1\r\nline 2")).getLeft(), "description");
  }

  @Test
  void lengths_count_code_points_so_emoji_are_not_counted_twice() {
    String emoji = "\uD83D\uDE00".repeat(TicketCommand.TITLE_MAX);
    assertThat(f.desk.open(ACME, AGENT, f.key(), TicketCommand.Open.incident(emoji, Impact.LOW, Urgency.LOW))
        .get().ticket().title()).isEqualTo(emoji);
    Rejection r = f.desk.open(ACME, AGENT, f.key(), TicketCommand.Open.incident(emoji + "x", Impact.LOW,
        Urgency.LOW)).getLeft();
    assertThat(r.violations().head().code()).isEqualTo(Violation.TOO_LONG);
  }

  @Test
  void fields_that_print_alike_are_different_commands_under_one_key() {
    Ticket t = f.open(TicketCommand.Open.incident("fine", Impact.LOW, Urgency.LOW));
    TicketCommand first = new TicketCommand.UpdateDetails(io.vavr.control.Option.none(), io.vavr.control.Option.none(),
        LinkedHashMap.of("a", "1), (b, 2"), io.vavr.collection.HashSet.empty(), io.vavr.control.Option.none());
    TicketCommand second = new TicketCommand.UpdateDetails(io.vavr.control.Option.none(),
        io.vavr.control.Option.none(), LinkedHashMap.of("a", "1", "b", "2"), io.vavr.collection.HashSet.empty(),
        io.vavr.control.Option.none());
    assertThat(f.desk.execute(ACME, AGENT, t.id(), "same-key", first).isRight()).isTrue();
    Rejection r = f.desk.execute(ACME, AGENT, t.id(), "same-key", second).getLeft();
    assertThat(r.code()).isEqualTo(RejectionCode.IDEMPOTENCY_KEY_REUSED);
    assertThat(f.desk.ticket(ACME, t.id()).get().field("b").isEmpty()).isTrue();
  }

  @Test
  void a_key_reuse_refusal_reaches_the_sink_like_every_other_refusal() {
    Ticket t = f.open(TicketCommand.Open.incident("fine", Impact.LOW, Urgency.LOW));
    f.desk.execute(ACME, AGENT, t.id(), "k", TicketCommand.AddNote.workNote("one")).get();
    f.sink.clear();
    Rejection r = f.desk.execute(ACME, AGENT, t.id(), "k", TicketCommand.AddNote.workNote("two")).getLeft();
    assertThat(r.code()).isEqualTo(RejectionCode.IDEMPOTENCY_KEY_REUSED);
    assertThat(f.sink.rejections().map(CommandRejected::rejection)).containsExactly(r);
    Rejection onOpen = f.desk.open(ACME, AGENT, "k", TicketCommand.Open.incident("x", Impact.LOW, Urgency.LOW))
        .getLeft();
    assertThat(onOpen.code()).isEqualTo(RejectionCode.IDEMPOTENCY_KEY_REUSED);
    assertThat(f.sink.rejections()).hasSize(2);
  }

  @Test
  void a_replay_is_authorised_like_a_new_command_and_reveals_nothing_when_refused() {
    DeskFixture guarded = new DeskFixture(ServiceDesk.builder().accessPolicy(AccessPolicy.requireRole("agent")));
    Ticket t = guarded.open(TicketCommand.Open.incident("fine", Impact.LOW, Urgency.LOW));
    TicketCommand note = TicketCommand.AddNote.workNote("secret work note");
    guarded.desk.execute(ACME, AGENT, t.id(), "agent-key", note).get();
    guarded.sink.clear();
    Actor outsider = Actor.of("mallory");
    Rejection r = guarded.desk.execute(ACME, outsider, t.id(), "agent-key", note).getLeft();
    assertThat(r.code()).isEqualTo(RejectionCode.NOT_AUTHORISED);
    assertThat(r.message()).doesNotContain("secret");
    assertThat(guarded.sink.rejections().map(CommandRejected::rejection)).containsExactly(r);
    // The agent's own retry is still a replay.
    assertThat(guarded.desk.execute(ACME, AGENT, t.id(), "agent-key", note).get().replayed()).isTrue();
  }

  @Test
  void a_bad_idempotency_key_is_a_typed_refusal() {
    Rejection r = f.desk.open(ACME, AGENT, "k\uD800", TicketCommand.Open.incident("x", Impact.LOW, Urgency.LOW))
        .getLeft();
    assertThat(r.code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(r.violations().map(Violation::field)).containsExactly("idempotencyKey");
    assertThat(f.desk.open(ACME, CALLER, "k" + "é", TicketCommand.Open.incident("x", Impact.LOW, Urgency.LOW))
        .getLeft().code()).isEqualTo(RejectionCode.INVALID_INPUT);
  }

  @Test
  void messages_show_at_most_two_hundred_characters_of_the_input_and_its_length() {
    Ticket t = f.open(TicketCommand.Open.incident("fine", Impact.LOW, Urgency.LOW));
    Rejection r = f.send(AGENT, t.id(), TicketCommand.ChangeState.to("s".repeat(1 << 20))).getLeft();
    assertThat(r.message()).contains("(1048576 characters)");
    assertThat(r.message().length()).isLessThan(400);
    assertThat(TextPolicy.allows(r.message(), TextPolicy.Form.LINE)).isTrue();
  }

  private static void assertRefused(Rejection r, String field) {
    assertThat(r.code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(r.violations().map(Violation::field)).contains(field);
  }
}
