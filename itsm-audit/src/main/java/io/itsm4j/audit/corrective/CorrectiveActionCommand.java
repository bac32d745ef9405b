package io.itsm4j.audit.corrective;

import io.itsm4j.audit.internal.Require;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * What someone asks of a corrective action. Immutable records; constructors fail fast on {@code null}, and the
 * decider checks the content as user input.
 */
public sealed interface CorrectiveActionCommand {

  /** A short name for logs and audit entries, e.g. {@code "plan"}. */
  String type();

  /**
   * Raise a corrective action for a nonconformity.
   *
   * @param title one line, at most 200 characters
   * @param nonconformity the nonconformity in full, at most 4000 characters, possibly empty
   * @param finding the id of the audit finding it answers, if any
   */
  record Raise(String title, String nonconformity, Option<String> finding) implements CorrectiveActionCommand {
    /** Checks that no argument is null. */
    public Raise {
      Require.notNull(title, "title");
      Require.notNull(nonconformity, "nonconformity");
      Require.notNull(finding, "finding");
    }

    @Override
    public String type() {
      return "raise";
    }
  }

  /**
   * Record the root cause.
   *
   * @param rootCause why the nonconformity happened; non-blank, at most 4000 characters
   */
  record AnalyseRootCause(String rootCause) implements CorrectiveActionCommand {
    /** Checks that no argument is null. */
    public AnalyseRootCause {
      Require.notNull(rootCause, "rootCause");
    }

    @Override
    public String type() {
      return "analyse-root-cause";
    }
  }

  /**
   * Plan the steps (again, replacing an earlier plan that is not yet implemented).
   *
   * @param steps at least one step, each with an owner and a due date not before the plan is made
   */
  record Plan(Seq<PlannedAction> steps) implements CorrectiveActionCommand {
    /** Checks that no argument is null. */
    public Plan {
      Require.notNull(steps, "steps");
    }

    @Override
    public String type() {
      return "plan";
    }
  }

  /**
   * Report the plan implemented.
   *
   * @param summary what was done; non-blank, at most 4000 characters
   */
  record Implement(String summary) implements CorrectiveActionCommand {
    /** Checks that no argument is null. */
    public Implement {
      Require.notNull(summary, "summary");
    }

    @Override
    public String type() {
      return "implement";
    }
  }

  /**
   * Record the effectiveness check; a failed one reopens the action.
   *
   * @param effective whether the cause is removed
   * @param evidence what the verdict rests on; non-blank, at most 4000 characters
   */
  record VerifyEffectiveness(boolean effective, String evidence) implements CorrectiveActionCommand {
    /** Checks that no argument is null. */
    public VerifyEffectiveness {
      Require.notNull(evidence, "evidence");
    }

    @Override
    public String type() {
      return "verify-effectiveness";
    }
  }

  /** Close a verified action. */
  record Close() implements CorrectiveActionCommand {
    @Override
    public String type() {
      return "close";
    }
  }
}
