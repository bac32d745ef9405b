/**
 * Service continuity (ISO/IEC 20000-1 8.7.2): continuity requirements per service from a business impact analysis
 * ({@link io.itsm4j.sla.continuity.ContinuityRequirement}: criticality, RTO, RPO, maximum tolerable period of
 * disruption), the order in which a service's configuration items are recovered, derived from the catalogue's
 * relationships ({@link io.itsm4j.sla.continuity.RecoveryOrder}), continuity plans with their review and exercise
 * flags ({@link io.itsm4j.sla.continuity.ContinuityPlan}), and exercises or real invocations measured against the
 * requirements ({@link io.itsm4j.sla.continuity.Exercise}). Pure; no method accepts or returns {@code null}.
 */
@NullMarked
package io.itsm4j.sla.continuity;

import org.jspecify.annotations.NullMarked;
