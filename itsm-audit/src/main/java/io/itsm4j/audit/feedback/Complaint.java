package io.itsm4j.audit.feedback;

import io.itsm4j.audit.internal.Require;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.Violation;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/**
 * A complaint (ISO/IEC 20000-1 8.3.2): recorded against a service and customer, investigated, resolved with a
 * proposal the customer accepts (or rejects, which reopens the investigation), and closed; or withdrawn. Immutable:
 * each step is a new value with the step in its {@link #history}; a step the state does not allow is refused.
 *
 * <pre>
 * RECORDED → INVESTIGATING → RESOLUTION_PROPOSED → ACCEPTED → CLOSED
 *                 ↑                  │ rejected
 *                 └──────────────────┘
 * any state before CLOSED → WITHDRAWN
 * </pre>
 *
 * @param id the complaint's identifier (letters, digits, {@code . _ : -}, at most 64)
 * @param tenant whose
 * @param service the service complained about
 * @param customer who complained
 * @param description what the customer said: 1 to 4,000 characters of text
 * @param status where it stands
 * @param resolution the resolution proposed last, if any
 * @param history every step, oldest first, the recording first
 */
public record Complaint(String id, TenantId tenant, ServiceId service, CustomerId customer, String description,
    Status status, Option<String> resolution, Seq<Step> history) {

  /** Where a complaint stands. */
  public enum Status {
    /** Recorded, nobody is on it yet. */
    RECORDED,
    /** Being investigated. */
    INVESTIGATING,
    /** A resolution was proposed to the customer. */
    RESOLUTION_PROPOSED,
    /** The customer accepted the resolution. */
    ACCEPTED,
    /** Done. */
    CLOSED,
    /** The customer withdrew it. */
    WITHDRAWN;

    /** Whether it still needs the provider's or the customer's action. */
    public boolean isOpen() {
      return this != CLOSED && this != WITHDRAWN;
    }
  }

  /**
   * A step.
   *
   * @param status the status it led to
   * @param at when
   * @param actor who
   * @param note what was said or done: 1 to 4,000 characters of text
   */
  public record Step(Status status, Instant at, ActorId actor, String note) {
    /** Validates the step. */
    public Step {
      Require.notNull(status, "status");
      Require.notNull(at, "at");
      Require.notNull(actor, "actor");
      Require.text(note, "note", 4_000);
    }
  }

  /**
   * Validates the complaint.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is not an identifier, the description is blank or too long, the
   *     history is empty, does not begin with the recording, goes back in time, or does not end in the status
   */
  public Complaint {
    Require.id(id, "id");
    Require.notNull(tenant, "tenant");
    Require.notNull(service, "service");
    Require.notNull(customer, "customer");
    Require.text(description, "description", 4_000);
    Require.notNull(status, "status");
    Require.notNull(resolution, "resolution");
    Require.notNull(history, "history");
    if (history.isEmpty() || history.head().status() != Status.RECORDED || history.last().status() != status) {
      throw new IllegalArgumentException("a complaint's history begins with its recording and ends in its status");
    }
    for (int i = 1; i < history.size(); i++) {
      if (history.get(i).at().isBefore(history.get(i - 1).at())) {
        throw new IllegalArgumentException("a complaint's history goes forward in time");
      }
    }
  }

  /** A complaint just recorded. */
  public static Complaint record(String id, TenantId tenant, ServiceId service, CustomerId customer,
      String description, ActorId recordedBy, Instant at) {
    return new Complaint(id, tenant, service, customer, description, Status.RECORDED, Option.none(),
        Vector.of(new Step(Status.RECORDED, at, recordedBy, "recorded")));
  }

  /** When it was recorded. */
  public Instant recordedAt() {
    return history.head().at();
  }

  /** When it was closed or withdrawn, if it was. */
  public Option<Instant> endedAt() {
    return status.isOpen() ? Option.none() : Option.some(history.last().at());
  }

  /** How long it took from recording to closing or withdrawal; none while open. */
  public Option<Duration> duration() {
    return endedAt().map(e -> Duration.between(recordedAt(), e));
  }

  /** Starts (or, after a rejected resolution, resumes) the investigation. */
  public Either<Rejection, Complaint> investigate(ActorId actor, Instant at, String note) {
    return step(Status.INVESTIGATING, actor, at, note, status == Status.RECORDED, Option.none());
  }

  /** Proposes a resolution to the customer. */
  public Either<Rejection, Complaint> proposeResolution(ActorId actor, Instant at, String proposal) {
    return step(Status.RESOLUTION_PROPOSED, actor, at, proposal, status == Status.INVESTIGATING,
        Option.some(proposal));
  }

  /** The customer accepts the proposed resolution. */
  public Either<Rejection, Complaint> accept(ActorId actor, Instant at, String note) {
    return step(Status.ACCEPTED, actor, at, note, status == Status.RESOLUTION_PROPOSED, resolution);
  }

  /** The customer rejects the proposed resolution: the investigation goes on. */
  public Either<Rejection, Complaint> reject(ActorId actor, Instant at, String reason) {
    return step(Status.INVESTIGATING, actor, at, reason, status == Status.RESOLUTION_PROPOSED, resolution);
  }

  /** Closes an accepted complaint. */
  public Either<Rejection, Complaint> close(ActorId actor, Instant at, String note) {
    return step(Status.CLOSED, actor, at, note, status == Status.ACCEPTED, resolution);
  }

  /** The customer withdraws it. */
  public Either<Rejection, Complaint> withdraw(ActorId actor, Instant at, String reason) {
    return step(Status.WITHDRAWN, actor, at, reason, status.isOpen(), resolution);
  }

  private Either<Rejection, Complaint> step(Status to, ActorId actor, Instant at, String note, boolean allowed,
      Option<String> newResolution) {
    Require.notNull(actor, "actor");
    Require.notNull(at, "at");
    Require.notNull(note, "note");
    if (!allowed) {
      return Either.left(Rejection.of(RejectionCode.TRANSITION_NOT_ALLOWED, "complaint " + id + " is " + status
          + "; it cannot become " + to));
    }
    if (at.isBefore(history.last().at())) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, Vector.of(Violation.of("at",
          Violation.INVALID, at + " is before the complaint's last step at " + history.last().at()))));
    }
    if (io.itsm4j.core.TextPolicy.isBlank(note) || io.itsm4j.core.TextPolicy.length(note) > 4_000
        || !io.itsm4j.core.TextPolicy.allows(note, io.itsm4j.core.TextPolicy.Form.MULTI_LINE)) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, Vector.of(Violation.of("note",
          Violation.INVALID, "a step's note is 1 to 4,000 characters of text"))));
    }
    return Either.right(new Complaint(id, tenant, service, customer, description, to, newResolution,
        history.append(new Step(to, at, actor, note))));
  }
}
