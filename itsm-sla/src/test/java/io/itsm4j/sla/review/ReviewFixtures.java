package io.itsm4j.sla.review;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.ImmutableTicket;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.workflow.StateCategory;
import io.itsm4j.sla.AgreementType;
import io.itsm4j.sla.SlaId;
import io.itsm4j.sla.SlaMetric;
import io.itsm4j.sla.SlaState;
import io.itsm4j.sla.SlaStatus;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/** Tickets and statuses as a review reads them, made directly (the review reads values, not histories). */
final class ReviewFixtures {
  static final TenantId ACME = TenantId.of("acme");
  static final ServiceId EMAIL = ServiceId.of("email");
  static final CustomerId RETAIL = CustomerId.of("retail");
  static final CustomerId BANK = CustomerId.of("bank");

  private ReviewFixtures() {}

  static Ticket ticket(String id, TicketKind kind, Priority priority, Option<CustomerId> customer, Instant opened,
      StateCategory category, Option<Instant> resolved, String... fields) {
    LinkedHashMap<String, String> map = LinkedHashMap.empty();
    for (int i = 0; i + 1 < fields.length; i += 2) {
      map = map.put(fields[i], fields[i + 1]);
    }
    TicketSubject subject = TicketSubject.none().withService(EMAIL);
    subject = customer.map(subject::withCustomer).getOrElse(subject);
    return ImmutableTicket.builder().id(TicketId.of(id)).tenant(ACME).kind(kind)
        .changeType(kind == TicketKind.CHANGE ? Option.some(ChangeType.NORMAL) : Option.none())
        .workflowId(kind.name().toLowerCase()).title("title of " + id).description("").impact(Impact.HIGH)
        .urgency(Urgency.HIGH).priority(priority).state(category.name().toLowerCase()).category(category)
        .fields(map).subject(subject).caller(ActorId.of("caller")).openedBy(ActorId.of("agent")).openedAt(opened)
        .updatedAt(resolved.getOrElse(opened)).resolvedAt(resolved).version(2).build();
  }

  static SlaStatus status(String ticket, String definition, SlaState state, Option<CustomerId> customer,
      Instant started, Option<Instant> breachedAt, Option<Instant> endedAt) {
    return new SlaStatus(ACME, TicketId.of(ticket), SlaId.of(definition), SlaMetric.RESOLUTION, AgreementType.SLA, 1,
        state, Priority.P2, Duration.ofHours(8), started, Duration.ofHours(1), Duration.ofHours(7), Option.none(), 12.5,
        breachedAt, endedAt, Option.some(EMAIL), customer, Option.none());
  }
}
