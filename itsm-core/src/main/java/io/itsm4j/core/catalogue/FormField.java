package io.itsm4j.core.catalogue;

import io.itsm4j.core.Violation;
import io.itsm4j.core.Violations;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.internal.Text;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;

/**
 * One field of a request catalogue item's form: "laptop model, one of A / B, required".
 *
 * <p>A value is valid iff it is of the {@link #type()}, at most {@link #maxLength()} characters long, and, when
 * {@link #allowedValues()} is not empty, one of them. A required field must be present and not blank; an
 * optional field may be absent, but a value given for it is checked like any other.
 *
 * @param name the field's name, an identifier; the ticket field of the same name carries the value
 * @param label what a person sees, not blank
 * @param type the syntax of a value
 * @param required whether a request must give a value
 * @param allowedValues the values allowed, in display order; empty for "any value of the type"
 * @param maxLength the longest value in characters, 1 to {@value #MAX_LENGTH}
 */
public record FormField(String name, String label, FieldType type, boolean required, Set<String> allowedValues,
    int maxLength) {
  /** The longest value any field may allow, the ticket's own limit for a field value. */
  public static final int MAX_LENGTH = 4_000;

  /**
   * Checks that no argument is null; the content is checked by {@link #check(String)}.
   *
   * @throws NullPointerException if an argument is null
   */
  public FormField {
    Checks.notNull(name, "name");
    Checks.notNull(label, "label");
    Checks.notNull(type, "type");
    Checks.notNull(allowedValues, "allowedValues");
  }

  /** A required field of any value of the type, up to {@value #MAX_LENGTH} characters, labelled by its name. */
  public static FormField required(String name, FieldType type) {
    return new FormField(name, name, type, true, LinkedHashSet.empty(), MAX_LENGTH);
  }

  /** An optional field of any value of the type, up to {@value #MAX_LENGTH} characters, labelled by its name. */
  public static FormField optional(String name, FieldType type) {
    return new FormField(name, name, type, false, LinkedHashSet.empty(), MAX_LENGTH);
  }

  /** This field, allowing only the given values (in this display order). */
  public FormField allowing(String... values) {
    return new FormField(name, label, type, required, LinkedHashSet.of(values), maxLength);
  }

  /** This field with another label. */
  public FormField labelled(String value) {
    return new FormField(name, value, type, required, allowedValues, maxLength);
  }

  /** This field with another maximum length. */
  public FormField withMaxLength(int value) {
    return new FormField(name, label, type, required, allowedValues, value);
  }

  /**
   * What is wrong with this definition, if anything (a form is user input when a catalogue manager edits it).
   *
   * @param path the field path to report under, e.g. {@code "item.fields[2]"}
   * @return every problem, empty when the definition is sound
   */
  public Seq<Violation> check(String path) {
    List<Violation> v = List.empty();
    if (!Checks.ID.matcher(name).matches()) {
      v = v.append(Violation.of(path + ".name", Violation.INVALID, "a field name must be an identifier, got '"
          + Checks.abbreviate(name) + "'"));
    }
    v = v.appendAll(Violations.line(path + ".label", label, Service.NAME_MAX, true));
    if (maxLength < 1 || maxLength > MAX_LENGTH) {
      v = v.append(Violation.of(path + ".maxLength", Violation.INVALID,
          "maxLength must be 1-" + MAX_LENGTH + ", got " + maxLength));
    }
    for (String allowed : allowedValues) {
      if (Text.isBlank(allowed) || !type.accepts(allowed) || Text.length(allowed) > maxLength
          || Text.problem(allowed, false) != null) {
        v = v.append(Violation.of(path + ".allowedValues", Violation.INVALID, "allowed value '"
            + Checks.abbreviate(allowed) + "' is not " + type.describe() + " of at most " + maxLength
            + " characters"));
      }
    }
    return v;
  }

  /**
   * Checks one submitted value of this field.
   *
   * @param value the value, none when the request does not give the field
   * @return the problem with it, reported under {@code fields.<name>}, or none
   */
  public Option<Violation> validate(Option<String> value) {
    String field = "fields." + name;
    if (value.isEmpty() || Text.isBlank(value.get())) {
      return required ? Option.some(Violation.of(field, Violation.REQUIRED, label + " is required")) : Option.none();
    }
    String text = value.get();
    String problem = Text.problem(text, true);
    if (problem != null) {
      return Option.some(Violation.of(field, Violation.INVALID, label + " " + problem));
    }
    int length = Text.length(text);
    if (length > maxLength) {
      return Option.some(Violation.of(field, Violation.TOO_LONG,
          label + " must be at most " + maxLength + " characters, got " + length));
    }
    if (!type.accepts(text)) {
      return Option.some(Violation.of(field, Violation.INVALID,
          label + " must be " + type.describe() + ", got '" + Checks.abbreviate(text) + "'"));
    }
    if (!allowedValues.isEmpty() && !allowedValues.contains(text)) {
      return Option.some(Violation.of(field, Violation.INVALID,
          label + " must be one of " + allowedValues.mkString(", ") + ", got '" + Checks.abbreviate(text) + "'"));
    }
    return Option.none();
  }
}
