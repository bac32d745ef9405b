/**
 * Business calendars and exact business-time arithmetic.
 *
 * <p>A {@link io.itsm4j.sla.calendar.BusinessCalendar} says when a service is open: weekly opening hours in an IANA
 * time zone, holidays, days with their own hours, and combinations of calendars. It answers {@code deadline},
 * {@code elapsed}, {@code isOpen}, {@code nextOpening} and {@code nextClosing} in time that does not grow with the
 * length of the goal (see {@code docs/sla.md}).
 *
 * <p>All types here are immutable and thread-safe. No method accepts or returns {@code null}; absent values are
 * {@link io.vavr.control.Option}.
 */
@NullMarked
package io.itsm4j.sla.calendar;

import org.jspecify.annotations.NullMarked;
