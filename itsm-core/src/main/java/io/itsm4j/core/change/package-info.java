/**
 * Change enablement (ISO/IEC 20000-1 8.5.1, ITIL change enablement) as pure rules over change tickets: risk
 * assessment ({@link io.itsm4j.core.change.RiskModel}), which approval policy a change type and risk level
 * need ({@link io.itsm4j.core.change.ApprovalMatrix}), freeze windows ({@link io.itsm4j.core.change.FreezeWindow}),
 * schedule collisions over the configuration item graph ({@link io.itsm4j.core.change.ChangeCollisions}),
 * standard change templates ({@link io.itsm4j.core.change.StandardChangeTemplate}) and the post-implementation
 * review ({@link io.itsm4j.core.change.ChangeReview}).
 *
 * <p>No I/O, no clock, no logging. The rules that need other records run as a
 * {@link io.itsm4j.core.port.CommandPolicy} in {@code io.itsm4j.core.change.policy}. Values are immutable and
 * thread-safe; no method accepts or returns {@code null}.
 */
@NullMarked
package io.itsm4j.core.change;

import org.jspecify.annotations.NullMarked;
