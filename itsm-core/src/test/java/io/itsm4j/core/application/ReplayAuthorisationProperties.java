package io.itsm4j.core.application;

import static io.itsm4j.core.application.DeskFixture.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.port.AccessPolicy;
import io.itsm4j.core.ticket.CommandRejected;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.control.Either;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A key is no way around the access policy: whoever resends a recorded command gets the first outcome exactly when
 * the policy lets them send that command now, and otherwise {@code NOT_AUTHORISED}, nothing of the ticket, and a
 * refusal the sink hears. Under a deny-all policy nothing is readable through replays.
 */
class ReplayAuthorisationProperties {

  @Provide
  Arbitrary<Actor> actors() {
    return Arbitraries.of(Actor.of("agent", "agent"), Actor.of("mallory"), Actor.of("carol", "caller"),
        Actor.of("morgan", "agent", "change-manager"));
  }

  @Provide
  Arbitrary<TicketCommand> commands() {
    return Arbitraries.of(TicketCommand.AddNote.workNote("secret work note"),
        TicketCommand.AddNote.comment("for the caller"),
        new TicketCommand.ChangePriority(Impact.HIGH, Urgency.HIGH, "escalated"),
        TicketCommand.UpdateDetails.nothing().withField("vip", "yes"));
  }

  @Property(tries = 200)
  void aReplayIsAnsweredExactlyWhenTheResenderMaySendTheCommand(@ForAll("actors") Actor resender,
      @ForAll("commands") TicketCommand command, @ForAll boolean denyAll) {
    AccessPolicy onlyAgents = AccessPolicy.requireRole("agent");
    boolean[] deny = {false};
    DeskFixture f = new DeskFixture(ServiceDesk.builder()
        .accessPolicy((ctx, c, t) -> !deny[0] && onlyAgents.permits(ctx, c, t)));
    Ticket t = f.open(TicketCommand.Open.incident("Mail is down", Impact.LOW, Urgency.LOW));
    f.desk.execute(ACME, DeskFixture.AGENT, t.id(), "first", command).get();
    deny[0] = denyAll;
    f.sink.clear();

    Either<Rejection, CommandResult> again = f.desk.execute(ACME, resender, t.id(), "first", command);

    boolean permitted = !denyAll && resender.roles().contains("agent");
    assertThat(again.isRight()).isEqualTo(permitted);
    if (permitted) {
      assertThat(again.get().replayed()).isTrue();
      assertThat(f.sink.rejections()).isEmpty();
    } else {
      assertThat(again.getLeft().code()).isEqualTo(RejectionCode.NOT_AUTHORISED);
      assertThat(again.getLeft().message()).doesNotContain("secret").doesNotContain("Mail is down");
      assertThat(f.sink.rejections().map(CommandRejected::rejection)).containsExactly(again.getLeft());
    }
    assertThat(f.store.load(ACME, t.id())).hasSize(2);
  }
}
