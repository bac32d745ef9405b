/**
 * Monitoring tools' payloads read into itsm4j monitoring events: {@link io.itsm4j.monitoring.AlertmanagerWebhook}
 * (Prometheus Alertmanager's webhook, version 4) and {@link io.itsm4j.monitoring.PagerDutyEvents} (PagerDuty's
 * Events API v2). The host receives the HTTP request; these read its body. A malformed payload is refused with
 * {@code INVALID_INPUT}, each problem named by its path in the payload. No method accepts or returns {@code null}
 * unless it says so.
 */
@NullMarked
package io.itsm4j.monitoring;

import org.jspecify.annotations.NullMarked;
