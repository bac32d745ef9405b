package io.itsm4j.audit.application;

import io.itsm4j.audit.internal.Require;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * The outcome of an accepted command on an audit programme or a corrective action.
 *
 * @param state the record after the command
 * @param events the events the command appended, in order (for a replay: those its first run appended)
 * @param replayed whether this was a retry under a key recorded before, which appended nothing
 * @param auditFailure why the events could not be written to the audit trail, if they could not; the events are
 *     stored all the same, so the host must raise this (it is a gap in its records)
 * @param <S> the record type
 * @param <E> the event type
 */
public record Changed<S, E>(S state, Seq<E> events, boolean replayed, Option<io.itsm4j.core.Rejection> auditFailure) {
  /** Checks that no argument is null. */
  public Changed {
    Require.notNull(state, "state");
    Require.notNull(events, "events");
    Require.notNull(auditFailure, "auditFailure");
  }
}
