package io.itsm4j.reports;

import java.util.Locale;

/** Chart geometry shared by the pages: computed here so the templates hold layout only. */
final class Charts {
  /** Width of a bar's track in a target chart, in user units. */
  static final int TRACK = 360;
  private static final double[] FLOORS = {99.9, 99.5, 99, 95, 90, 50, 0};

  private Charts() {}

  /**
   * A row of a target chart: the bar's track starts at the highest of a few round floors below both the value and
   * the target, so 99.95 % against 99.9 % is visible rather than two full bars.
   */
  static Bar targetBar(int row, String label, double value, Double target, Boolean met) {
    double low = Math.min(value, target == null ? value : target);
    double floor = 0;
    for (double f : FLOORS) {
      if (f < low) {
        floor = f;
        break;
      }
    }
    double span = 100 - floor;
    int width = (int) Math.round(Math.max(0, value - floor) / span * TRACK);
    int targetX = target == null ? 0 : (int) Math.round((target - floor) / span * TRACK);
    String colour = met == null ? "#8a8f98" : met ? "#2e7d32" : "#c62828";
    int y = 8 + 34 * row;
    return new Bar(label, Formats.percent(value), y, y + 14, width, targetX, target != null,
        "scale " + Formats.target(floor) + " to 100 %", colour);
  }

  /** A bar of a target chart. */
  record Bar(String label, String value, int y, int textY, int width, int targetX, boolean hasTarget, String scale,
      String colour) {}

  /** A number for an SVG attribute: one decimal, no locale. */
  static String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
