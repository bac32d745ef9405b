package io.itsm4j.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.Violation;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.contract.HostileStrings;
import io.itsm4j.core.monitoring.AlertCorrelator;
import io.itsm4j.core.monitoring.AlertDecision;
import io.itsm4j.core.monitoring.AlertSeverity;
import io.itsm4j.core.monitoring.CorrelationPolicy;
import io.itsm4j.core.monitoring.MonitoringEvent;
import io.itsm4j.core.monitoring.ServiceImpact;
import io.itsm4j.core.monitoring.SuppressionWindows;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The payloads of the tools' own documentation (in src/test/resources/payloads: PagerDuty's Events API v2 samples
 * as published; an Alertmanager version 4 body in the documented schema) read into events, and malformed ones
 * refused with every problem named.
 */
class PayloadsTest {
  private static final Instant RECEIVED = Instant.parse("2026-12-07T09:00:00Z");

  private static String golden(String name) throws IOException {
    try (InputStream in = PayloadsTest.class.getResourceAsStream("/payloads/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void alertmanagersWebhookGivesAnEventPerAlert() throws IOException {
    PayloadRead read = AlertmanagerWebhook.standard().read(golden("alertmanager-v4.json")).get();
    assertThat(read.notes()).isEmpty();
    assertThat(read.events()).hasSize(2);
    MonitoringEvent down = read.events().get(0);
    assertThat(down).isEqualTo(new MonitoringEvent("a1b2c3d4e5f60718/firing/2026-12-07T08:00:00Z", "alertmanager",
        "InstanceDown", ConfigurationItemId.of("db-1.example.com:9100"), AlertSeverity.CRITICAL, "a1b2c3d4e5f60718",
        MonitoringEvent.Status.FIRING, Instant.parse("2026-12-07T08:00:00Z"), LinkedHashMap.of("alertname",
            "InstanceDown", "instance", "db-1.example.com:9100", "job", "node", "severity", "critical"),
        "Instance db-1.example.com:9100 down"));
    MonitoringEvent up = read.events().get(1);
    assertThat(up.status()).isEqualTo(MonitoringEvent.Status.RESOLVED);
    assertThat(up.at()).isEqualTo(Instant.parse("2026-12-07T06:58:30Z"));
    assertThat(up.summary()).isEqualTo("app-1.example.com:9100 of job node has been down for more than 5 minutes.");
    assertThat(AlertmanagerWebhook.standard().withItemLabels("job").read(golden("alertmanager-v4.json")).get()
        .events().map(MonitoringEvent::configurationItem)).containsOnly(ConfigurationItemId.of("node"));
  }

  @Test
  void pagerDutysSamplesGiveATriggerAResolveAndANotedAcknowledgement() throws IOException {
    PayloadRead trigger = PagerDutyEvents.standard().read(golden("pagerduty-trigger.json"), RECEIVED).get();
    MonitoringEvent e = trigger.events().single();
    assertThat(e.eventId()).isEqualTo("samplekeyhere/trigger/2015-07-17T08:42:58.315Z");
    assertThat(e.source()).isEqualTo("pagerduty");
    assertThat(e.check()).isEqualTo("disk");
    assertThat(e.configurationItem()).isEqualTo(ConfigurationItemId.of("prod-datapipe03.example.com"));
    assertThat(e.severity()).isEqualTo(AlertSeverity.CRITICAL);
    assertThat(e.dedupKey()).isEqualTo("samplekeyhere");
    assertThat(e.at()).isEqualTo(Instant.parse("2015-07-17T08:42:58.315Z"));
    assertThat(e.summary()).isEqualTo("DISK at 99% on machine prod-datapipe03.example.com");
    assertThat(e.labels()).isEqualTo(LinkedHashMap.of("free_space", "1%", "ping_time", "1500ms", "load_avg", "0.75",
        "component", "mysql", "group", "prod-datapipe", "class", "disk"));

    PayloadRead ack = PagerDutyEvents.standard().read(golden("pagerduty-acknowledge.json"), RECEIVED).get();
    assertThat(ack.events()).isEmpty();
    assertThat(ack.notes()).singleElement().satisfies(n -> assertThat(n).contains("acknowledge", "samplekeyhere"));

    MonitoringEvent resolve = PagerDutyEvents.standard().read(golden("pagerduty-resolve.json"), RECEIVED).get()
        .events().single();
    assertThat(resolve.status()).isEqualTo(MonitoringEvent.Status.RESOLVED);
    assertThat(resolve.at()).isEqualTo(RECEIVED);
    assertThat(resolve.configurationItem().value()).isEqualTo(PagerDutyEvents.UNKNOWN_ITEM);

    // Through the correlator: the trigger raises an alert that the resolve (keyed alike) resolves.
    AlertCorrelator c = AlertCorrelator.create(CorrelationPolicy.defaults(), ServiceImpact.none(),
        SuppressionWindows.none());
    assertThat(c.accept(e).get().last()).isInstanceOf(AlertDecision.IncidentRequested.class);
    assertThat(c.accept(resolve).get()).anyMatch(d -> d instanceof AlertDecision.Restored);
  }

  @Test
  void malformedPayloadsAreRefusedNamingEveryProblem() {
    assertThat(fields(AlertmanagerWebhook.standard().read("{not json"))).containsExactly("payload");
    assertThat(fields(AlertmanagerWebhook.standard().read("[1, 2]"))).containsExactly("payload");
    assertThat(fields(AlertmanagerWebhook.standard().read("{\"version\": \"3\", \"alerts\": []}")))
        .containsExactly("version");
    assertThat(fields(AlertmanagerWebhook.standard().read("{\"version\": \"4\", \"alerts\": [{\"status\": \"burning\","
        + " \"labels\": {\"instance\": \"db-1\"}, \"startsAt\": \"yesterday\", \"fingerprint\": 7}, 5]}")))
        .containsExactlyInAnyOrder("alerts[0].status", "alerts[0].fingerprint", "alerts[0].labels.alertname",
            "alerts[0].endsAt", "alerts[1]");
    assertThat(fields(AlertmanagerWebhook.standard().read("{\"version\": \"4\", \"alerts\": [{\"status\": \"firing\","
        + " \"labels\": {\"alertname\": \"X\", \"instance\": \"not an item\"}, \"startsAt\": \"2026-12-07T08:00:00\","
        + " \"fingerprint\": \"f\"}]}")))
        .containsExactlyInAnyOrder("alerts[0].startsAt", "alerts[0].labels.instance");
    assertThat(fields(PagerDutyEvents.standard().read("{\"event_action\": \"explode\"}", RECEIVED)))
        .containsExactlyInAnyOrder("routing_key", "event_action");
    assertThat(fields(PagerDutyEvents.standard().read("{\"routing_key\": \"k\", \"event_action\": \"resolve\"}",
        RECEIVED))).containsExactly("dedup_key");
    assertThat(fields(PagerDutyEvents.standard().read("{\"routing_key\": \"k\", \"event_action\": \"trigger\","
        + " \"payload\": {\"summary\": \"s\", \"source\": \"h\", \"severity\": \"bad\", \"timestamp\": \"x\"}}",
        RECEIVED))).containsExactlyInAnyOrder("payload.severity", "payload.timestamp");
    assertThat(fields(PagerDutyEvents.standard().read("{\"routing_key\": \"k\", \"event_action\": \"trigger\"}",
        RECEIVED))).containsExactly("payload");
  }

  /** Hostile text in every slot: refused with a typed error or read as text, never an exception. */
  @Test
  void hostileTextInEverySlotIsRefusedOrKeptAsText() {
    for (String hostile : HostileStrings.classes().values()) {
      String quoted = io.itsm4j.monitoring.Payloads.JSON.getNodeFactory().textNode(hostile).toString();
      String am = "{\"version\": \"4\", \"alerts\": [{\"status\": \"firing\", \"labels\": {\"alertname\": " + quoted
          + ", \"instance\": \"db-1\", " + quoted + ": " + quoted + "}, \"annotations\": {\"summary\": " + quoted
          + "}, \"startsAt\": \"2026-12-07T08:00:00Z\", \"fingerprint\": " + quoted + "}]}";
      var read = AlertmanagerWebhook.standard().read(am);
      if (read.isLeft()) {
        assertThat(read.getLeft().code()).isEqualTo(RejectionCode.INVALID_INPUT);
      } else {
        assertThat(read.get().events().single().violations()).isEmpty();
      }
      String pd = "{\"routing_key\": " + quoted + ", \"dedup_key\": " + quoted + ", \"event_action\": \"trigger\","
          + " \"payload\": {\"summary\": " + quoted + ", \"source\": \"h\", \"severity\": \"info\", \"custom_details\":"
          + " {" + quoted + ": " + quoted + "}}}";
      var event = PagerDutyEvents.standard().read(pd, RECEIVED);
      if (event.isLeft()) {
        assertThat(event.getLeft().code()).isEqualTo(RejectionCode.INVALID_INPUT);
      } else {
        assertThat(event.get().events().single().violations()).isEmpty();
      }
    }
  }

  private static Seq<String> fields(io.vavr.control.Either<Rejection, PayloadRead> result) {
    assertThat(result.isLeft()).as("refused").isTrue();
    assertThat(result.getLeft().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    return result.getLeft().violations().map(Violation::field);
  }
}
