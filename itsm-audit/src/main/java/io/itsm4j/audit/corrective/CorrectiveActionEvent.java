package io.itsm4j.audit.corrective;

import io.itsm4j.audit.internal.Require;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Something that happened to a corrective action. Its history is the source of truth; every event is also written
 * to the audit trail by {@link io.itsm4j.audit.application.CorrectiveActions}.
 */
public sealed interface CorrectiveActionEvent {

  /** Which action, tenant, place in the history, time and actor. */
  Header header();

  /** A short name for logs and audit entries, e.g. {@code "planned"}. */
  String type();

  /**
   * What every event carries.
   *
   * @param id the corrective action
   * @param tenant its tenant
   * @param sequence 1 for the event that raised it, then one more per event
   * @param at when the command was accepted
   * @param actor who sent it
   */
  record Header(CorrectiveActionId id, TenantId tenant, long sequence, Instant at, ActorId actor) {
    /** Checks the arguments. */
    public Header {
      Require.notNull(id, "id");
      Require.notNull(tenant, "tenant");
      Require.notNull(at, "at");
      Require.notNull(actor, "actor");
      if (sequence < 1) {
        throw new IllegalArgumentException("sequence must be at least 1, got " + sequence);
      }
    }
  }

  /**
   * Raised.
   *
   * @param header common data
   * @param title one line
   * @param nonconformity the nonconformity in full
   * @param finding the finding it answers, if any
   */
  record Raised(Header header, String title, String nonconformity, Option<String> finding) implements CorrectiveActionEvent {
    /** Checks that no argument is null. */
    public Raised {
      Require.notNull(header, "header");
      Require.notNull(title, "title");
      Require.notNull(nonconformity, "nonconformity");
      Require.notNull(finding, "finding");
    }

    @Override
    public String type() {
      return "raised";
    }
  }

  /**
   * Root cause recorded.
   *
   * @param header common data
   * @param rootCause the cause
   */
  record RootCauseAnalysed(Header header, String rootCause) implements CorrectiveActionEvent {
    /** Checks that no argument is null. */
    public RootCauseAnalysed {
      Require.notNull(header, "header");
      Require.notNull(rootCause, "rootCause");
    }

    @Override
    public String type() {
      return "root-cause-analysed";
    }
  }

  /**
   * Steps planned.
   *
   * @param header common data
   * @param steps the plan
   */
  record Planned(Header header, Seq<PlannedAction> steps) implements CorrectiveActionEvent {
    /** Checks that no argument is null. */
    public Planned {
      Require.notNull(header, "header");
      Require.notNull(steps, "steps");
    }

    @Override
    public String type() {
      return "planned";
    }
  }

  /**
   * Plan implemented.
   *
   * @param header common data
   * @param summary what was done
   */
  record Implemented(Header header, String summary) implements CorrectiveActionEvent {
    /** Checks that no argument is null. */
    public Implemented {
      Require.notNull(header, "header");
      Require.notNull(summary, "summary");
    }

    @Override
    public String type() {
      return "implemented";
    }
  }

  /**
   * Effectiveness checked; when not effective, the action is reopened.
   *
   * @param header common data
   * @param effective whether the cause is removed
   * @param evidence what the verdict rests on
   */
  record EffectivenessChecked(Header header, boolean effective, String evidence) implements CorrectiveActionEvent {
    /** Checks that no argument is null. */
    public EffectivenessChecked {
      Require.notNull(header, "header");
      Require.notNull(evidence, "evidence");
    }

    @Override
    public String type() {
      return effective ? "effectiveness-verified" : "reopened";
    }
  }

  /**
   * Closed.
   *
   * @param header common data
   */
  record Closed(Header header) implements CorrectiveActionEvent {
    /** Checks that no argument is null. */
    public Closed {
      Require.notNull(header, "header");
    }

    @Override
    public String type() {
      return "closed";
    }
  }
}
