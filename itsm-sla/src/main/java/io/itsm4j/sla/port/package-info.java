/**
 * What a host implements for service level alarms: a sink that receives threshold crossings, and a ledger that
 * remembers which crossings were already delivered so each is delivered once.
 *
 * <p>Implementations must be thread-safe. No method accepts or returns {@code null}.
 */
@NullMarked
package io.itsm4j.sla.port;

import org.jspecify.annotations.NullMarked;
