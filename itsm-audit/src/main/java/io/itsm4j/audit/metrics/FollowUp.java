package io.itsm4j.audit.metrics;

import io.itsm4j.audit.feedback.Survey;
import io.itsm4j.audit.internal.Require;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Something counted about a ticket that is not one of its events: the outcome of one of its service level clocks,
 * or its customer's satisfaction score. {@link ServiceMetrics#accept(FollowUp)} counts it in the ticket's slice at
 * that moment, so service level compliance and satisfaction are sliced as every other figure is (by the ticket's
 * kind, priority, service, offering, customer and group then), and sum to the total.
 *
 * <p>Immutable. Built by its factories, which check their arguments and throw {@link NullPointerException} or
 * {@link IllegalArgumentException}.
 */
public sealed interface FollowUp {

  /** Whose ticket. */
  TenantId tenant();

  /** The ticket it is about. */
  TicketId ticket();

  /** When it is counted. */
  Instant at();

  /**
   * The outcome of one service level clock of a ticket, as the host's SLA engine states it: met (stopped within its
   * goal) or breached (stopped after it, or still counting and overdue). Compliance is met ÷ (met + breached), the
   * same denominator as itsm-sla's {@code ComplianceFigures}; clocks in progress and cancelled ones are not
   * outcomes. A host counts each clock once, when its outcome is settled (itsm-sla's {@code SlaStatus.countedAt()}).
   *
   * @param tenant whose ticket
   * @param ticket the ticket
   * @param agreement the clock's definition, as the host names it (for its own records; not a slice)
   * @param at when the outcome is counted
   * @param met whether the goal was met
   */
  record SlaOutcome(TenantId tenant, TicketId ticket, String agreement, Instant at, boolean met)
      implements FollowUp {
    /**
     * Checks the arguments.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the agreement is blank
     */
    public SlaOutcome {
      Require.notNull(tenant, "tenant");
      Require.notNull(ticket, "ticket");
      Require.notNull(at, "at");
      Require.text(agreement, "agreement", 200);
    }
  }

  /**
   * A customer's satisfaction score for a ticket, 1 to 5; 4 and 5 are satisfied (CSAT is satisfied ÷ scored).
   *
   * @param tenant whose ticket
   * @param ticket the ticket
   * @param score 1 (very dissatisfied) to 5 (very satisfied)
   * @param at when it was given
   */
  record Satisfaction(TenantId tenant, TicketId ticket, int score, Instant at) implements FollowUp {
    /**
     * Checks the arguments.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the score is not 1 to 5
     */
    public Satisfaction {
      Require.notNull(tenant, "tenant");
      Require.notNull(ticket, "ticket");
      Require.notNull(at, "at");
      if (score < Survey.Response.MIN || score > Survey.Response.MAX) {
        throw new IllegalArgumentException("score must be 1 to 5, got " + score);
      }
    }

    /** Whether the score is 4 or 5. */
    public boolean satisfied() {
      return score >= 4;
    }

    /**
     * The score of an answered survey about a ticket (a transactional one); none for a relationship survey or one
     * not answered, whose figures are {@link io.itsm4j.audit.feedback.SurveyResults}'.
     *
     * @throws NullPointerException if {@code survey} is null
     */
    public static Option<Satisfaction> of(Survey survey) {
      Require.notNull(survey, "survey");
      return survey.ticket().flatMap(t -> survey.response().map(r -> new Satisfaction(survey.tenant(), t,
          r.score(), r.at())));
    }
  }
}
