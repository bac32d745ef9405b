package io.itsm4j.core.change;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.RiskLevel;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * A pre-approved, low-risk, repeatable change ("add a user to a group", "renew a certificate") from the catalogue
 * of standard changes. A standard change is raised from one and skips assessment and authorisation.
 *
 * @param id an identifier, recorded on the change in {@link TicketFields#CHANGE_TEMPLATE}
 * @param title the change's title
 * @param service the service it may be applied to; none for any
 * @param risk the risk it was approved at
 * @param approvedBy who approved the template
 * @param approvedAt when
 */
public record StandardChangeTemplate(String id, String title, Option<ServiceId> service, RiskLevel risk,
    ActorId approvedBy, Instant approvedAt) {
  /**
   * Validates the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code id} is not an identifier or {@code title} is blank
   */
  public StandardChangeTemplate {
    Checks.id(id, "id");
    Checks.notNull(title, "title");
    Checks.notNull(service, "service");
    Checks.notNull(risk, "risk");
    Checks.notNull(approvedBy, "approvedBy");
    Checks.notNull(approvedAt, "approvedAt");
    if (title.isBlank()) {
      throw new IllegalArgumentException("title must not be blank");
    }
  }

  /** The command that raises a standard change from this template, on its service if it names one. */
  public TicketCommand.Open raise(Impact impact, Urgency urgency) {
    TicketCommand.Open open = TicketCommand.Open.change(ChangeType.STANDARD, title, impact, urgency)
        .withField(TicketFields.CHANGE_TEMPLATE, id);
    return service.map(s -> open.withSubject(TicketSubject.none().withService(s))).getOrElse(open);
  }
}
