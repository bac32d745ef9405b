/**
 * Thread-safe in-memory implementations of the ports: the embedded default, and the reference every host
 * adapter is compared with by the contract test kits. Nothing here survives a restart.
 */
@NullMarked
package io.itsm4j.core.memory;

import org.jspecify.annotations.NullMarked;
