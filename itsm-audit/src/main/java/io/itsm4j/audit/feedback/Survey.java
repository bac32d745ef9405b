package io.itsm4j.audit.feedback;

import io.itsm4j.audit.internal.Require;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.Violation;
import java.time.Instant;

/**
 * A satisfaction survey: sent to a customer after a ticket is resolved ({@link Kind#TRANSACTIONAL}) or periodically
 * about a service ({@link Kind#RELATIONSHIP}); answered with a score from 1 to 5 and a comment, or expired
 * unanswered. Immutable; {@link #answer} gives the answered survey.
 *
 * @param id the survey's identifier (letters, digits, {@code . _ : -}, at most 64)
 * @param tenant whose
 * @param kind transactional or relationship
 * @param ticket the ticket it asks about (transactional surveys)
 * @param customer who is asked
 * @param service the service it asks about, if known
 * @param sentAt when it was sent
 * @param expiresAt after when an answer is no longer taken; after {@code sentAt}
 * @param response the answer, if given
 */
public record Survey(String id, TenantId tenant, Kind kind, Option<TicketId> ticket, CustomerId customer,
    Option<ServiceId> service, Instant sentAt, Instant expiresAt, Option<Response> response) {

  /** What a survey asks about. */
  public enum Kind {
    /** One ticket, after it was resolved. */
    TRANSACTIONAL,
    /** The relationship with a service, periodically. */
    RELATIONSHIP
  }

  /** Where a survey stands at a moment. */
  public enum Status {
    /** Sent, not answered, not expired. */
    PENDING,
    /** Answered. */
    ANSWERED,
    /** Not answered before it expired. */
    EXPIRED
  }

  /**
   * An answer.
   *
   * @param score 1 (very dissatisfied) to 5 (very satisfied)
   * @param comment what the customer wrote, at most 2,000 characters of text; may be empty
   * @param at when it was given
   */
  public record Response(int score, String comment, Instant at) {
    /** The lowest score. */
    public static final int MIN = 1;
    /** The highest score. */
    public static final int MAX = 5;

    /**
     * Validates the answer.
     *
     * @throws IllegalArgumentException if the score is not 1 to 5, or the comment is too long or holds a control
     *     character other than line feed and tab
     */
    public Response {
      Require.notNull(comment, "comment");
      Require.notNull(at, "at");
      if (score < MIN || score > MAX) {
        throw new IllegalArgumentException("score must be 1 to 5, got " + score);
      }
      if (!comment.isEmpty()) {
        Require.text(comment, "comment", 2_000);
      }
    }

    /** Whether the customer was satisfied: a 4 or a 5. */
    public boolean satisfied() {
      return score >= 4;
    }
  }

  /**
   * Validates the survey.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is not an identifier, it expires before it is sent, a transactional
   *     survey names no ticket, or an answer comes after the expiry or before the sending
   */
  public Survey {
    Require.id(id, "id");
    Require.notNull(tenant, "tenant");
    Require.notNull(kind, "kind");
    Require.notNull(ticket, "ticket");
    Require.notNull(customer, "customer");
    Require.notNull(service, "service");
    Require.notNull(sentAt, "sentAt");
    Require.notNull(expiresAt, "expiresAt");
    Require.notNull(response, "response");
    if (!expiresAt.isAfter(sentAt)) {
      throw new IllegalArgumentException("a survey expires after it is sent: " + sentAt + " .. " + expiresAt);
    }
    if (kind == Kind.TRANSACTIONAL && ticket.isEmpty()) {
      throw new IllegalArgumentException("a transactional survey asks about a ticket");
    }
    for (Response r : response) {
      if (r.at().isBefore(sentAt) || r.at().isAfter(expiresAt)) {
        throw new IllegalArgumentException("an answer at " + r.at() + " is outside " + sentAt + " .. " + expiresAt);
      }
    }
  }

  /** A survey sent after {@code ticket} was resolved, open for {@code days} days. */
  public static Survey afterResolution(String id, TenantId tenant, TicketId ticket, CustomerId customer,
      Option<ServiceId> service, Instant resolvedAt, int days) {
    return new Survey(id, tenant, Kind.TRANSACTIONAL, Option.some(ticket), customer, service, resolvedAt,
        resolvedAt.plus(java.time.Duration.ofDays(days)), Option.none());
  }

  /**
   * This survey answered.
   *
   * @return the answered survey; {@link RejectionCode#RULE_VIOLATED} naming {@code response} if it was answered
   *     already or the answer comes after the expiry or before the sending
   * @throws NullPointerException if {@code answer} is null
   */
  public Either<Rejection, Survey> answer(Response answer) {
    Require.notNull(answer, "answer");
    if (response.isDefined()) {
      return refuse("survey " + id + " was answered already");
    }
    if (answer.at().isBefore(sentAt) || answer.at().isAfter(expiresAt)) {
      return refuse("survey " + id + " takes answers from " + sentAt + " to " + expiresAt + ", not at " + answer.at());
    }
    return Either.right(new Survey(id, tenant, kind, ticket, customer, service, sentAt, expiresAt,
        Option.some(answer)));
  }

  private static Either<Rejection, Survey> refuse(String message) {
    return Either.left(Rejection.invalid(RejectionCode.RULE_VIOLATED, io.vavr.collection.Vector.of(
        Violation.of("response", Violation.INVALID, message))));
  }

  /** Where it stands at {@code at}: answered, expired (after {@code expiresAt} unanswered), or pending. */
  public Status status(Instant at) {
    Require.notNull(at, "at");
    if (response.isDefined() && !response.get().at().isAfter(at)) {
      return Status.ANSWERED;
    }
    return at.isAfter(expiresAt) ? Status.EXPIRED : Status.PENDING;
  }
}
