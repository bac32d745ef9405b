/**
 * The application layer: {@link io.itsm4j.core.desk.ServiceDesk} runs ticket commands through the ports
 * (load → authorise → decide → append → notify) with optimistic concurrency and idempotency keys.
 *
 * <p>Thread-safe; no method accepts or returns {@code null}.
 */
@NullMarked
package io.itsm4j.core.desk;

import org.jspecify.annotations.NullMarked;
