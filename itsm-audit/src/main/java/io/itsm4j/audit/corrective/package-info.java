/**
 * Corrective actions (ISO/IEC 20000-1 10.1) as a pure decider: {@link
 * io.itsm4j.audit.corrective.CorrectiveActionDecider} turns commands into events or rejections, and a
 * {@link io.itsm4j.audit.corrective.CorrectiveAction} is the fold of its events. Overdue steps are a pure function
 * of the action and an instant. Everything here is immutable and thread-safe; no method accepts or returns
 * {@code null}.
 */
@NullMarked
package io.itsm4j.audit.corrective;

import org.jspecify.annotations.NullMarked;
