package io.itsm4j.audit.trail;

import io.itsm4j.audit.internal.Require;

/**
 * One value in an audit entry's before or after image: plain text, or a reference to a personal value held in a
 * vault. The canonical encoding tags each value with its kind, so a text that happens to look like a token is
 * never confused with one.
 */
public sealed interface AuditValue permits AuditValue.Text, AuditValue.Personal {

  /** A plain value; fails fast on {@code null}. */
  static AuditValue text(String value) {
    return new Text(value);
  }

  /** A reference to a personal value; fails fast on {@code null}. */
  static AuditValue personal(PersonalDataRef ref) {
    return new Personal(ref);
  }

  /**
   * Plain values for a before or after image, in the map's order: the short way to audit a change of simple
   * fields ({@code AuditValue.texts(LinkedHashMap.of("status", "live"))}).
   *
   * @throws NullPointerException if the map, a key or a value is null
   */
  static io.vavr.collection.Map<String, AuditValue> texts(io.vavr.collection.Map<String, String> values) {
    Require.notNull(values, "values");
    return io.vavr.collection.LinkedHashMap.ofEntries(values.map(kv -> io.vavr.Tuple.of(kv._1, text(kv._2))));
  }

  /** The value as a person reads it in a report: the text, or {@code [personal data <token>]}. */
  String display();

  /**
   * A plain value, stored and hashed as it is.
   *
   * @param value any text, possibly empty
   */
  record Text(String value) implements AuditValue {
    /** Checks that the value is not null. */
    public Text {
      Require.notNull(value, "value");
    }

    @Override
    public String display() {
      return value;
    }

    @Override
    public String toString() {
      return value;
    }
  }

  /**
   * A personal value kept elsewhere; the entry holds (and hashes) only the reference.
   *
   * @param ref the vault token
   */
  record Personal(PersonalDataRef ref) implements AuditValue {
    /** Checks that the reference is not null. */
    public Personal {
      Require.notNull(ref, "ref");
    }

    @Override
    public String display() {
      return "[personal data " + ref.token() + "]";
    }

    @Override
    public String toString() {
      return display();
    }
  }
}
