/**
 * Improvement metrics (ISO/IEC 20000-1 9.1): a streaming fold over ticket events into figures per period and slice.
 *
 * <p>{@link io.itsm4j.audit.metrics.ServiceMetrics} takes the events of many tickets in time order, keeps state only
 * for tickets not yet closed (and for buckets), and answers a {@link io.itsm4j.audit.metrics.MetricsReport} at any
 * moment: {@link io.itsm4j.audit.metrics.Figures} per {@link io.itsm4j.audit.metrics.Slice} (tenant, period in the
 * tenant's zone, kind, priority, service, offering, customer, assignment group), which roll up to any coarser
 * view and to the total. Percentiles come from HdrHistogram, three significant digits; counts, sums and means are
 * exact. Each figure's definition is on its accessor in {@link io.itsm4j.audit.metrics.Figures} and in
 * {@code docs/improvement.md}.
 *
 * <p>Pure: no I/O, no clock (time is the events'), single-writer ({@link io.itsm4j.audit.metrics.ServiceMetrics}
 * is not thread-safe; the reports and figures it returns are immutable).
 */
@org.jspecify.annotations.NullMarked
package io.itsm4j.audit.metrics;
