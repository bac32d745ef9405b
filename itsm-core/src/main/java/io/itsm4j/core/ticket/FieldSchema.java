package io.itsm4j.core.ticket;

import io.itsm4j.core.TextPolicy;
import io.itsm4j.core.Violation;
import io.itsm4j.core.Violations;
import io.itsm4j.core.catalogue.FieldType;
import io.itsm4j.core.catalogue.FormField;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * The custom fields of one kind of ticket, typed: each declared field is a catalogue {@link FormField} (type,
 * allowed values, length in code points, required on open), some fields are required on named transitions, and a
 * closed schema refuses fields it does not declare. Given to the decider per kind ({@link
 * TicketDecider#withFieldSchema}); every violation of a command is reported at once, each on {@code fields.<name>}.
 *
 * <p>{@link #open()} is the default for every kind: no declared field, any identifier is a field, so hosts that
 * never declare a schema keep working. A closed schema still accepts the library's own fields ({@link
 * TicketFields}: resolution code, hold reason, planned start, change outcome...), checked by the decider's own
 * rules unless the schema declares them too. A closed schema for service requests must declare the fields of the
 * catalogue items' forms, which the catalogue policy checks on top.
 *
 * <p>What is checked, and when:
 * <ul>
 *   <li><b>open</b>: each declared field, given or not ({@link FormField#validate}: a required one must be there
 *       and not blank); each undeclared field if the schema is closed ({@code UNKNOWN});
 *   <li><b>change of state</b> and <b>update of details</b>: each field the command sets (a blank value for an
 *       optional field is allowed), each field it removes (a field required on open may not be removed);
 *   <li><b>a transition</b> named in {@link #requiredOn}: its fields must be present and not blank on the ticket
 *       after the command's fields are merged ({@code REQUIRED}).
 * </ul>
 *
 * <p>Immutable and thread-safe. Built with {@link #builder()}; a schema that contradicts itself fails at {@code
 * build()} with an {@link IllegalArgumentException} naming every problem.
 */
public final class FieldSchema {
  private static final FieldSchema OPEN = new FieldSchema(LinkedHashMap.empty(), LinkedHashMap.empty(), false);
  private static final Set<String> LIBRARY_FIELDS = HashSet.of(TicketFields.RESOLUTION_CODE,
      TicketFields.RESOLUTION_NOTES, TicketFields.HOLD_REASON, TicketFields.CANCEL_REASON, TicketFields.REOPEN_REASON,
      TicketFields.ROOT_CAUSE, TicketFields.WORKAROUND, TicketFields.CHANGE_OUTCOME, TicketFields.PLANNED_START,
      TicketFields.PLANNED_END, TicketFields.CHANGE_TEMPLATE);

  private final Map<String, FormField> fields;
  private final Map<String, Set<String>> requiredOn;
  private final boolean closed;
  /** Declares nothing and refuses nothing: the check of every command is then empty, with no work at all. */
  private final boolean permissive;

  private FieldSchema(Map<String, FormField> fields, Map<String, Set<String>> requiredOn, boolean closed) {
    this.fields = fields;
    this.requiredOn = requiredOn;
    this.closed = closed;
    this.permissive = this.fields.isEmpty() && this.requiredOn.isEmpty() && !this.closed;
  }

  /** The schema that declares nothing and accepts every field: the default of every kind. */
  public static FieldSchema open() {
    return OPEN;
  }

  /** A builder of an open schema with no fields. */
  public static Builder builder() {
    return new Builder();
  }

  /** The declared fields, by name, in declaration order. */
  public Map<String, FormField> fields() {
    return fields;
  }

  /** Whether fields the schema does not declare (other than the library's own) are refused. */
  public boolean isClosed() {
    return closed;
  }

  /**
   * The fields required to take the named transition (besides those its workflow guards require).
   *
   * @throws NullPointerException if {@code transition} is null
   */
  public Set<String> requiredOn(String transition) {
    Checks.notNull(transition, "transition");
    return requiredOn.get(transition).getOrElse(LinkedHashSet.empty());
  }

  /**
   * Every problem with the fields of a ticket being opened.
   *
   * @param given the fields the open command sets
   * @return the violations, each on {@code fields.<name>}; empty when the fields fit
   * @throws NullPointerException if {@code given} is null
   */
  public Seq<Violation> checkOpen(Map<String, String> given) {
    Checks.notNull(given, "given");
    if (permissive) {
      return Vector.empty();
    }
    List<Violation> v = new ArrayList<>();
    unknown(given.keySet(), v);
    for (FormField f : fields.values()) {
      f.validate(given.get(f.name())).forEach(v::add);
    }
    return v.isEmpty() ? Vector.empty() : Vector.ofAll(v);
  }

  /**
   * Every problem with the fields a command on an existing ticket sets and removes.
   *
   * @param given the fields the command sets
   * @param removed the fields the command removes
   * @param after the ticket's fields once the command applies
   * @param transition the transition the command takes, if it changes the state
   * @return the violations, each on {@code fields.<name>}; empty when the fields fit
   * @throws NullPointerException if an argument is null
   */
  public Seq<Violation> checkChange(Map<String, String> given, Set<String> removed, Map<String, String> after,
      Option<String> transition) {
    Checks.notNull(given, "given");
    Checks.notNull(removed, "removed");
    Checks.notNull(after, "after");
    Checks.notNull(transition, "transition");
    if (permissive) {
      return Vector.empty();
    }
    List<Violation> v = new ArrayList<>();
    unknown(given.keySet(), v);
    given.forEach((name, value) -> fields.get(name).forEach(f -> {
      if (!f.required() && TextPolicy.isBlank(value)) {
        return;
      }
      f.validate(Option.some(value)).forEach(v::add);
    }));
    for (String name : removed) {
      fields.get(name).filter(f -> f.required() && !given.containsKey(name)).forEach(f -> v.add(Violation.of(
          "fields." + name, Violation.REQUIRED, f.label() + " is required and cannot be removed")));
    }
    transition.forEach(t -> requiredOn(t).forEach(name -> {
      if (after.get(name).map(TextPolicy::isBlank).getOrElse(true)
          && v.stream().noneMatch(x -> x.field().equals("fields." + name))) {
        v.add(Violation.of("fields." + name, Violation.REQUIRED, label(name) + " is required to " + t));
      }
    }));
    return v.isEmpty() ? Vector.empty() : Vector.ofAll(v);
  }

  private void unknown(Set<String> names, List<Violation> v) {
    if (!closed) {
      return;
    }
    for (String name : names) {
      if (!fields.containsKey(name) && !LIBRARY_FIELDS.contains(name)) {
        v.add(Violation.of("fields." + name, Violation.UNKNOWN, "'" + Checks.abbreviate(name)
            + "' is not a field of this kind of ticket; declared: " + fields.keySet().mkString(", ")));
      }
    }
  }

  private String label(String name) {
    return fields.get(name).map(FormField::label).getOrElse(name);
  }

  @Override
  public String toString() {
    return "FieldSchema[" + (closed ? "closed" : "open") + ", " + fields.keySet().mkString(", ") + "]";
  }

  /** Declares a {@link FieldSchema}. Not thread-safe; build once and share the schema. */
  public static final class Builder {
    private Map<String, FormField> fields = LinkedHashMap.empty();
    private Map<String, Set<String>> requiredOn = LinkedHashMap.empty();
    private boolean closed;
    private final List<String> problems = new ArrayList<>();

    private Builder() {}

    /**
     * Declares a field; its {@link FormField#required()} means required on open.
     *
     * @throws NullPointerException if {@code field} is null
     */
    public Builder field(FormField field) {
      Checks.notNull(field, "field");
      int index = fields.size();
      field.check("fields[" + index + "]").forEach(x -> problems.add(x.field() + ": " + x.message()));
      if (fields.containsKey(field.name())) {
        problems.add("fields[" + index + "].name: the field " + field.name() + " is declared twice");
      }
      fields = fields.put(field.name(), field);
      return this;
    }

    /**
     * Declares an optional field of the type, any value up to {@value FormField#MAX_LENGTH} code points.
     *
     * @throws NullPointerException if an argument is null
     */
    public Builder field(String name, FieldType type) {
      return field(FormField.optional(Checks.notNull(name, "name"), Checks.notNull(type, "type")));
    }

    /**
     * Requires declared fields on the transition of this name (in any workflow of the kind).
     *
     * @throws NullPointerException if an argument is null
     */
    public Builder requiredOn(String transition, String... fieldNames) {
      Checks.notNull(transition, "transition");
      Checks.notNull(fieldNames, "fieldNames");
      Set<String> names = requiredOn.get(transition).getOrElse(LinkedHashSet.empty());
      for (String f : fieldNames) {
        names = names.add(Checks.notNull(f, "a field name"));
      }
      requiredOn = requiredOn.put(transition, names);
      return this;
    }

    /** Refuses fields the schema does not declare (the library's own fields stay accepted). */
    public Builder closed() {
      this.closed = true;
      return this;
    }

    /**
     * The schema.
     *
     * @throws IllegalArgumentException listing every problem: a field definition that is unsound ({@link
     *     FormField#check}), a field declared twice, a transition name that is not an identifier, a field required
     *     on a transition that the schema does not declare
     */
    public FieldSchema build() {
      List<String> all = new ArrayList<>(problems);
      requiredOn.forEach((t, names) -> {
        if (!Violations.isIdentifier(t)) {
          all.add("requiredOn: a transition name must be an identifier, got '" + Checks.abbreviate(t) + "'");
        }
        names.filter(n -> !fields.containsKey(n)).forEach(n -> all.add("requiredOn." + t + ": the field " + n
            + " is not declared"));
      });
      if (!all.isEmpty()) {
        throw new IllegalArgumentException("the field schema is unsound: " + String.join("; ", all));
      }
      return new FieldSchema(fields, requiredOn, closed);
    }
  }
}
