/**
 * The application layer of the service level engine: evaluates tickets through the alarm ports (each threshold
 * crossing delivered once, one timer per ticket), and evaluates many tickets at once for reports.
 *
 * <p>Classes here are thread-safe. No method accepts or returns {@code null}.
 */
@NullMarked
package io.itsm4j.sla.monitor;

import org.jspecify.annotations.NullMarked;
