package io.itsm4j.core.application;

import static io.itsm4j.core.application.DeskFixture.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.Service;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.catalogue.ServiceKind;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.port.TenantReadPolicy;
import io.itsm4j.core.port.ReadPolicy;
import io.itsm4j.core.catalogue.CatalogueCommand;
import io.itsm4j.core.catalogue.ConfigurationItem;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Deny-all must leave nothing readable, as a property: with deny-all policies, whoever asks, for an existing ticket
 * or not, every read and every command of the desk and the catalogue is refused with NOT_AUTHORISED, and the
 * refusal carries no tenant data (no title, no note, not whether the ticket exists). The catalogue's reads that name
 * an actor are refused the same way, whether what is asked about exists or not.
 */
class DenyAllProperties {
  private static final String SECRET = "secret-title";

  @Provide
  Arbitrary<Actor> actors() {
    return Arbitraries.of(Actor.of("agent", "agent"), Actor.of("carol"), Actor.of("root", "admin", "agent"));
  }

  @Provide
  Arbitrary<TicketCommand> commands() {
    return Arbitraries.of(TicketCommand.AddNote.workNote("x"), TicketCommand.ChangeState.to("in-progress"),
        TicketCommand.Open.incident("x", Impact.LOW, Urgency.LOW), TicketCommand.UpdateDetails.nothing()
            .withTitle("y"));
  }

  @Property(tries = 200)
  void with_deny_all_policies_nothing_is_readable_and_nothing_is_run(@ForAll("actors") Actor actor,
      @ForAll("commands") TicketCommand command, @ForAll boolean existing) {
    // The data is written by trusted code first, then the policies deny everyone.
    boolean[] deny = {false};
    DeskFixture f = new DeskFixture(ServiceDesk.builder()
        .accessPolicy((ctx, c, t) -> !deny[0])
        .readPolicy((tenant, a, t) -> deny[0] ? ReadPolicy.denyAll().refusal(tenant, a, t) : Option.none()));
    Ticket t = f.open(TicketCommand.Open.incident(SECRET, Impact.HIGH, Urgency.HIGH));
    deny[0] = true;
    TicketId asked = existing ? t.id() : TicketId.of("INC-999999");

    var read = f.desk.ticket(ACME, actor, asked);
    var history = f.desk.history(ACME, actor, asked);
    assertThat(read.getLeft().code()).isEqualTo(RejectionCode.NOT_AUTHORISED);
    assertThat(history.getLeft().code()).isEqualTo(RejectionCode.NOT_AUTHORISED);
    assertThat(read.getLeft().message()).doesNotContain(SECRET).isEqualTo(history.getLeft().message());

    var run = command instanceof TicketCommand.Open o ? f.desk.open(ACME, actor, f.key(), o)
        : f.desk.execute(ACME, actor, asked, f.key(), command);
    assertThat(run.getLeft().code()).isEqualTo(RejectionCode.NOT_AUTHORISED);
    assertThat(run.getLeft().toString()).doesNotContain(SECRET);
    assertThat(f.store.load(ACME, t.id())).hasSize(1);

    CatalogueService catalogue = CatalogueService.builder().accessPolicy((ctx, c, cat) -> Option.some("denied"))
        .build();
    assertThat(catalogue.execute(ACME, actor, f.key(), new CatalogueCommand.RegisterCi(
        ConfigurationItem.of("db-1", "DB", "server"))).getLeft().code()).isEqualTo(RejectionCode.NOT_AUTHORISED);
    assertThat(catalogue.catalogue(ACME).get().configurationItems()).isEmpty();
  }

  @Property(tries = 100)
  void with_a_deny_all_read_policy_the_catalogue_answers_no_question(@ForAll("actors") Actor actor,
      @ForAll boolean askForWhatExists) {
    CatalogueService catalogue = CatalogueService.builder().readPolicy(TenantReadPolicy.denyAll()).build();
    ServiceId service = ServiceId.of(SECRET);
    catalogue.execute(ACME, Actor.of("admin"), "k1", new CatalogueCommand.RegisterCi(
        ConfigurationItem.of(SECRET + "-ci", SECRET, "server"))).get();
    catalogue.execute(ACME, Actor.of("admin"), "k2", new CatalogueCommand.DefineService(Service.builder()
        .id(service).name(SECRET).kind(ServiceKind.BUSINESS).owner(ActorId.of("olivia")).build())).get();
    ConfigurationItemId ci = askForWhatExists ? ConfigurationItemId.of(SECRET + "-ci") : ConfigurationItemId.of("none");
    ServiceId asked = askForWhatExists ? service : ServiceId.of("none");

    java.util.List<Rejection> refusals = java.util.List.of(catalogue.catalogue(ACME, actor).getLeft(),
        catalogue.outage(ACME, actor, java.util.List.of(ci)).getLeft(),
        catalogue.dependencies(ACME, actor, asked).getLeft());
    assertThat(refusals).extracting(Rejection::code).containsOnly(RejectionCode.NOT_AUTHORISED);
    assertThat(refusals).extracting(Rejection::message).allSatisfy(m -> assertThat(m).doesNotContain(SECRET)
        .isEqualTo("actor " + actor.id() + " may read nothing in " + ACME));
  }

  @org.junit.jupiter.api.Test
  void a_caller_reads_their_own_ticket_and_only_agents_read_the_others() {
    DeskFixture f = new DeskFixture(ServiceDesk.builder().readPolicy(ReadPolicy.roleOrCaller("agent")));
    Ticket mine = f.open(TicketCommand.Open.incident("Printer", Impact.LOW, Urgency.LOW)); // caller: carol
    assertThat(f.desk.ticket(ACME, DeskFixture.CALLER, mine.id()).get().title()).isEqualTo("Printer");
    assertThat(f.desk.ticket(ACME, DeskFixture.AGENT, mine.id()).isRight()).isTrue();
    var stranger = f.desk.history(ACME, Actor.of("mallory"), mine.id()).getLeft();
    assertThat(stranger.code()).isEqualTo(RejectionCode.NOT_AUTHORISED);
    assertThat(stranger.message()).contains("the role agent is required, or being its caller");
    assertThat(f.desk.ticket(ACME, DeskFixture.AGENT, TicketId.of("INC-999999")).getLeft().code())
        .isEqualTo(RejectionCode.NOT_FOUND);
  }
}
