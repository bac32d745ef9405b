package io.itsm4j.audit.port;

import io.itsm4j.audit.internal.Require;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.ActorId;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Which audit entries to find: by record, by actor, by action, by period, or any combination (all given criteria
 * must hold). Build from {@link #all()} and narrow with the {@code and*} methods.
 *
 * @param record only entries about this record
 * @param actor only entries by this actor
 * @param action only entries with this action; an action ending in {@code .*} matches every action with that prefix
 *     (e.g. {@code ticket.*})
 * @param from only entries that occurred at or after this instant
 * @param until only entries that occurred before this instant
 */
public record AuditQuery(Option<RecordRef> record, Option<ActorId> actor, Option<String> action,
    Option<Instant> from, Option<Instant> until) {
  /**
   * Checks the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code until} is before {@code from}
   */
  public AuditQuery {
    Require.notNull(record, "record");
    Require.notNull(actor, "actor");
    Require.notNull(action, "action");
    Require.notNull(from, "from");
    Require.notNull(until, "until");
    if (from.isDefined() && until.isDefined() && until.get().isBefore(from.get())) {
      throw new IllegalArgumentException("until " + until.get() + " is before from " + from.get());
    }
  }

  /** Every entry of the tenant. */
  public static AuditQuery all() {
    return new AuditQuery(Option.none(), Option.none(), Option.none(), Option.none(), Option.none());
  }

  /** The entries about one record. */
  public static AuditQuery byRecord(RecordRef record) {
    return all().andRecord(record);
  }

  /** The entries by one actor. */
  public static AuditQuery byActor(ActorId actor) {
    return all().andActor(actor);
  }

  /** The entries with one action (or action prefix, see {@link #action()}). */
  public static AuditQuery byAction(String action) {
    return all().andAction(action);
  }

  /** The entries that occurred in [{@code from}, {@code until}). */
  public static AuditQuery inPeriod(Instant from, Instant until) {
    return all().andPeriod(from, until);
  }

  /** This query narrowed to one record. */
  public AuditQuery andRecord(RecordRef value) {
    return new AuditQuery(Option.some(Require.notNull(value, "record")), actor, action, from, until);
  }

  /** This query narrowed to one actor. */
  public AuditQuery andActor(ActorId value) {
    return new AuditQuery(record, Option.some(Require.notNull(value, "actor")), action, from, until);
  }

  /** This query narrowed to one action or action prefix. */
  public AuditQuery andAction(String value) {
    Require.notNull(value, "action");
    return new AuditQuery(record, actor, Option.some(value), from, until);
  }

  /** This query narrowed to [{@code from}, {@code until}). */
  public AuditQuery andPeriod(Instant fromInclusive, Instant untilExclusive) {
    return new AuditQuery(record, actor, action, Option.some(Require.notNull(fromInclusive, "from")),
        Option.some(Require.notNull(untilExclusive, "until")));
  }

  /** Whether {@code entry} matches; the in-memory store filters with this, other stores translate it. */
  public boolean matches(AuditEntry entry) {
    return record.forAll(r -> r.equals(entry.record()))
        && actor.forAll(a -> a.equals(entry.actor()))
        && action.forAll(a -> a.endsWith(".*")
            ? entry.action().startsWith(a.substring(0, a.length() - 1))
            : a.equals(entry.action()))
        && from.forAll(f -> !entry.occurredAt().isBefore(f))
        && until.forAll(u -> entry.occurredAt().isBefore(u));
  }
}
