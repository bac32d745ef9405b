/**
 * A real service desk's history replayed through itsm4j: the ServiceNow incident event log ("Incident management
 * process enriched event log" by Claudio Amaral, Marcelo Fantinato and Sarajane Marques Peres, UCI Machine
 * Learning Repository, CC BY 4.0), read and driven through a {@link io.itsm4j.core.application.ServiceDesk} with a
 * clock that follows the log, every row it cannot map and every transition the workflow refuses reported with the
 * reason. See {@code docs/improvement.md}.
 */
package io.itsm4j.examples.servicenow;
