package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.audit.corrective.CorrectiveActionEvent;
import io.itsm4j.audit.corrective.CorrectiveActionId;
import io.itsm4j.audit.corrective.PlannedAction;
import io.itsm4j.audit.programme.InternalAuditId;
import io.itsm4j.audit.programme.ProgrammeEvent;
import io.itsm4j.audit.programme.ProgrammeId;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Vector;
import java.time.Instant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The text forms of the audit programme and corrective action histories: every event of every type reads back
 * equal, the text is one record per line, the documented form is what is written, and broken text is refused by
 * name.
 */
class AuditHistoryCodecProperties {
  private static final ProgrammeEventCodec PROGRAMMES = new ProgrammeEventCodec();
  private static final CorrectiveActionEventCodec ACTIONS = new CorrectiveActionEventCodec();
  private static final TenantId ACME = TenantId.of("acme");

  @Provide
  Arbitrary<ProgrammeEvent> programmeEvents() {
    return AuditHistoryEvents.programmeEvents();
  }

  @Provide
  Arbitrary<CorrectiveActionEvent> correctiveActionEvents() {
    return AuditHistoryEvents.correctiveActionEvents();
  }

  @Property(tries = 400)
  void everyProgrammeEventReadsBackEqual(@ForAll("programmeEvents") ProgrammeEvent event) {
    String text = PROGRAMMES.encode(event);
    assertThat(PROGRAMMES.decode(text)).isEqualTo(event);
    assertOneRecordPerLine(text, "itsm4j-programme-event/1 " + event.type());
  }

  @Property(tries = 300)
  void everyCorrectiveActionEventReadsBackEqual(@ForAll("correctiveActionEvents") CorrectiveActionEvent event) {
    String text = ACTIONS.encode(event);
    assertThat(ACTIONS.decode(text)).isEqualTo(event);
    assertOneRecordPerLine(text, "itsm4j-corrective-action-event/1 " + event.type());
  }

  private static void assertOneRecordPerLine(String text, String firstLine) {
    assertThat(text).startsWith(firstLine + "\n").endsWith("\n");
    assertThat(text.chars().filter(c -> c != '\n')
        .noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')).isTrue();
    text.lines().skip(1).forEach(line -> assertThat(line).matches("[A-Za-z.]+=[^=]*"));
  }

  @Example
  void theDocumentedFormsAreWhatIsWritten() {
    ProgrammeEvent assigned = new ProgrammeEvent.AuditorAssigned(new ProgrammeEvent.Header(
        ProgrammeId.of("programme-2026"), ACME, 4, Instant.parse("2026-01-05T12:00:00Z"),
        ActorId.of("quality-manager")), InternalAuditId.of("IA-2026-01"), ActorId.of("ines"));
    assertThat(PROGRAMMES.encode(assigned)).isEqualTo("""
        itsm4j-programme-event/1 auditor-assigned
        id=programme-2026
        tenant=acme
        seq=4
        at=2026-01-05T12:00:00Z
        actor=quality-manager
        audit=IA-2026-01
        auditor=ines
        """);
    CorrectiveActionEvent planned = new CorrectiveActionEvent.Planned(new CorrectiveActionEvent.Header(
        CorrectiveActionId.of("CA-7"), ACME, 3, Instant.parse("2026-02-01T10:00:00Z"), ActorId.of("quality-manager")),
        Vector.of(PlannedAction.of("Retrain the = desk\nteam", ActorId.of("owen"), Instant.parse("2026-03-01T00:00:00Z"))));
    String text = """
        itsm4j-corrective-action-event/1 planned
        id=CA-7
        tenant=acme
        seq=3
        at=2026-02-01T10:00:00Z
        actor=quality-manager
        step=2026-03-01T00:00:00Z owen Retrain the \\e desk\\nteam
        """;
    assertThat(ACTIONS.encode(planned)).isEqualTo(text);
    assertThat(ACTIONS.decode(text)).isEqualTo(planned);
  }

  @Example
  void brokenTextIsRefusedNamingWhatIsWrong() {
    String good = """
        itsm4j-corrective-action-event/1 implemented
        id=CA-7
        tenant=acme
        seq=5
        at=2026-02-01T10:00:00Z
        actor=owen
        summary=done
        """;
    assertThat(ACTIONS.decode(good)).isInstanceOf(CorrectiveActionEvent.Implemented.class);
    assertRefused(good.replace("event/1", "event/2"), "unsupported corrective action event text version '2'");
    assertRefused(good.replace(" implemented", " abandoned"), "unknown type 'abandoned'");
    assertRefused(good.replace(" implemented", ""), "names no type");
    assertRefused(good.replace("summary=done", "rootCause=done"), "type 'implemented' has the key 'rootCause'");
    assertRefused(good.replace("summary=done", "colour=done"), "unknown key 'colour'");
    assertRefused(good.replace("summary=done\n", ""), "lacks 'summary'");
    assertRefused(good.replace("seq=5", "seq=0"), "the domain refuses");
    assertRefused(good.replace("seq=5", "seq=five"), "malformed 'seq'");
    assertRefused(good.replace("actor=owen", "actor=owen kim"), "malformed 'actor'");
    assertRefused(good.replace("summary=done", "summary=done\nsummary=again"), "more than one 'summary'");
    assertRefused(good.replace(" implemented", " planned").replace("summary=done", "step=2026-03-01T00:00:00Z owen"),
        "malformed 'step'");
    assertThatThrownBy(() -> PROGRAMMES.decode(good)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an itsm4j programme event");
    String finding = PROGRAMMES.encode(new ProgrammeEvent.AuditStarted(new ProgrammeEvent.Header(
        ProgrammeId.of("p"), ACME, 2, Instant.parse("2026-01-05T12:00:00Z"), ActorId.of("ines")),
        InternalAuditId.of("IA-1")));
    assertThatThrownBy(() -> PROGRAMMES.decode(finding.replace("audit=IA-1", "audit=IA 1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed 'audit'");
    assertThatThrownBy(() -> PROGRAMMES.decode(finding.replace("audit=IA-1", "auditor=ines")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has the key 'auditor'");
  }

  private static void assertRefused(String text, String message) {
    assertThatThrownBy(() -> ACTIONS.decode(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
