/**
 * The improvement (CSI) register (ISO/IEC 20000-1 10.2): opportunities for improvement with where they came from (a
 * trend signal, an audit finding, a complaint, feedback, a problem, a service review action), the benefit expected,
 * priority, owner, status, the measure and target they should move and the result measured after, linked to a
 * corrective action where they come from a nonconformity. {@link io.itsm4j.audit.improvement.Improvement} is one
 * entry with its allowed steps; {@link io.itsm4j.audit.improvement.ImprovementRegister} summarises many for the
 * management review. Pure values; thread-safe.
 */
@org.jspecify.annotations.NullMarked
package io.itsm4j.audit.improvement;
