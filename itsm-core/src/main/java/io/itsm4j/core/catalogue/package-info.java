/**
 * The service catalogue and configuration items: services, offerings, request catalogue items, configuration
 * items and the relationships between them.
 *
 * <p>Values are immutable and thread-safe; no method accepts or returns {@code null}.
 */
@NullMarked
package io.itsm4j.core.catalogue;

import org.jspecify.annotations.NullMarked;
