/**
 * In-memory, thread-safe reference adapters of the service level ports; the embedded default.
 */
@NullMarked
package io.itsm4j.sla.memory;

import org.jspecify.annotations.NullMarked;
