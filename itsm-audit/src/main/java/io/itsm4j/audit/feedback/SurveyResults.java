package io.itsm4j.audit.feedback;

import io.itsm4j.audit.internal.Require;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * What the surveys sent in a period said, as of a moment: every rate with its denominator. Immutable.
 *
 * <p>A survey belongs to the period in which it was sent. The response rate is answered ÷ (answered + expired):
 * surveys still pending are not in the denominator (they may yet be answered). CSAT is the share of answers that
 * scored 4 or 5, of the answers.
 *
 * @param sent surveys sent in the period
 * @param answered of those, answered by {@code asOf}
 * @param expired of those, expired unanswered by {@code asOf}
 * @param pending of those, neither yet
 * @param satisfied answers scoring 4 or 5
 * @param scores how many answers gave each score, index 0 for a 1 to index 4 for a 5
 */
public record SurveyResults(long sent, long answered, long expired, long pending, long satisfied, long[] scores) {
  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException if they do not add up
   */
  public SurveyResults {
    Require.notNull(scores, "scores");
    scores = scores.clone();
    long sum = 0;
    for (long s : scores) {
      sum += s;
    }
    if (scores.length != 5 || answered + expired + pending != sent || sum != answered || satisfied > answered
        || satisfied != scores[3] + scores[4]) {
      throw new IllegalArgumentException("survey counts do not add up");
    }
  }

  /**
   * The results of the surveys sent in [{@code from}, {@code until}), as of {@code asOf}.
   *
   * @throws NullPointerException if an argument or a survey is null
   */
  public static SurveyResults of(Seq<Survey> surveys, Instant from, Instant until, Instant asOf) {
    Require.notNull(surveys, "surveys");
    Require.notNull(from, "from");
    Require.notNull(until, "until");
    Require.notNull(asOf, "asOf");
    long sent = 0;
    long answered = 0;
    long expired = 0;
    long satisfied = 0;
    long[] scores = new long[5];
    for (Survey s : surveys) {
      if (s.sentAt().isBefore(from) || !s.sentAt().isBefore(until)) {
        continue;
      }
      sent++;
      switch (s.status(asOf)) {
        case ANSWERED -> {
          answered++;
          int score = s.response().get().score();
          scores[score - 1]++;
          satisfied += score >= 4 ? 1 : 0;
        }
        case EXPIRED -> expired++;
        case PENDING -> { }
      }
    }
    return new SurveyResults(sent, answered, expired, sent - answered - expired, satisfied, scores);
  }

  /** Answered in percent of answered plus expired; none when both are zero. */
  public Option<Double> responseRate() {
    long denominator = answered + expired;
    return denominator == 0 ? Option.none() : Option.some(answered * 100.0 / denominator);
  }

  /** The denominator of {@link #responseRate()}. */
  public long responseRateDenominator() {
    return answered + expired;
  }

  /** CSAT: answers scoring 4 or 5 in percent of the answers; none without answers. Its denominator is answered. */
  public Option<Double> csat() {
    return answered == 0 ? Option.none() : Option.some(satisfied * 100.0 / answered);
  }

  /** The mean score; none without answers. */
  public Option<Double> meanScore() {
    if (answered == 0) {
      return Option.none();
    }
    long total = 0;
    for (int i = 0; i < 5; i++) {
      total += (i + 1) * scores[i];
    }
    return Option.some((double) total / answered);
  }

  @Override
  public long[] scores() {
    return scores.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SurveyResults r && r.sent == sent && r.answered == answered && r.expired == expired
        && r.pending == pending && r.satisfied == satisfied && java.util.Arrays.equals(r.scores, scores);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(sent, answered, expired, pending, satisfied, java.util.Arrays.hashCode(scores));
  }

  @Override
  public String toString() {
    return "sent " + sent + ", answered " + answered + ", expired " + expired + ", pending " + pending + ", CSAT "
        + csat().map(c -> String.format(java.util.Locale.ROOT, "%.1f %%", c)).getOrElse("n/a") + " of " + answered;
  }
}
