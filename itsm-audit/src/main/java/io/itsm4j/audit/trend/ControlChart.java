package io.itsm4j.audit.trend;

import io.itsm4j.audit.internal.Require;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * An individuals and moving-range (XmR) control chart of a series of values, one per period, with the signals the
 * Western Electric rules find in it. Immutable.
 *
 * <h2>Limits</h2>
 * The centre line is the mean of the baseline points; sigma is estimated from their average moving range (the mean
 * of {@code |x[i] − x[i−1]|}) divided by {@value #D2}, the bias constant for ranges of two, which resists a shift in
 * the data better than the standard deviation does. The natural process limits are the centre ± 3 sigma; the
 * moving-range chart's upper limit is {@value #D4} times the average moving range. By default every point is the
 * baseline; {@link #of(Seq, int)} takes the first points only (limits set in a stable period and held while the
 * rest is judged), and {@link #withLimits} takes known ones.
 *
 * <h2>Rules</h2>
 * Evaluated at every point, each side apart; a rule fires at the point that completes its pattern and that point is
 * one of the pattern's, so one long excursion fires at each new point of it (a run of nine on one side fires rule
 * 4 at its eighth and ninth points). A value exactly on a zone boundary is not beyond it; a value on the centre line
 * is on neither side.
 */
public final class ControlChart {
  /** The bias constant d2 for moving ranges of two points. */
  public static final double D2 = 1.128;
  /** The constant D4 for the moving-range chart's upper limit, ranges of two points. */
  public static final double D4 = 3.267;

  private final Vector<Double> values;
  private final double centre;
  private final double sigma;
  private final Vector<Signal> signals;

  private ControlChart(Vector<Double> values, double centre, double sigma) {
    this.values = values;
    this.centre = centre;
    this.sigma = sigma;
    this.signals = evaluate(values, centre, sigma);
  }

  /**
   * The chart of {@code values}, every point its baseline.
   *
   * @throws IllegalArgumentException if there are fewer than two values or one is not finite
   */
  public static ControlChart of(Seq<Double> values) {
    Require.notNull(values, "values");
    return of(values, values.size());
  }

  /**
   * The chart of {@code values}, its limits from the first {@code baseline} points.
   *
   * @throws IllegalArgumentException if {@code baseline} is below 2 or above the number of values, or a value is
   *     not finite
   */
  public static ControlChart of(Seq<Double> values, int baseline) {
    Vector<Double> v = checked(values);
    if (baseline < 2 || baseline > v.size()) {
      throw new IllegalArgumentException("baseline must be 2 to " + v.size() + " points, got " + baseline);
    }
    double sum = 0;
    double ranges = 0;
    for (int i = 0; i < baseline; i++) {
      sum += v.get(i);
      if (i > 0) {
        ranges += Math.abs(v.get(i) - v.get(i - 1));
      }
    }
    double mean = sum / baseline;
    double averageRange = ranges / (baseline - 1);
    return new ControlChart(v, mean, averageRange / D2);
  }

  /**
   * The chart of {@code values} against known limits.
   *
   * @throws IllegalArgumentException if {@code sigma} is negative or a number is not finite
   */
  public static ControlChart withLimits(Seq<Double> values, double centre, double sigma) {
    Vector<Double> v = checked(values);
    if (!Double.isFinite(centre) || !Double.isFinite(sigma) || sigma < 0) {
      throw new IllegalArgumentException("centre and sigma must be finite, sigma not negative: " + centre + ", "
          + sigma);
    }
    return new ControlChart(v, centre, sigma);
  }

  private static Vector<Double> checked(Seq<Double> values) {
    Require.notNull(values, "values");
    Vector<Double> v = Vector.ofAll(values);
    for (int i = 0; i < v.size(); i++) {
      Double x = v.get(i);
      if (x == null || !Double.isFinite(x)) {
        throw new IllegalArgumentException("value " + i + " must be a finite number, got " + x);
      }
    }
    return v;
  }

  /** The values, in order. */
  public Seq<Double> values() {
    return values;
  }

  /** The centre line. */
  public double centre() {
    return centre;
  }

  /** The estimated (or given) sigma. */
  public double sigma() {
    return sigma;
  }

  /** The upper natural process limit: centre + 3 sigma. */
  public double upperLimit() {
    return centre + 3 * sigma;
  }

  /** The lower natural process limit: centre − 3 sigma (it may be below what the measure can be, such as 0). */
  public double lowerLimit() {
    return centre - 3 * sigma;
  }

  /** The moving ranges {@code |x[i] − x[i−1]|}, one fewer than the values. */
  public Seq<Double> movingRanges() {
    Vector<Double> out = Vector.empty();
    for (int i = 1; i < values.size(); i++) {
      out = out.append(Math.abs(values.get(i) - values.get(i - 1)));
    }
    return out;
  }

  /** The moving-range chart's upper limit: {@value #D4} × the average moving range (d2 × sigma). */
  public double movingRangeLimit() {
    return D4 * D2 * sigma;
  }

  /** Every rule that fired, by point, then rule. */
  public Seq<Signal> signals() {
    return signals;
  }

  /** The signals of one rule. */
  public Seq<Signal> signals(Rule rule) {
    Require.notNull(rule, "rule");
    return signals.filter(s -> s.rule() == rule);
  }

  /** The latest signal, if any: what to look at first. */
  public Option<Signal> latest() {
    return signals.lastOption();
  }

  private static Vector<Signal> evaluate(Vector<Double> v, double centre, double sigma) {
    Vector<Signal> out = Vector.empty();
    for (int i = 0; i < v.size(); i++) {
      for (int side = 1; side >= -1; side -= 2) {
        double z = side * (v.get(i) - centre);
        if (z > 3 * sigma) {
          out = out.append(new Signal(Rule.BEYOND_THREE_SIGMA, side > 0, i, Vector.of(i)));
        }
        out = window(out, v, centre, sigma, i, side, Rule.TWO_OF_THREE_BEYOND_TWO_SIGMA, 3, 2, 2);
        out = window(out, v, centre, sigma, i, side, Rule.FOUR_OF_FIVE_BEYOND_ONE_SIGMA, 5, 4, 1);
        out = window(out, v, centre, sigma, i, side, Rule.EIGHT_ON_ONE_SIDE, 8, 8, 0);
      }
    }
    return out;
  }

  /**
   * Rule {@code rule} at point {@code i} on {@code side}: of the {@code length} points ending at {@code i}, at least
   * {@code needed} are more than {@code zone} sigma beyond the centre on that side, point {@code i} among them.
   */
  private static Vector<Signal> window(Vector<Signal> out, Vector<Double> v, double centre, double sigma, int i,
      int side, Rule rule, int length, int needed, int zone) {
    if (i + 1 < length || !(side * (v.get(i) - centre) > zone * sigma)) {
      return out;
    }
    Vector<Integer> points = Vector.empty();
    for (int j = i - length + 1; j <= i; j++) {
      if (side * (v.get(j) - centre) > zone * sigma) {
        points = points.append(j);
      }
    }
    return points.size() >= needed ? out.append(new Signal(rule, side > 0, i, points)) : out;
  }
}
