package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.approval.ApprovalPolicy;
import io.itsm4j.core.approval.ApprovalRule;
import io.itsm4j.core.approval.ApprovalStage;
import io.itsm4j.core.approval.Verdict;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.OfferingId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.EventHeader;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Link;
import io.itsm4j.core.ticket.LinkType;
import io.itsm4j.core.ticket.NoteVisibility;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.RiskLevel;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden files pin the JSON form of every ticket event type (src/test/resources/golden/ticket-events/), and a
 * version-1 golden file of an event whose component was later renamed reads through an upcaster: how a release
 * migrates stored events without touching the rows.
 */
class TicketEventJsonTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/ticket-events");
  private static final TenantId ACME = TenantId.of("acme");
  private static final TicketId ID = TicketId.of("CHG-000042");

  private static EventHeader header(long seq) {
    return new EventHeader(ID, ACME, seq, Instant.parse("2026-03-02T09:00:00Z").plusSeconds(60 * seq),
        ActorId.of("alice"), "req-" + seq);
  }

  /** One event of every type, each with its optional parts present. */
  static List<TicketEvent> samples() {
    TicketSubject subject = TicketSubject.none().withService(ServiceId.of("mail")).withOffering(OfferingId.of("gold"))
        .withCustomer(CustomerId.of("contoso")).withConfigurationItem(ConfigurationItemId.of("mx-1"));
    return List.of(
        new TicketEvent.Opened(header(1), TicketKind.CHANGE, Option.some(ChangeType.NORMAL), "change-normal",
            "Replace mail relay", "Old relay is failing.\nSee INC-000007.", Impact.MEDIUM, Urgency.HIGH, Priority.P2,
            "new", StateCategory.NEW, LinkedHashMap.of("site", "berlin"), subject, ActorId.of("carol")),
        new TicketEvent.StateChanged(header(2), "submit", "new", StateCategory.NEW, "assess", StateCategory.ACTIVE,
            LinkedHashMap.empty(), 1),
        new TicketEvent.PriorityChanged(header(3), Priority.P2, Priority.P1, Impact.HIGH, Urgency.HIGH,
            "whole floor down"),
        new TicketEvent.Assigned(header(4), Option.some(GroupId.of("network")), Option.some(ActorId.of("ivan")),
            false),
        new TicketEvent.NoteAdded(header(5), NoteVisibility.COMMENT, "Scheduled for Saturday night.", false),
        new TicketEvent.LinkAdded(header(6), new Link(LinkType.FIXES_PROBLEM, TicketId.of("PRB-000003"))),
        new TicketEvent.LinkRemoved(header(7), new Link(LinkType.FIXES_PROBLEM, TicketId.of("PRB-000003"))),
        new TicketEvent.DetailsUpdated(header(8), Option.some("Replace mail relay mx-1"), Option.none(),
            LinkedHashMap.of("planned.start", "2026-03-07T22:00:00Z"), LinkedHashSet.of("site"),
            Option.some(subject)),
        new TicketEvent.RiskAssessed(header(9), RiskLevel.MEDIUM, 2,
            LinkedHashMap.of("outage", "partial", "tested", "yes")),
        new TicketEvent.ApprovalRequested(header(10), ApprovalPolicy.of(
                new ApprovalStage("technical", GroupId.of("change-managers"), new ApprovalRule.AnyOne()),
                new ApprovalStage("cab", GroupId.of("cab"), new ApprovalRule.Quorum(2))),
            LinkedHashMap.of(GroupId.of("change-managers"), LinkedHashSet.of(ActorId.of("morgan")),
                GroupId.of("cab"), LinkedHashSet.of(ActorId.of("ann"), ActorId.of("ben")))),
        new TicketEvent.ApprovalDecided(header(11), 1, "technical", GroupId.of("change-managers"), Verdict.APPROVE,
            "tested in staging"),
        new TicketEvent.AuthorisationGranted(header(12), LinkedHashSet.of(ActorId.of("morgan"), ActorId.of("ann"))),
        new TicketEvent.CollisionsOverridden(header(13), LinkedHashSet.of(TicketId.of("CHG-000040")),
            "same team, one outage"));
  }

  @Test
  void every_type_has_a_golden_file_that_it_writes_and_reads_exactly() throws IOException {
    TicketEventJson json = TicketEventJson.standard();
    List<TicketEvent> samples = samples();
    assertThat(samples.stream().map(TicketEvent::type).distinct()).as("one sample per event type").hasSize(13);
    for (TicketEvent e : samples) {
      Path file = GOLDEN.resolve(e.type() + ".json");
      if (Boolean.getBoolean("golden.write")) {
        Files.writeString(file, json.encode(e) + "\n", StandardCharsets.UTF_8);
      }
      String golden = Files.readString(file, StandardCharsets.UTF_8).strip();
      assertThat(json.encode(e)).as("the form of %s", e.type()).isEqualTo(golden);
      assertThat(json.decode(golden)).isEqualTo(e);
    }
  }

  @Test
  void a_version_1_event_reads_through_the_upcaster_of_a_renamed_component() throws IOException {
    // As if a release renamed Opened's component "workflow" to "workflowId": the rows it wrote before say
    // "workflow" in schema version 1; the release registers the rename and writes version 2 from then on.
    TicketEventJson renamed = TicketEventJson.standard().withUpcaster("opened", 1, v1 -> {
      ObjectNode v2 = v1.deepCopy();
      v2.set("workflowId", v2.remove("workflow"));
      return v2;
    });
    String v1 = Files.readString(Path.of("src/test/resources/golden/ticket-events-v1/opened-renamed-field.json"),
        StandardCharsets.UTF_8);
    TicketEvent expected = samples().get(0);
    assertThat(renamed.decode(v1)).isEqualTo(expected);
    assertThat(renamed.version("opened")).isEqualTo(2);
    assertThat(renamed.encode(expected)).startsWith("{\"type\":\"opened\",\"v\":2,");
    assertThat(renamed.decode(renamed.encode(expected))).isEqualTo(expected);
    assertThatThrownBy(() -> TicketEventJson.standard().decode(renamed.encode(expected)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event opened is stored in schema version 2; this form reads versions 1 to 1");
    assertThatThrownBy(() -> TicketEventJson.standard().decode(v1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit its schema");
    assertThatThrownBy(() -> renamed.withUpcaster("opened", 1, n -> n))
        .hasMessage("the next upcaster of opened reads version 2, not 1");
  }

  @Test
  void what_is_not_a_stored_event_is_refused_with_a_reason() {
    TicketEventJson json = TicketEventJson.standard();
    assertThatThrownBy(() -> json.decode("not json")).hasMessageStartingWith("a stored ticket event is not JSON");
    assertThatThrownBy(() -> json.decode("[1]")).hasMessage("a stored ticket event must be an object with \"type\" "
        + "and \"v\"");
    assertThatThrownBy(() -> json.decode("{\"type\":\"teleported\",\"v\":1}")).hasMessageContaining("teleported");
    String note = json.encode(samples().get(4));
    assertThatThrownBy(() -> json.decode(note.replace("\"byCaller\":false", "\"byCaller\":false,\"extra\":1")))
        .hasMessageContaining("does not fit its schema");
    assertThatThrownBy(() -> json.decode(note.replace("\"tenant\":\"acme\"", "\"tenant\":\"a b\"")))
        .hasMessageContaining("does not fit its schema");
  }
}
