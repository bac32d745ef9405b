/**
 * The change enablement rules that need other records, as a {@link io.itsm4j.core.port.CommandPolicy} the
 * service desk runs before the ticket decider: {@link io.itsm4j.core.change.policy.ChangeEnablement} checks
 * standard changes against the template catalogue, risk assessments against the host's risk model, approval
 * requests against the approval matrix and the approver directory, and schedules against freeze windows and
 * the other scheduled changes. It also builds the commands those checks expect.
 *
 * <p>Depends on the domain and the ports, never on the desk or the in-memory adapters. Thread-safe; no method
 * accepts or returns {@code null}.
 */
@NullMarked
package io.itsm4j.core.change.policy;

import org.jspecify.annotations.NullMarked;
