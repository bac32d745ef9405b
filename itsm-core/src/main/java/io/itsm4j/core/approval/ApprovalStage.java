package io.itsm4j.core.approval;

import io.itsm4j.core.GroupId;
import io.itsm4j.core.internal.Checks;

/**
 * One step of an approval policy: a named group that approves by a rule, e.g. "technical: any one of the
 * database team" or "cab: quorum of 3 of the change advisory board".
 *
 * @param name an identifier naming the stage in events and messages, e.g. {@code "technical"}, {@code "cab"}
 * @param group the group whose members approve
 * @param rule how many of them must approve
 */
public record ApprovalStage(String name, GroupId group, ApprovalRule rule) {
  /**
   * Validates the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is not an identifier
   */
  public ApprovalStage {
    Checks.id(name, "name");
    Checks.notNull(group, "group");
    Checks.notNull(rule, "rule");
  }

  /** Shorthand for the constructor; same errors. */
  public static ApprovalStage of(String name, GroupId group, ApprovalRule rule) {
    return new ApprovalStage(name, group, rule);
  }

  @Override
  public String toString() {
    return name + " (" + rule + " of " + group + ")";
  }
}
