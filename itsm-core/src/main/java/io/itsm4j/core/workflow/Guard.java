package io.itsm4j.core.workflow;

import io.itsm4j.core.internal.Checks;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;
import java.util.function.Predicate;

/**
 * A condition a transition must pass. Guards are data (apart from the predicate of a {@link Custom} guard), so a
 * workflow can be inspected, documented and validated.
 *
 * <p>Evaluation order on a transition: all {@link RequiredFields} first (every missing field is reported at
 * once), then {@link AllowedValues}, then {@link RequiredRole}, then {@link Custom} guards in declaration order;
 * the first failure of the last three wins.
 *
 * @param <T> the type of record the workflow governs
 */
public sealed interface Guard<T> permits Guard.RequiredFields, Guard.AllowedValues, Guard.RequiredRole, Guard.Custom {

  /** Fields that must be non-blank after the transition, e.g. resolution code and notes. */
  static <T> Guard<T> requiredFields(String... fields) {
    return new RequiredFields<>(LinkedHashSet.of(fields));
  }

  /** When present, {@code field} must hold one of {@code allowed}; e.g. the on-hold reasons. */
  static <T> Guard<T> allowedValues(String field, String... allowed) {
    return new AllowedValues<>(field, LinkedHashSet.of(allowed));
  }

  /** The actor must hold {@code role}. */
  static <T> Guard<T> requiredRole(String role) {
    return new RequiredRole<>(role);
  }

  /**
   * A host rule: the transition passes when {@code rule} holds. The predicate must be pure and thread-safe; it
   * may be called from many threads at once.
   *
   * @param name an identifier naming the rule in rejections and documentation
   * @param message what a rejection says when the rule does not hold
   */
  static <T> Guard<T> custom(String name, String message, Predicate<? super TransitionRequest<T>> rule) {
    return new Custom<>(name, message, rule);
  }

  /**
   * Fields that must be non-blank once the transition is done (already on the record or given with the command).
   *
   * @param fields field names (identifiers), at least one
   * @param <T> the governed record type
   */
  record RequiredFields<T>(Set<String> fields) implements Guard<T> {
    /** Validates the field names. */
    public RequiredFields {
      Checks.notNull(fields, "fields");
      if (fields.isEmpty()) {
        throw new IllegalArgumentException("fields must not be empty");
      }
      fields.forEach(f -> Checks.id(f, "field"));
    }
  }

  /**
   * When the field is present, its value must be one of {@code allowed}.
   *
   * @param field the field name
   * @param allowed the allowed values, at least one
   * @param <T> the governed record type
   */
  record AllowedValues<T>(String field, Set<String> allowed) implements Guard<T> {
    /** Validates the arguments. */
    public AllowedValues {
      Checks.id(field, "field");
      Checks.notNull(allowed, "allowed");
      if (allowed.isEmpty()) {
        throw new IllegalArgumentException("allowed must not be empty");
      }
    }
  }

  /**
   * The actor must hold the role.
   *
   * @param role the role name
   * @param <T> the governed record type
   */
  record RequiredRole<T>(String role) implements Guard<T> {
    /** Validates the role name. */
    public RequiredRole {
      Checks.id(role, "role");
    }
  }

  /**
   * A host-defined rule.
   *
   * @param name an identifier for the rule
   * @param message the rejection message when the rule fails
   * @param rule the predicate; pure and thread-safe
   * @param <T> the governed record type
   */
  record Custom<T>(String name, String message, Predicate<? super TransitionRequest<T>> rule) implements Guard<T> {
    /** Validates the arguments. */
    public Custom {
      Checks.id(name, "name");
      Checks.notNull(message, "message");
      Checks.notNull(rule, "rule");
    }
  }
}
