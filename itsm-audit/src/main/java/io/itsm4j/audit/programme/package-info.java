/**
 * The internal audit programme (ISO/IEC 20000-1 9.2) as a pure decider: processes with their owners and members,
 * planned audits with scope, criteria, auditor and dates, and their findings (nonconformities, observations,
 * opportunities for improvement) with evidence references. {@link io.itsm4j.audit.programme.ProgrammeDecider}
 * keeps auditors from auditing their own work. Everything here is immutable and thread-safe; no method accepts or
 * returns {@code null}.
 */
@NullMarked
package io.itsm4j.audit.programme;

import org.jspecify.annotations.NullMarked;
