/**
 * Imports the exceptions to service hours from where hosts already keep them: {@link
 * io.itsm4j.calendars.PublicHolidays} reads a country's (and region's) public holidays from jollyday into itsm-sla's
 * {@link io.itsm4j.sla.calendar.WeeklyCalendar}; {@link io.itsm4j.calendars.ICalendarFile} reads an iCalendar file
 * (RFC 5545, recurrence rules and exceptions included) into holidays, maintenance windows for the alert correlator
 * and planned outages for availability. Bad input is a {@link io.itsm4j.core.Rejection} naming what was wrong,
 * never an exception from the parser.
 */
@org.jspecify.annotations.NullMarked
package io.itsm4j.calendars;
