package io.itsm4j.jdbc;

import io.itsm4j.audit.corrective.CorrectiveActionEvent;
import io.itsm4j.audit.corrective.CorrectiveActionId;
import io.itsm4j.audit.corrective.PlannedAction;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Vector;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@link HistoryCodec} of corrective action histories: a {@link CorrectiveActionEvent} as a line-oriented,
 * versioned text, for a {@link JdbcHistoryStore} named {@link io.itsm4j.audit.trail.RecordRef#CORRECTIVE_ACTION}.
 *
 * <h2>Format, version 1</h2>
 * <pre>
 * itsm4j-corrective-action-event/1 planned   first line: form and version, a space, the event type
 * id=CA-7                                    then one "key=value" per line: the header (action, tenant,
 * tenant=acme                                sequence, time, actor) ...
 * seq=3
 * at=2026-02-01T10:00:00Z                    instants in ISO-8601
 * actor=quality-manager
 * step=2026-03-01T00:00:00Z owen Retrain     ... then the fields: a planned step is "due owner description"
 * </pre>
 * The fields per type: {@code raised} title, nonconformity, and finding when present; {@code root-cause-analysed}
 * rootCause; {@code planned} one step line per step, in order; {@code implemented} summary; {@code
 * effectiveness-verified} and {@code reopened} (an effectiveness check that found the action effective, or not)
 * evidence; {@code closed} nothing. Values are escaped as in {@link EventCodec}. The reader is strict (unknown,
 * repeated or missing keys are errors naming the key), knows version 1 and refuses others by name.
 *
 * <p>Stateless and thread-safe. Null arguments throw {@link NullPointerException}; malformed text throws {@link
 * IllegalArgumentException} naming the problem.
 */
public final class CorrectiveActionEventCodec implements HistoryCodec<CorrectiveActionEvent> {
  /** The version of the text form {@link #encode} writes. */
  public static final int FORMAT_VERSION = 1;
  private static final String MAGIC = "itsm4j-corrective-action-event/";
  private static final String WHAT = "corrective action event";
  private static final Set<String> HEADER = Set.of("id", "tenant", "seq", "at", "actor");
  private static final Map<String, Set<String>> FIELDS = Map.of(
      "raised", Set.of("title", "nonconformity", "finding"),
      "root-cause-analysed", Set.of("rootCause"),
      "planned", Set.of("step"),
      "implemented", Set.of("summary"),
      "effectiveness-verified", Set.of("evidence"),
      "reopened", Set.of("evidence"),
      "closed", Set.of());
  private static final Set<String> KEYS = KeyValueText.union(HEADER, FIELDS.values());
  private static final Set<String> REPEATABLE = Set.of("step");

  /** The codec; it holds no state, so one instance serves every store. */
  public CorrectiveActionEventCodec() {}

  @Override
  public String encode(CorrectiveActionEvent event) {
    Objects.requireNonNull(event, "event");
    CorrectiveActionEvent.Header h = event.header();
    KeyValueText.Writer w = new KeyValueText.Writer(MAGIC + FORMAT_VERSION + " " + event.type())
        .put("id", h.id().value())
        .put("tenant", h.tenant().value())
        .put("seq", Long.toString(h.sequence()))
        .put("at", h.at().toString())
        .put("actor", h.actor().value());
    if (event instanceof CorrectiveActionEvent.Raised e) {
      w.put("title", e.title()).put("nonconformity", e.nonconformity()).put("finding", e.finding());
    } else if (event instanceof CorrectiveActionEvent.RootCauseAnalysed e) {
      w.put("rootCause", e.rootCause());
    } else if (event instanceof CorrectiveActionEvent.Planned e) {
      w.putAll("step", e.steps().map(s -> s.due() + " " + s.owner().value() + " " + s.description()));
    } else if (event instanceof CorrectiveActionEvent.Implemented e) {
      w.put("summary", e.summary());
    } else if (event instanceof CorrectiveActionEvent.EffectivenessChecked e) {
      w.put("evidence", e.evidence());
    } else if (!(event instanceof CorrectiveActionEvent.Closed)) {
      throw new IllegalArgumentException("unknown corrective action event type " + event.getClass().getName());
    }
    return w.text();
  }

  @Override
  public CorrectiveActionEvent decode(String text) {
    Objects.requireNonNull(text, "text");
    KeyValueText.Reader r = KeyValueText.Reader.parse(WHAT, MAGIC, FORMAT_VERSION, true, text, KEYS, REPEATABLE);
    if (FIELDS.containsKey(r.type())) {
      r.allowOnly(KeyValueText.union(HEADER, java.util.List.of(FIELDS.get(r.type()))));
    }
    CorrectiveActionId id = r.parse("id", CorrectiveActionId::of);
    TenantId tenant = r.parse("tenant", TenantId::of);
    long seq = r.parse("seq", Long::parseLong);
    Instant at = r.parse("at", Instant::parse);
    ActorId actor = r.parse("actor", ActorId::of);
    CorrectiveActionEvent.Header h;
    try {
      h = new CorrectiveActionEvent.Header(id, tenant, seq, at, actor);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(WHAT + " text holds an event the domain refuses: " + e.getMessage(), e);
    }
    return switch (r.type()) {
      case "raised" -> new CorrectiveActionEvent.Raised(h, r.one("title"), r.one("nonconformity"), r.opt("finding"));
      case "root-cause-analysed" -> new CorrectiveActionEvent.RootCauseAnalysed(h, r.one("rootCause"));
      case "planned" -> new CorrectiveActionEvent.Planned(h,
          Vector.ofAll(r.parseMany("step", CorrectiveActionEventCodec::step)));
      case "implemented" -> new CorrectiveActionEvent.Implemented(h, r.one("summary"));
      case "effectiveness-verified" -> new CorrectiveActionEvent.EffectivenessChecked(h, true, r.one("evidence"));
      case "reopened" -> new CorrectiveActionEvent.EffectivenessChecked(h, false, r.one("evidence"));
      case "closed" -> new CorrectiveActionEvent.Closed(h);
      default -> throw new IllegalArgumentException(WHAT + " text has the unknown type '"
          + KeyValueText.abbreviate(r.type()) + "'");
    };
  }

  private static PlannedAction step(String line) {
    int first = line.indexOf(' ');
    int second = first < 0 ? -1 : line.indexOf(' ', first + 1);
    if (second < 0) {
      throw new IllegalArgumentException("a step is '<due> <owner> <description>'");
    }
    return PlannedAction.of(line.substring(second + 1), ActorId.of(line.substring(first + 1, second)),
        Instant.parse(line.substring(0, first)));
  }
}
