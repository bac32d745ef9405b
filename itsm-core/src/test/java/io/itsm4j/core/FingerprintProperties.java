package io.itsm4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.approval.ApprovalPolicy;
import io.itsm4j.core.catalogue.CatalogueCommand;
import io.itsm4j.core.catalogue.ConfigurationItem;
import io.itsm4j.core.catalogue.Lifecycle;
import io.itsm4j.core.catalogue.Node;
import io.itsm4j.core.catalogue.Service;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.catalogue.ServiceKind;
import io.itsm4j.core.contract.HostileStrings;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Link;
import io.itsm4j.core.ticket.LinkType;
import io.itsm4j.core.ticket.NoteVisibility;
import io.itsm4j.core.ticket.RiskLevel;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Idempotency fingerprints are injective: two commands get the same fingerprint exactly when they are equal,
 * whatever their strings hold. The generators draw from a small pool of separator-laden strings so that equal
 * commands, and unequal commands that print alike, are both common.
 */
class FingerprintProperties {

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.of("", "a", "b", "1", "2", "1), (b, 2", "1, b=2", "a=1", "x\uD800", "x?", "x\uFFFD",
            "Mail, description=b", "b, description=X", "b", ", ", "\u0000", "null", "None", "Some(a)"),
        HostileStrings.mixed(6));
  }

  @Provide
  Arbitrary<Map<String, String>> fields() {
    return Arbitraries.maps(Arbitraries.of("a", "b", "c"), text()).ofMaxSize(3)
        .map(m -> LinkedHashMap.ofAll(m));
  }

  @Provide
  Arbitrary<TicketCommand> ticketCommands() {
    Arbitrary<Option<String>> maybe = text().injectNull(0.3).map(Option::of);
    Arbitrary<TicketCommand> update = Combinators.combine(maybe, maybe, fields(),
            Arbitraries.of("a", "b").set().ofMaxSize(2))
        .as((t, d, f, r) -> new TicketCommand.UpdateDetails(t, d, f, LinkedHashSet.ofAll(r), Option.none()));
    Arbitrary<TicketCommand> note = Combinators.combine(Arbitraries.of(NoteVisibility.class), text())
        .as(TicketCommand.AddNote::new);
    Arbitrary<TicketCommand> state = Combinators.combine(text(), fields()).as(TicketCommand.ChangeState::new);
    Arbitrary<TicketCommand> priority = Combinators.combine(Arbitraries.of(Impact.class), Arbitraries.of(Urgency.class),
        text()).as(TicketCommand.ChangePriority::new);
    Arbitrary<TicketCommand> verdict = text().flatMap(c -> Arbitraries.of(new TicketCommand.Approve(c),
        new TicketCommand.Reject(c)));
    Arbitrary<TicketCommand> open = Combinators.combine(text(), text(), fields())
        .as((t, d, f) -> f.foldLeft(TicketCommand.Open.incident(t, Impact.LOW, Urgency.LOW).withDescription(d),
            (o, kv) -> o.withField(kv._1, kv._2)));
    return Arbitraries.oneOf(update, note, state, priority, verdict, open);
  }

  @Property(tries = 2000)
  void ticket_commands_share_a_fingerprint_exactly_when_they_are_equal(
      @ForAll("ticketCommands") TicketCommand a, @ForAll("ticketCommands") TicketCommand b) {
    assertThat(Fingerprint.of(a).equals(Fingerprint.of(b))).as("%s vs %s", a, b).isEqualTo(a.equals(b));
    assertThat(Arrays.equals(Fingerprint.canonical(a), Fingerprint.canonical(b))).isEqualTo(a.equals(b));
  }

  @Property(tries = 1000)
  void the_fingerprint_is_a_function_of_the_value_not_of_map_order(@ForAll("fields") Map<String, String> fields) {
    Map<String, String> reversed = LinkedHashMap.ofEntries(fields.toList().reverse());
    Map<String, String> hashed = HashMap.ofEntries(fields);
    TicketCommand a = new TicketCommand.ChangeState("s", fields);
    assertThat(Fingerprint.of(new TicketCommand.ChangeState("s", reversed))).isEqualTo(Fingerprint.of(a));
    assertThat(Fingerprint.of(new TicketCommand.ChangeState("s", hashed))).isEqualTo(Fingerprint.of(a));
  }

  @Provide
  Arbitrary<CatalogueCommand> catalogueCommands() {
    Arbitrary<Service> service = Combinators.combine(text(), text(), Arbitraries.of(Lifecycle.PIPELINE, Lifecycle.LIVE))
        .as((name, description, lifecycle) -> Service.builder().id(ServiceId.of("mail")).name(name)
            .description(description).kind(ServiceKind.BUSINESS).owner(ActorId.of("olivia")).lifecycle(lifecycle)
            .build());
    Arbitrary<CatalogueCommand> define = service.flatMap(s -> Arbitraries.of(new CatalogueCommand.DefineService(s),
        new CatalogueCommand.ReviseService(s)));
    Arbitrary<CatalogueCommand> ci = Combinators.combine(text(), fields())
        .as((name, attributes) -> new CatalogueCommand.RegisterCi(ConfigurationItem.builder()
            .id(io.itsm4j.core.catalogue.ConfigurationItemId.of("db-1")).name(name).type("database")
            .attributes(attributes).build()));
    Arbitrary<CatalogueCommand> relate = Arbitraries.of("depends-on", "runs-on", "depends-on, ")
        .map(kind -> new CatalogueCommand.Relate(Node.of(ServiceId.of("mail")), kind, Node.of(ServiceId.of("db"))));
    return Arbitraries.oneOf(define, ci, relate);
  }

  @Property(tries = 2000)
  void catalogue_commands_share_a_fingerprint_exactly_when_they_are_equal(
      @ForAll("catalogueCommands") CatalogueCommand a, @ForAll("catalogueCommands") CatalogueCommand b) {
    assertThat(Fingerprint.of(a).equals(Fingerprint.of(b))).as("%s vs %s", a, b).isEqualTo(a.equals(b));
  }

  @Test
  void the_collisions_of_the_report_are_gone() {
    assertThat(Fingerprint.of(TicketCommand.UpdateDetails.nothing().withField("a", "1), (b, 2")))
        .isNotEqualTo(Fingerprint.of(TicketCommand.UpdateDetails.nothing().withField("a", "1").withField("b", "2")));
    Service one = Service.builder().id(ServiceId.of("mail")).name("Mail, description=b").kind(ServiceKind.BUSINESS)
        .owner(ActorId.of("o")).build();
    Service two = Service.builder().id(ServiceId.of("mail")).name("Mail").description("b, description=X")
        .kind(ServiceKind.BUSINESS).owner(ActorId.of("o")).build();
    assertThat(Fingerprint.of(new CatalogueCommand.DefineService(one)))
        .isNotEqualTo(Fingerprint.of(new CatalogueCommand.DefineService(two)));
    assertThat(Fingerprint.of(TicketCommand.AddNote.workNote("x\uD800")))
        .isNotEqualTo(Fingerprint.of(TicketCommand.AddNote.workNote("x?")));
  }

  @Test
  void every_kind_of_ticket_command_has_a_canonical_form_and_kinds_never_collide() {
    List<TicketCommand> one = List.of(
        TicketCommand.Open.change(ChangeType.NORMAL, "t", Impact.LOW, Urgency.LOW),
        TicketCommand.ChangeState.to("x"),
        new TicketCommand.ChangePriority(Impact.LOW, Urgency.LOW, "x"),
        TicketCommand.Assign.toGroup(GroupId.of("x")),
        TicketCommand.AddNote.workNote("x"),
        new TicketCommand.AddLink(Link.of(LinkType.RELATED, TicketId.of("x"))),
        new TicketCommand.RemoveLink(Link.of(LinkType.RELATED, TicketId.of("x"))),
        TicketCommand.UpdateDetails.nothing().withTitle("x"),
        new TicketCommand.AssessRisk(RiskLevel.LOW, 0, LinkedHashMap.of("x", "x")),
        new TicketCommand.RequestApproval(ApprovalPolicy.anyOneOf(GroupId.of("x")),
            LinkedHashMap.of(GroupId.of("x"), HashSet.of(ActorId.of("x")))),
        new TicketCommand.Approve("x"),
        new TicketCommand.Reject("x"),
        new TicketCommand.OverrideCollisions(HashSet.of(TicketId.of("x")), "x"));
    assertThat(one.map(TicketCommand::getClass).distinct().size())
        .isEqualTo(TicketCommand.class.getPermittedSubclasses().length);
    assertThat(one.map(Fingerprint::of).distinct()).hasSize(one.size());
  }

  @Test
  void a_value_without_a_canonical_form_is_refused_rather_than_printed() {
    assertThatThrownBy(() -> Fingerprint.of(new Object())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Object");
    assertThat(Fingerprint.of(1)).isNotEqualTo(Fingerprint.of(1L));
    assertThat(Fingerprint.of("ab", "c")).isNotEqualTo(Fingerprint.of("a", "bc"));
    assertThat(Fingerprint.of(List.of("a", "b"))).isNotEqualTo(Fingerprint.of(List.of("b", "a")));
    assertThat(Fingerprint.of(HashSet.of("a", "b"))).isEqualTo(Fingerprint.of(LinkedHashSet.of("b", "a")));
    assertThat(Fingerprint.of(Option.none())).isNotEqualTo(Fingerprint.of(Option.some("")));
  }
}
