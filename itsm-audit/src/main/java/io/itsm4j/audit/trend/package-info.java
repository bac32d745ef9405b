/**
 * Trends and signals (ISO/IEC 20000-1 9.1, 10.2): how a measure moved from one period to the next ({@link
 * io.itsm4j.audit.trend.PeriodChange}), and whether its variation is more than noise: an individuals and
 * moving-range control chart ({@link io.itsm4j.audit.trend.ControlChart}) with 3-sigma limits and the Western
 * Electric rules 1 to 4 ({@link io.itsm4j.audit.trend.Rule}), each {@link io.itsm4j.audit.trend.Signal} saying which
 * rule fired, on which points, and why it matters. Pure functions over immutable values; thread-safe.
 */
@org.jspecify.annotations.NullMarked
package io.itsm4j.audit.trend;
