/**
 * Monitoring events into alerts and incidents (ISO/IEC 20000-1 9.1 and 8.6.1), the way Prometheus Alertmanager,
 * PagerDuty and Zabbix treat them, as a library: {@link io.itsm4j.core.monitoring.AlertCorrelator} folds
 * {@link io.itsm4j.core.monitoring.MonitoringEvent}s into {@link io.itsm4j.core.monitoring.Alert}s (deduplicated,
 * escalated, flapping, suppressed by change and maintenance windows, resolved by the source or after a quiet
 * period) and groups the alerts whose configuration items reach the same service into one incident, or an alert
 * storm into one major incident. Every decision is an {@link io.itsm4j.core.monitoring.AlertDecision} with its
 * reason; the same events in the same order give the same decisions.
 *
 * <p>No I/O, no clock, no logging: time is the events' own and the host's {@code tick}. The rules are in
 * docs/assurance.md. No method accepts or returns {@code null}.
 */
@NullMarked
package io.itsm4j.core.monitoring;

import org.jspecify.annotations.NullMarked;
