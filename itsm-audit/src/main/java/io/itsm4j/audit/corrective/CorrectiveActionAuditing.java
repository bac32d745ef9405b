package io.itsm4j.audit.corrective;

import io.itsm4j.core.TextPolicy;
import io.itsm4j.audit.ActionContext;
import io.itsm4j.audit.internal.Require;
import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.Outcome;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.Rejection;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * Turns corrective-action events and refusals into audit drafts, so every change to a corrective action is itself
 * in the tamper-evident trail. Record {@code corrective-action/<id>}; action {@code corrective-action.<event type>}
 * (or {@code corrective-action.<command type>}, refused); before/after hold the state and what the event set.
 * Pure and thread-safe.
 */
public final class CorrectiveActionAuditing {
  /** Prefix of every action this mapper writes. */
  public static final String ACTION_PREFIX = RecordRef.CORRECTIVE_ACTION + ".";

  private CorrectiveActionAuditing() {}

  /** The drafts of one accepted command's events, given the action as it was before them (none for a raise). */
  public static Seq<AuditDraft> accepted(Option<CorrectiveAction> before, Seq<CorrectiveActionEvent> events) {
    Require.notNull(before, "before");
    Require.notNull(events, "events");
    io.vavr.collection.Vector<AuditDraft> out = io.vavr.collection.Vector.empty();
    Option<CorrectiveAction> state = before;
    for (CorrectiveActionEvent e : events) {
      CorrectiveAction after = CorrectiveActionDecider.evolve(state, e);
      out = out.append(draft(state, e, after));
      state = Option.some(after);
    }
    return out;
  }

  private static AuditDraft draft(Option<CorrectiveAction> before, CorrectiveActionEvent e, CorrectiveAction after) {
    Map<String, AuditValue> b = LinkedHashMap.empty();
    Map<String, AuditValue> a = LinkedHashMap.empty();
    if (before.isDefined()) {
      b = b.put("state", text(before.get().state().name()));
    }
    a = a.put("state", text(after.state().name()));
    if (e instanceof CorrectiveActionEvent.Raised r) {
      a = a.put("title", text(r.title())).put("nonconformity", text(r.nonconformity()));
      if (r.finding().isDefined()) {
        a = a.put("finding", text(r.finding().get()));
      }
    } else if (e instanceof CorrectiveActionEvent.RootCauseAnalysed r) {
      if (before.flatMap(CorrectiveAction::rootCause).isDefined()) {
        b = b.put("root-cause", text(before.get().rootCause().get()));
      }
      a = a.put("root-cause", text(r.rootCause()));
    } else if (e instanceof CorrectiveActionEvent.Planned p) {
      b = b.merge(plan(before.map(CorrectiveAction::plan).getOrElse(io.vavr.collection.Vector.empty())));
      a = a.merge(plan(p.steps()));
    } else if (e instanceof CorrectiveActionEvent.Implemented i) {
      a = a.put("implementation", text(i.summary()));
    } else if (e instanceof CorrectiveActionEvent.EffectivenessChecked c) {
      a = a.put("effective", text(String.valueOf(c.effective()))).put("evidence", text(c.evidence()))
          .put("reopenings", text(String.valueOf(after.reopenings())));
    }
    return AuditDraft.builder().tenant(e.header().tenant()).actor(e.header().actor())
        .action(ACTION_PREFIX + e.type()).record(RecordRef.of(RecordRef.CORRECTIVE_ACTION, e.header().id().value()))
        .occurredAt(e.header().at()).before(b).after(a).build();
  }

  /** The draft of a refused command. */
  public static AuditDraft refused(ActionContext context, CorrectiveActionId id, CorrectiveActionCommand command,
      Rejection rejection) {
    Require.notNull(context, "context");
    Require.notNull(id, "id");
    Require.notNull(command, "command");
    Require.notNull(rejection, "rejection");
    return AuditDraft.builder().tenant(context.tenant()).actor(context.actor())
        .action(ACTION_PREFIX + command.type()).outcome(Outcome.REJECTED)
        .record(RecordRef.of(RecordRef.CORRECTIVE_ACTION, id.value())).occurredAt(context.at())
        .reason(Option.some(reason(rejection))).build();
  }

  static String reason(Rejection rejection) {
    String r = rejection.code() + ": " + rejection.message();
    return TextPolicy.truncate(r, AuditDraft.REASON_MAX);
  }

  private static Map<String, AuditValue> plan(Seq<PlannedAction> steps) {
    Map<String, AuditValue> m = LinkedHashMap.empty();
    for (int i = 0; i < steps.size(); i++) {
      PlannedAction s = steps.get(i);
      m = m.put("plan." + i + ".description", text(s.description())).put("plan." + i + ".owner", text(s.owner().value()))
          .put("plan." + i + ".due", text(s.due().toString()));
    }
    return m;
  }

  private static AuditValue text(String value) {
    return AuditValue.text(value);
  }
}
