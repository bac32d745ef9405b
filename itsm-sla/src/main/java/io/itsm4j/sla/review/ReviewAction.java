package io.itsm4j.sla.review;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.TextPolicy;
import io.itsm4j.core.Violations;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An action agreed at a service review: what, who, by when, and where it stands. Immutable; a status change is a new
 * value ({@link #withStatus}).
 *
 * @param id the action's identifier, unique within the tenant (letters, digits, {@code . _ : -}, at most 64)
 * @param description what is to be done: 1 to 2,000 characters of text
 * @param owner who does it
 * @param due by when
 * @param status where it stands
 */
public record ReviewAction(String id, String description, ActorId owner, LocalDate due, ActionStatus status) {
  /** The longest description, in code points. */
  public static final int DESCRIPTION_MAX = 2_000;

  /**
   * Validates the action.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is not an identifier, or the description is blank, too long or holds
   *     a control character other than line feed and tab
   */
  public ReviewAction {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(description, "description must not be null");
    Objects.requireNonNull(owner, "owner must not be null");
    Objects.requireNonNull(due, "due must not be null");
    Objects.requireNonNull(status, "status must not be null");
    if (!Violations.isIdentifier(id)) {
      throw new IllegalArgumentException("id must be an identifier (letters, digits, . _ : -), got '"
          + TextPolicy.shown(id) + "'");
    }
    if (TextPolicy.isBlank(description) || TextPolicy.length(description) > DESCRIPTION_MAX
        || !TextPolicy.allows(description, TextPolicy.Form.MULTI_LINE)) {
      throw new IllegalArgumentException("description must be 1-" + DESCRIPTION_MAX
          + " characters of text without control characters, got '" + TextPolicy.shown(description) + "'");
    }
  }

  /** An open action. */
  public static ReviewAction open(String id, String description, ActorId owner, LocalDate due) {
    return new ReviewAction(id, description, owner, due, ActionStatus.OPEN);
  }

  /** This action with another status. */
  public ReviewAction withStatus(ActionStatus value) {
    return new ReviewAction(id, description, owner, due, value);
  }

  /** Whether it is still open after its due date: on {@code today}, a day past {@link #due} or later. */
  public boolean isOverdue(LocalDate today) {
    return status.isOpen() && today.isAfter(due);
  }
}
