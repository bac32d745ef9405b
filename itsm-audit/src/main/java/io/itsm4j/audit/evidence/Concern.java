package io.itsm4j.audit.evidence;

import io.itsm4j.audit.Clause;
import io.itsm4j.audit.internal.Require;

/**
 * Something an auditor should look at under a clause, beyond the counts: a continuity plan whose exercise is
 * overdue, a service review not held in time, an action agreed at one and not done. Counts show that records exist;
 * concerns show where the records say the process is behind.
 *
 * @param clause the clause it concerns (filed under its top-level clause in the report)
 * @param subject what it is about, for example {@code "continuity plan dr-email"}; 1 to 200 characters of text
 * @param finding what is wrong, in a sentence; 1 to 2,000 characters of text
 */
public record Concern(Clause clause, String subject, String finding) {
  /**
   * Validates the concern.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the subject or finding is blank, too long or holds a control character
   *     other than line feed and tab
   */
  public Concern {
    Require.notNull(clause, "clause");
    Require.text(subject, "subject", 200);
    Require.text(finding, "finding", 2_000);
  }
}
