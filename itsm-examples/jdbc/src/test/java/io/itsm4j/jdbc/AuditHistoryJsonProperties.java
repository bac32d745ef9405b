package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.corrective.CorrectiveActionEvent;
import io.itsm4j.audit.programme.ProgrammeEvent;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * The JSON forms of the audit histories: every event of every type reads back equal, type and version first, and
 * the text rows written before JSON still read through the same codec.
 */
class AuditHistoryJsonProperties {

  @Provide
  Arbitrary<ProgrammeEvent> programmeEvents() {
    return AuditHistoryEvents.programmeEvents();
  }

  @Provide
  Arbitrary<CorrectiveActionEvent> correctiveActionEvents() {
    return AuditHistoryEvents.correctiveActionEvents();
  }

  @Property(tries = 400, shrinking = ShrinkingMode.OFF)
  void every_programme_event_reads_back_equal_from_json_and_from_old_text(
      @ForAll("programmeEvents") ProgrammeEvent event) {
    String json = AuditHistoryJson.programmes().encode(event);
    assertThat(json).startsWith("{\"type\":\"" + event.type() + "\",\"v\":1,");
    assertThat(AuditHistoryJson.programmes().decode(json)).isEqualTo(event);
    assertThat(AuditHistoryJson.programmes().decode(new ProgrammeEventCodec().encode(event))).isEqualTo(event);
  }

  @Property(tries = 300, shrinking = ShrinkingMode.OFF)
  void every_corrective_action_event_reads_back_equal_from_json_and_from_old_text(
      @ForAll("correctiveActionEvents") CorrectiveActionEvent event) {
    String json = AuditHistoryJson.correctiveActions().encode(event);
    assertThat(json).startsWith("{\"type\":\"" + event.type() + "\",\"v\":1,");
    assertThat(AuditHistoryJson.correctiveActions().decode(json)).isEqualTo(event);
    assertThat(AuditHistoryJson.correctiveActions().decode(new CorrectiveActionEventCodec().encode(event)))
        .isEqualTo(event);
  }
}
