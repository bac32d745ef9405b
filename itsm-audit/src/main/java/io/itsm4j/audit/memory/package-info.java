/**
 * Thread-safe in-memory implementations of the audit ports: the embedded default, and the reference every host
 * adapter is compared with by the contract test kit. Nothing here survives a restart.
 */
@NullMarked
package io.itsm4j.audit.memory;

import org.jspecify.annotations.NullMarked;
