/**
 * Measured availability (ISO/IEC 20000-1 8.7.1): how available a service was in a period, inside its agreed
 * service hours, from its outages, against the target of its agreement. {@link
 * io.itsm4j.sla.availability.Availability#measure} is a pure function: outages and a business calendar in, an
 * {@link io.itsm4j.sla.availability.AvailabilityReport} out (availability, planned and unplanned downtime, outages,
 * MTRS, MTBF, MTBSI, the downtime budget and its burn rate, an alarm when the budget will run out before the
 * period ends). Formulas and rules: docs/assurance.md. No method accepts or returns {@code null}.
 */
@NullMarked
package io.itsm4j.sla.availability;

import org.jspecify.annotations.NullMarked;
