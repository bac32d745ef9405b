package io.itsm4j.jdbc;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import io.itsm4j.audit.corrective.CorrectiveActionEvent;
import io.itsm4j.audit.programme.Finding;
import io.itsm4j.audit.programme.ImmutableFinding;
import io.itsm4j.audit.programme.ImmutableInternalAudit;
import io.itsm4j.audit.programme.InternalAudit;
import io.itsm4j.audit.programme.ProgrammeEvent;
import java.util.Objects;

/**
 * The JSON forms of the audit module's histories, as {@link HistoryCodec}s for {@link JdbcHistoryStore}: {@link
 * #programmes()} for {@link ProgrammeEvent}s and {@link #correctiveActions()} for {@link CorrectiveActionEvent}s,
 * through the same mapping as the ticket and catalogue events ({@link StoredJson}, {@code "type"} and {@code "v"}
 * first). Internal audits and findings are read through their builders, which check them as code does.
 *
 * <p>Rows written by the text codecs before ({@link ProgrammeEventCodec}, {@link CorrectiveActionEventCodec}) still
 * read: a stored text that is not a JSON object is handed to them. Thread-safe.
 */
public final class AuditHistoryJson {
  private static final HistoryCodec<ProgrammeEvent> PROGRAMMES = new Codec<>(new VersionedJson<>(programmeMapper(),
      ProgrammeEvent.class, ProgrammeEvent::type, "audit programme event"), new ProgrammeEventCodec());
  private static final HistoryCodec<CorrectiveActionEvent> ACTIONS = new Codec<>(new VersionedJson<>(actionMapper(),
      CorrectiveActionEvent.class, CorrectiveActionEvent::type, "corrective action event"),
      new CorrectiveActionEventCodec());

  private AuditHistoryJson() {}

  /** The JSON form of audit programme histories; reads the older text rows too. */
  public static HistoryCodec<ProgrammeEvent> programmes() {
    return PROGRAMMES;
  }

  /** The JSON form of corrective action histories; reads the older text rows too. */
  public static HistoryCodec<CorrectiveActionEvent> correctiveActions() {
    return ACTIONS;
  }

  /** JSON for new rows; the text codec for rows written before. */
  private record Codec<E>(VersionedJson<E> form, HistoryCodec<E> legacy) implements HistoryCodec<E> {
    @Override
    public String encode(E event) {
      return form.encode(event);
    }

    @Override
    public boolean json() {
      return true;
    }

    @Override
    public E decode(String text) {
      Objects.requireNonNull(text, "text");
      return text.startsWith("{") ? form.decode(text) : legacy.decode(text);
    }
  }

  private static ObjectMapper programmeMapper() {
    ObjectMapper m = StoredJson.mapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    m.addMixIn(ProgrammeEvent.class, EventTypes.class);
    m.addMixIn(InternalAudit.class, InternalAuditForm.class);
    m.addMixIn(ImmutableInternalAudit.Builder.class, BuilderForm.class);
    m.addMixIn(Finding.class, FindingForm.class);
    m.addMixIn(ImmutableFinding.Builder.class, BuilderForm.class);
    m.registerSubtypes(
        new NamedType(ProgrammeEvent.Established.class, "established"),
        new NamedType(ProgrammeEvent.ProcessDefined.class, "process-defined"),
        new NamedType(ProgrammeEvent.AuditPlanned.class, "audit-planned"),
        new NamedType(ProgrammeEvent.AuditorAssigned.class, "auditor-assigned"),
        new NamedType(ProgrammeEvent.AuditStarted.class, "audit-started"),
        new NamedType(ProgrammeEvent.AuditCompleted.class, "audit-completed"),
        new NamedType(ProgrammeEvent.AuditCancelled.class, "audit-cancelled"),
        new NamedType(ProgrammeEvent.FindingRecorded.class, "finding-recorded"));
    return m;
  }

  private static ObjectMapper actionMapper() {
    ObjectMapper m = StoredJson.mapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    m.addMixIn(CorrectiveActionEvent.class, EventTypes.class);
    m.registerSubtypes(
        new NamedType(CorrectiveActionEvent.Raised.class, "raised"),
        new NamedType(CorrectiveActionEvent.RootCauseAnalysed.class, "root-cause-analysed"),
        new NamedType(CorrectiveActionEvent.Planned.class, "planned"),
        new NamedType(CorrectiveActionEvent.Implemented.class, "implemented"),
        // One record, two types: a check that found the action effective or one that reopened it.
        new NamedType(CorrectiveActionEvent.EffectivenessChecked.class, "reopened"),
        new NamedType(CorrectiveActionEvent.EffectivenessChecked.class, "effectiveness-verified"),
        new NamedType(CorrectiveActionEvent.Closed.class, "closed"));
    return m;
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  private abstract static class EventTypes {}

  @JsonDeserialize(builder = ImmutableInternalAudit.Builder.class)
  private abstract static class InternalAuditForm {}

  @JsonDeserialize(builder = ImmutableFinding.Builder.class)
  private abstract static class FindingForm {}

  @JsonPOJOBuilder(withPrefix = "")
  private abstract static class BuilderForm {}
}
