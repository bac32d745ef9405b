/**
 * Notification adapters: {@link io.itsm4j.examples.notify.Slf4jNotificationSink} writes events and refusals to
 * the SLF4J log.
 */
@NullMarked
package io.itsm4j.examples.notify;

import org.jspecify.annotations.NullMarked;
