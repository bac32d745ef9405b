package io.itsm4j.audit.trail;

import io.itsm4j.audit.internal.Require;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;

/**
 * Which before/after values are personal data, to be kept in a vault and referred to by token. Pure and
 * thread-safe.
 */
@FunctionalInterface
public interface PersonalDataPolicy {

  /** Whether the value under {@code key} of an entry about {@code record} is personal data. */
  boolean isPersonal(RecordRef record, String key);

  /** Nothing is personal: every value is stored in the chain as it is. */
  static PersonalDataPolicy none() {
    return (record, key) -> false;
  }

  /**
   * The values under these keys are personal, whatever the record; a key ending in {@code *} covers every key with
   * that prefix (e.g. {@code fields.*}).
   *
   * @throws NullPointerException if a key is null
   */
  static PersonalDataPolicy keys(String... keys) {
    Set<String> exact = HashSet.empty();
    Set<String> prefixes = HashSet.empty();
    for (String k : keys) {
      Require.notNull(k, "key");
      if (k.endsWith("*")) {
        prefixes = prefixes.add(k.substring(0, k.length() - 1));
      } else {
        exact = exact.add(k);
      }
    }
    Set<String> e = exact;
    Set<String> p = prefixes;
    return (record, key) -> e.contains(key) || p.exists(key::startsWith);
  }

  /**
   * The free text of tickets, which often names or describes people: title, description, note text, and the
   * caller. Actor ids elsewhere are taken to be pseudonymous.
   */
  static PersonalDataPolicy ticketText() {
    PersonalDataPolicy keys = keys("title", "description", "note.text", "caller");
    return (record, key) -> record.type().equals(RecordRef.TICKET) && keys.isPersonal(record, key);
  }

  /** Personal when this policy or {@code other} says so. */
  default PersonalDataPolicy or(PersonalDataPolicy other) {
    Require.notNull(other, "other");
    return (record, key) -> isPersonal(record, key) || other.isPersonal(record, key);
  }
}
