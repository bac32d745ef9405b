/**
 * Workflows as data: states with a {@link io.itsm4j.core.workflow.StateCategory}, transitions between them,
 * and the guards a transition must pass. A vendor builds its own workflow or extends a default one with
 * {@link io.itsm4j.core.workflow.Workflow#toBuilder()}; {@link io.itsm4j.core.workflow.Workflow.Builder#build()}
 * checks the whole definition and returns every problem at once.
 *
 * <p>Workflows are generic in the record they govern (tickets, corrective actions, ...), so custom guards see
 * that record. A built workflow is immutable and safe to share between threads. No method accepts or returns
 * {@code null}.
 */
@NullMarked
package io.itsm4j.core.workflow;

import org.jspecify.annotations.NullMarked;
