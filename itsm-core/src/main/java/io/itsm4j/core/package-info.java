/**
 * Values shared by every itsm4j module: tenants, actors, and the typed errors ({@link io.itsm4j.core.Rejection},
 * {@link io.itsm4j.core.Violation}) that business rules and input validation return instead of throwing.
 *
 * <p>Everything in this package is immutable and safe to share between threads. No method accepts or returns
 * {@code null}; an absent value is a Vavr {@link io.vavr.control.Option}.
 */
@NullMarked
package io.itsm4j.core;

import org.jspecify.annotations.NullMarked;
