package io.itsm4j.examples;

import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CatalogueCommand;
import io.itsm4j.core.catalogue.ConfigurationItem;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.Lifecycle;
import io.itsm4j.core.catalogue.Node;
import io.itsm4j.core.catalogue.Relationship;
import io.itsm4j.core.catalogue.RelationshipType;
import io.itsm4j.core.catalogue.Service;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.catalogue.ServiceKind;
import io.itsm4j.core.catalogue.impact.AffectedCustomer;
import io.itsm4j.core.catalogue.impact.AffectedService;
import io.itsm4j.core.catalogue.impact.DependencyReport;
import io.itsm4j.core.catalogue.impact.ImpactPath;
import io.itsm4j.core.catalogue.impact.ImpactReport;
import io.itsm4j.core.application.CatalogueService;
import io.itsm4j.core.application.CataloguePolicy;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.application.MonitoringDesk;
import io.itsm4j.core.catalogue.impact.CompiledCatalogue;
import io.itsm4j.core.monitoring.AlertCorrelator;
import io.itsm4j.core.monitoring.AlertDecision;
import io.itsm4j.core.monitoring.CorrelationPolicy;
import io.itsm4j.core.monitoring.MonitoringEvent;
import io.itsm4j.core.monitoring.ServiceImpact;
import io.itsm4j.core.monitoring.SuppressionWindows;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.monitoring.AlertmanagerWebhook;
import io.itsm4j.sla.availability.AlertOutages;
import io.itsm4j.sla.availability.Availability;
import io.itsm4j.sla.availability.AvailabilityReport;
import io.itsm4j.sla.availability.AvailabilityTarget;
import io.itsm4j.sla.calendar.BusinessCalendar;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.InstantSource;

/**
 * An outage, end to end: builds a small estate (services, customers, configuration items, a replication cycle
 * between two database nodes), takes one storage array down, and prints the services and customers it hits,
 * each with the chain of relationships that explains it. Then the service desk, guarded by the catalogue, opens an
 * incident for the outage and refuses one on a retired service. Last, the same outage as monitoring sees it:
 * Alertmanager's alerts on the host and the database become one incident, their recovery resolves it, and the
 * month's availability of the web shop shows what it cost.
 *
 * <p>Run it: {@code ./mvnw -q -Poutage package}.
 */
public final class OutageExample {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor CATALOGUE_MANAGER = Actor.of("dana", "catalogue-manager");
  private static final Actor AGENT = Actor.of("alice", "agent");

  private final InstantSource clock = InstantSource.fixed(Instant.parse("2026-11-23T09:00:00Z"));
  private final CatalogueService catalogue = CatalogueService.builder().clock(clock).build();
  private final ServiceDesk desk = ServiceDesk.builder().clock(clock).policy(CataloguePolicy.of(catalogue)).build();
  private int keys;

  private OutageExample() {}

  /** Builds the estate, runs the outage and prints what it hits. */
  public static void main(String[] args) {
    new OutageExample().run();
  }

  private void run() {
    buildEstate();
    System.out.println("itsm4j outage example: " + catalogue.catalogue(ACME).get() + "\n");

    ConfigurationItemId failed = ConfigurationItemId.of("san-1");
    ImpactReport impact = ok("impact", catalogue.outage(ACME, List.of(failed)));
    System.out.println("Outage of " + failed + " (storage array) affects " + impact.services().size()
        + " services and " + impact.customers().size() + " customers.\n");
    System.out.println("Services, each with the chain that explains it:");
    for (AffectedService s : impact.affectedServices()) {
      System.out.println("  " + s.service() + "\n      " + explain(s.path()));
    }
    System.out.println("\nCustomers, and the affected service through which each is hit:");
    for (AffectedCustomer c : impact.affectedCustomers()) {
      System.out.println("  " + pad(c.customer().value(), 12) + " via " + c.via());
    }
    System.out.println("\nOther configuration items down with it: " + impact.configurationItems().mkString(", "));

    DependencyReport shop = ok("dependencies", catalogue.dependencies(ACME, ServiceId.of("web-shop")));
    System.out.println("\nFor change risk: web-shop depends on services " + shop.services().mkString(", ")
        + "\n  and on " + shop.configurationItems().size() + " configuration items: "
        + shop.configurationItems().mkString(", "));

    System.out.println("\nThe service desk opens the major incident, naming the affected service and CI:");
    CommandResult incident = ok("open incident", desk.open(ACME, AGENT, key(),
        TicketCommand.Open.incident("Web shop checkout fails: storage array san-1 down", Impact.HIGH, Urgency.HIGH)
            .withSubject(TicketSubject.none().withService(ServiceId.of("web-shop"))
                .withCustomer(CustomerId.of("retail")).withConfigurationItem(failed))));
    System.out.println("  opened " + incident.ticket().id() + " with priority " + incident.ticket().priority());

    System.out.println("\nAn incident on the retired fax service is refused by the catalogue policy:");
    Either<Rejection, CommandResult> refused = desk.open(ACME, AGENT, key(),
        TicketCommand.Open.incident("Fax does not print", Impact.LOW, Urgency.LOW)
            .withSubject(TicketSubject.none().withService(ServiceId.of("fax"))));
    System.out.println("  " + refused.getLeft());

    monitoring();
  }

  /**
   * Alertmanager's webhook, read and correlated: two alerts whose items reach the same services are one incident;
   * their recovery resolves it; the outage goes into the month's availability.
   */
  private void monitoring() {
    System.out.println("\nMonitoring: Alertmanager reports the host and the database down, two minutes apart.");
    ServiceImpact impact = ServiceImpact.of(CompiledCatalogue.compile(catalogue.catalogue(ACME).get()));
    MonitoringDesk monitoring = MonitoringDesk.of(desk, ACME, Actor.of("alertmanager", "agent"), "outage-example",
        AlertCorrelator.create(CorrelationPolicy.defaults(), impact, SuppressionWindows.none()));
    TicketId incident = null;
    java.util.List<AlertDecision> decisions = new java.util.ArrayList<>();
    for (String body : java.util.List.of(
        webhook("firing", alert("firing", "NodeDown", "host-1", "09:00:00", "0001-01-01T00:00:00Z")),
        webhook("firing", alert("firing", "MySQLDown", "db-a", "09:02:00", "0001-01-01T00:00:00Z")),
        webhook("resolved", alert("resolved", "NodeDown", "host-1", "09:00:00", "2026-11-23T09:41:00Z") + ","
            + alert("resolved", "MySQLDown", "db-a", "09:02:00", "2026-11-23T09:47:00Z")))) {
      for (MonitoringEvent event : ok("webhook", AlertmanagerWebhook.standard().read(body)).events()) {
        MonitoringDesk.Applied applied = ok("alert", monitoring.accept(event));
        decisions.addAll(applied.decisions().toJavaList());
        for (AlertDecision d : applied.decisions()) {
          System.out.println("  " + d.getClass().getSimpleName() + ": " + d.reason());
          if (d instanceof AlertDecision.IncidentRequested r) {
            incident = monitoring.incident(r.group()).get();
            System.out.println("    opened " + incident + " for " + r.services().mkString(", "));
          }
        }
      }
    }
    Ticket ticket = ok("incident", desk.ticket(ACME, incident));
    System.out.println("  " + incident + " is " + ticket.state() + " (" + ticket.field("resolution.code")
        .getOrElse("-") + "), with " + ticket.notes().size() + " work note(s)");

    Instant november = Instant.parse("2026-11-01T00:00:00Z");
    Instant december = Instant.parse("2026-12-01T00:00:00Z");
    // The incident's group, from its request to its restoration, is the web shop's outage.
    var outages = AlertOutages.of(decisions, december).get(ServiceId.of("web-shop")).get();
    AvailabilityReport month = ok("availability", Availability.measure(
        AvailabilityTarget.of(99.9, BusinessCalendar.alwaysOpen()), outages, november, december));
    System.out.printf("%nweb-shop in November, 24x7 against 99.9 %%: %.3f %% available, down %d min in %d outage(s), "
        + "budget %d min, %s%n", month.availability().get(), month.downtime().toMinutes(), month.outages(),
        month.budget().toMinutes(), month.met() ? "met" : "missed by " + month.budgetLeft().negated().toMinutes()
            + " min");
  }

  private static String alert(String status, String name, String instance, String startsAt, String endsAt) {
    return "{\"status\": \"" + status + "\", \"labels\": {\"alertname\": \"" + name + "\", \"instance\": \""
        + instance + "\", \"severity\": \"critical\"}, \"annotations\": {\"summary\": \"" + instance + " is down\"},"
        + " \"startsAt\": \"2026-11-23T" + startsAt + "Z\", \"endsAt\": \"" + endsAt + "\", \"fingerprint\": \""
        + name + "-" + instance + "\"}";
  }

  private static String webhook(String status, String alerts) {
    return "{\"version\": \"4\", \"groupKey\": \"outage\", \"status\": \"" + status + "\", \"receiver\": \"itsm4j\","
        + " \"alerts\": [" + alerts + "]}";
  }

  private void buildEstate() {
    // Business services with their customers, one technical service, and a retired one.
    define("web-shop", ServiceKind.BUSINESS, Lifecycle.LIVE, "retail", "wholesale");
    define("payroll", ServiceKind.BUSINESS, Lifecycle.LIVE, "hr");
    define("reporting", ServiceKind.BUSINESS, Lifecycle.LIVE, "finance", "hr");
    define("database-hosting", ServiceKind.TECHNICAL, Lifecycle.LIVE);
    define("fax", ServiceKind.BUSINESS, Lifecycle.LIVE, "legal");
    for (String[] ci : new String[][] {{"san-1", "storage"}, {"host-1", "server"}, {"host-2", "server"},
        {"db-a", "database"}, {"db-b", "database"}, {"shop-app", "application"}, {"payroll-app", "application"},
        {"bi-app", "application"}, {"fax-gw", "appliance"}}) {
      send(new CatalogueCommand.RegisterCi(ConfigurationItem.of(ci[0], ci[0], ci[1])));
    }
    relate("host-1", RelationshipType.DEPENDS_ON, "san-1");
    relate("db-a", RelationshipType.RUNS_ON, "host-1");
    relate("db-b", RelationshipType.RUNS_ON, "host-2");
    // Replication both ways: a cycle in the graph, which impact analysis walks once.
    relate("db-a", RelationshipType.CONNECTED_TO, "db-b");
    relate("db-b", RelationshipType.CONNECTED_TO, "db-a");
    relate("shop-app", RelationshipType.DEPENDS_ON, "db-a");
    relate("payroll-app", RelationshipType.DEPENDS_ON, "db-b");
    relate("bi-app", RelationshipType.RUNS_ON, "host-2");
    send(CatalogueCommand.Relate.of(Relationship.dependsOn(ServiceId.of("database-hosting"),
        ConfigurationItemId.of("db-a"))));
    send(CatalogueCommand.Relate.of(Relationship.dependsOn(ServiceId.of("web-shop"), ConfigurationItemId.of("shop-app"))));
    send(CatalogueCommand.Relate.of(Relationship.dependsOn(ServiceId.of("web-shop"), ServiceId.of("database-hosting"))));
    send(CatalogueCommand.Relate.of(Relationship.dependsOn(ServiceId.of("payroll"),
        ConfigurationItemId.of("payroll-app"))));
    send(CatalogueCommand.Relate.of(Relationship.dependsOn(ServiceId.of("reporting"), ConfigurationItemId.of("bi-app"))));
    send(CatalogueCommand.Relate.of(Relationship.dependsOn(ServiceId.of("fax"), ConfigurationItemId.of("fax-gw"))));
    send(new CatalogueCommand.ChangeLifecycle(ServiceId.of("fax"), Lifecycle.RETIRED));
  }

  private void define(String id, ServiceKind kind, Lifecycle lifecycle, String... customers) {
    send(new CatalogueCommand.DefineService(Service.builder().id(ServiceId.of(id)).name(id).kind(kind)
        .owner(ActorId.of("owner-" + id)).lifecycle(lifecycle)
        .customers(LinkedHashSet.of(customers).map(CustomerId::of)).build()));
  }

  private void relate(String source, RelationshipType type, String target) {
    send(CatalogueCommand.Relate.of(Relationship.of(ConfigurationItemId.of(source), type,
        ConfigurationItemId.of(target))));
  }

  private void send(CatalogueCommand command) {
    ok(command.type(), catalogue.execute(ACME, CATALOGUE_MANAGER, key(), command));
  }

  /** "san-1 → host-1 (host-1 depends-on san-1) → ...": each hop with the relationship that carries the outage. */
  private static String explain(ImpactPath path) {
    StringBuilder b = new StringBuilder(label(path.start()));
    for (int i = 0; i < path.length(); i++) {
      b.append(" -> ").append(label(path.nodes().get(i + 1))).append(" (").append(path.relationships().get(i))
          .append(')');
    }
    return b.toString();
  }

  private static String label(Node node) {
    return node.idValue();
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  private String key() {
    return "outage-example-" + ++keys;
  }

  private static <T> T ok(String what, Either<Rejection, T> result) {
    if (result.isLeft()) {
      throw new IllegalStateException(what + " was refused: " + result.getLeft());
    }
    return result.get();
  }
}
