package io.itsm4j.audit.trend;

/**
 * The Western Electric rules, as the Statistical Quality Control Handbook (1956) states them for an individuals
 * chart with zones at 1, 2 and 3 sigma from the centre line. A rule fires at the point that completes its pattern,
 * on one side of the centre line; that point is always one of the pattern's.
 */
public enum Rule {
  /** One point beyond 3 sigma. */
  BEYOND_THREE_SIGMA(1, "one point beyond 3 sigma",
      "a single value this far out happens about 3 times in 1,000 by chance: look for a special cause at that point"),
  /** Two of three consecutive points beyond 2 sigma on the same side. */
  TWO_OF_THREE_BEYOND_TWO_SIGMA(2, "two of three consecutive points beyond 2 sigma on one side",
      "a sudden, large shift of the process level: look at what changed just before these points"),
  /** Four of five consecutive points beyond 1 sigma on the same side. */
  FOUR_OF_FIVE_BEYOND_ONE_SIGMA(3, "four of five consecutive points beyond 1 sigma on one side",
      "a moderate shift that has lasted a while: the process is running at a new level"),
  /** Eight consecutive points on the same side of the centre line. */
  EIGHT_ON_ONE_SIDE(4, "eight consecutive points on one side of the centre line",
      "a small but sustained shift: the process has moved, even if no single point looks unusual");

  private final int number;
  private final String statement;
  private final String meaning;

  Rule(int number, String statement, String meaning) {
    this.number = number;
    this.statement = statement;
    this.meaning = meaning;
  }

  /** The rule's number, 1 to 4. */
  public int number() {
    return number;
  }

  /** What the rule looks for, in words. */
  public String statement() {
    return statement;
  }

  /** Why it matters when it fires, in words. */
  public String meaning() {
    return meaning;
  }
}
