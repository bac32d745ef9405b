package io.itsm4j.audit.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;

class ControlChartTest {

  @Test
  void limits_come_from_the_mean_and_the_average_moving_range() {
    ControlChart chart = ControlChart.of(Vector.of(10.0, 12.0, 11.0, 13.0, 12.0));
    assertThat(chart.centre()).isEqualTo(11.6, within(1e-12));
    // Moving ranges 2, 1, 2, 1: average 1.5, sigma 1.5 / 1.128.
    assertThat(chart.movingRanges()).containsExactly(2.0, 1.0, 2.0, 1.0);
    assertThat(chart.sigma()).isEqualTo(1.5 / 1.128, within(1e-12));
    assertThat(chart.upperLimit()).isEqualTo(11.6 + 3 * 1.5 / 1.128, within(1e-12));
    assertThat(chart.lowerLimit()).isEqualTo(11.6 - 3 * 1.5 / 1.128, within(1e-12));
    assertThat(chart.movingRangeLimit()).isEqualTo(3.267 * 1.5, within(1e-12));
    assertThat(chart.signals()).isEmpty();
    assertThat(chart.latest()).isEmpty();
  }

  @Test
  void a_baseline_sets_the_limits_and_the_rest_is_judged_against_them() {
    ControlChart chart = ControlChart.of(Vector.of(10.0, 11.0, 10.0, 11.0, 10.0, 30.0), 5);
    assertThat(chart.centre()).isEqualTo(10.4, within(1e-12));
    assertThat(chart.sigma()).isEqualTo(1 / 1.128, within(1e-12));
    Signal s = chart.latest().get();
    assertThat(s.rule()).isEqualTo(Rule.BEYOND_THREE_SIGMA);
    assertThat(s.above()).isTrue();
    assertThat(s.at()).isEqualTo(5);
    assertThat(s.explanation()).isEqualTo("rule 1 (one point beyond 3 sigma) above the centre line at point 5, points 5:"
        + " a single value this far out happens about 3 times in 1,000 by chance: look for a special cause at that"
        + " point");
  }

  @Test
  void each_rule_reports_the_points_of_its_pattern_on_its_side() {
    ControlChart two = ControlChart.withLimits(Vector.of(0.0, -2.5, 0.5, -2.1), 0, 1);
    assertThat(two.signals()).containsExactly(new Signal(Rule.TWO_OF_THREE_BEYOND_TWO_SIGMA, false, 3,
        Vector.of(1, 3)));
    ControlChart four = ControlChart.withLimits(Vector.of(1.5, 1.2, 0.2, 1.1, 1.9), 0, 1);
    assertThat(four.signals()).containsExactly(new Signal(Rule.FOUR_OF_FIVE_BEYOND_ONE_SIGMA, true, 4,
        Vector.of(0, 1, 3, 4)));
    ControlChart eight = ControlChart.withLimits(Vector.of(0.1, 0.2, 0.1, 0.3, 0.2, 0.1, 0.4, 0.2, 0.3), 0, 1);
    assertThat(eight.signals(Rule.EIGHT_ON_ONE_SIDE).map(Signal::at)).containsExactly(7, 8);
    assertThat(eight.signals(Rule.EIGHT_ON_ONE_SIDE).head().points()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    ControlChart boundary = ControlChart.withLimits(Vector.of(3.0, 2.0, 2.0, 0.0), 0, 1);
    assertThat(boundary.signals()).as("a value on a boundary is not beyond it").isEmpty();
  }

  @Test
  void a_period_change_knows_which_way_is_better() {
    PeriodChange faster = new PeriodChange(8.0, 6.0, false);
    assertThat(faster.change()).isEqualTo(-2.0);
    assertThat(faster.percent()).contains(-25.0);
    assertThat(faster.improved()).isTrue();
    assertThat(faster.worsened()).isFalse();
    PeriodChange lower = new PeriodChange(90.0, 85.5, true);
    assertThat(lower.worsened()).isTrue();
    assertThat(lower.improved()).isFalse();
    PeriodChange fromZero = new PeriodChange(0, 4, true);
    assertThat(fromZero.percent()).isEmpty();
    PeriodChange same = new PeriodChange(3, 3, true);
    assertThat(same.improved() || same.worsened()).isFalse();
    assertThat(new PeriodChange(-4, -2, true).percent()).contains(50.0);
  }

  @Test
  void bad_series_and_limits_are_refused() {
    assertThatThrownBy(() -> ControlChart.of(Vector.of(1.0))).hasMessageContaining("baseline");
    assertThatThrownBy(() -> ControlChart.of(Vector.of(1.0, 2.0, 3.0), 4)).hasMessageContaining("baseline");
    assertThatThrownBy(() -> ControlChart.of(Vector.of(1.0, Double.NaN))).hasMessageContaining("value 1");
    assertThatThrownBy(() -> ControlChart.withLimits(Vector.of(1.0), 0, -1)).hasMessageContaining("sigma");
    assertThatThrownBy(() -> ControlChart.withLimits(Vector.of(1.0), Double.POSITIVE_INFINITY, 1))
        .hasMessageContaining("finite");
    assertThatThrownBy(() -> new PeriodChange(Double.NaN, 1, true)).hasMessageContaining("finite");
    assertThatThrownBy(() -> new Signal(Rule.EIGHT_ON_ONE_SIDE, true, 3, Vector.of(1, 2)))
        .hasMessageContaining("end at");
  }

  @Test
  void limits_scale_with_sigma_and_the_smallest_baseline_and_a_zero_sigma_are_taken() {
    ControlChart wide = ControlChart.withLimits(Vector.of(6.1, 6.0, 0.0), 0, 2);
    assertThat(wide.signals(Rule.BEYOND_THREE_SIGMA).map(Signal::at)).containsExactly(0);
    assertThat(wide.upperLimit()).isEqualTo(6.0);
    assertThat(wide.lowerLimit()).isEqualTo(-6.0);
    assertThat(ControlChart.of(Vector.of(1.0, 3.0, 100.0), 2).sigma()).isEqualTo(2 / 1.128, within(1e-12));
    ControlChart flat = ControlChart.withLimits(Vector.of(1.0, 1.0), 1, 0);
    assertThat(flat.signals()).isEmpty();
    ControlChart twoOfThree = ControlChart.withLimits(Vector.of(4.1, 0.0, 4.2), 0, 2);
    assertThat(twoOfThree.signals(Rule.TWO_OF_THREE_BEYOND_TWO_SIGMA).map(Signal::points))
        .containsExactly(Vector.of(0, 2));
    PeriodChange sameLower = new PeriodChange(3, 3, false);
    assertThat(sameLower.improved() || sameLower.worsened()).isFalse();
  }
}
