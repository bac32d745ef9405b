package io.itsm4j.audit.catalogue;

import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.Outcome;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TextPolicy;
import io.itsm4j.core.catalogue.CatalogueCommand;
import io.itsm4j.core.catalogue.CatalogueContext;
import io.itsm4j.core.catalogue.CatalogueEvent;
import io.itsm4j.core.catalogue.ConfigurationItem;
import io.itsm4j.core.catalogue.Node;
import io.itsm4j.core.catalogue.Relationship;
import io.itsm4j.core.catalogue.RequestItem;
import io.itsm4j.core.catalogue.Service;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * Audit entries of the service catalogue, one per event and one per refusal:
 *
 * <ul>
 *   <li>Record: {@code service/<id>}, {@code catalogue-item/<id>} or {@code configuration-item/<id>}; a
 *       relationship is recorded on its source. These are the record types the evidence report counts under
 *       8.2.4 and 8.2.6.
 *   <li>Action: {@code catalogue.<event type>} (e.g. {@code catalogue.ci-registered}), or {@code
 *       catalogue.<command type>} with outcome {@link Outcome#REJECTED} for a refusal, whose reason is
 *       {@code <code>: <message>}.
 *   <li>Before and after: the attributes an auditor reads (names, lifecycle, owner, offerings, types, status,
 *       relationships); a refusal records only ids, since a refused command's text is not known to be valid.
 *   <li>Correlation: the command's idempotency key.
 * </ul>
 *
 * <p>Pure and thread-safe.
 */
public final class CatalogueAuditing {
  /** The prefix of every action this mapping writes. */
  public static final String ACTION_PREFIX = "catalogue.";

  private CatalogueAuditing() {}

  /**
   * The entries of one accepted catalogue command's events, in order.
   *
   * @throws NullPointerException if {@code events} is null
   */
  public static Seq<AuditDraft> accepted(Seq<CatalogueEvent> events) {
    return events.map(CatalogueAuditing::entry);
  }

  private static AuditDraft entry(CatalogueEvent e) {
    Map<String, String> before = LinkedHashMap.empty();
    Map<String, String> after;
    RecordRef record;
    if (e instanceof CatalogueEvent.ServiceDefined d) {
      record = RecordRef.of("service", d.service().id().value());
      after = service(d.service());
    } else if (e instanceof CatalogueEvent.ServiceRevised r) {
      record = RecordRef.of("service", r.after().id().value());
      before = service(r.before());
      after = service(r.after());
    } else if (e instanceof CatalogueEvent.LifecycleChanged l) {
      record = RecordRef.of("service", l.service().value());
      before = LinkedHashMap.of("lifecycle", l.from().name());
      after = LinkedHashMap.of("lifecycle", l.to().name());
    } else if (e instanceof CatalogueEvent.ItemDefined d) {
      record = RecordRef.of("catalogue-item", d.item().id().value());
      after = item(d.item());
    } else if (e instanceof CatalogueEvent.ItemRevised r) {
      record = RecordRef.of("catalogue-item", r.after().id().value());
      before = item(r.before());
      after = item(r.after());
    } else if (e instanceof CatalogueEvent.ItemWithdrawn w) {
      record = RecordRef.of("catalogue-item", w.item().id().value());
      before = item(w.item());
      after = LinkedHashMap.of("withdrawn", "true");
    } else if (e instanceof CatalogueEvent.CiRegistered c) {
      record = RecordRef.of("configuration-item", c.item().id().value());
      after = ci(c.item());
    } else if (e instanceof CatalogueEvent.CiUpdated u) {
      record = RecordRef.of("configuration-item", u.after().id().value());
      before = ci(u.before());
      after = ci(u.after());
    } else if (e instanceof CatalogueEvent.Related r) {
      record = node(r.relationship().source());
      after = LinkedHashMap.of("relationship", sentence(r.relationship()));
    } else {
      CatalogueEvent.Unrelated u = (CatalogueEvent.Unrelated) e;
      record = node(u.relationship().source());
      before = LinkedHashMap.of("relationship", sentence(u.relationship()));
      after = LinkedHashMap.empty();
    }
    return AuditDraft.builder()
        .tenant(e.header().tenant())
        .actor(e.header().actor())
        .action(ACTION_PREFIX + e.type())
        .outcome(Outcome.APPLIED)
        .record(record)
        .occurredAt(e.header().occurredAt())
        .before(AuditValue.texts(before))
        .after(AuditValue.texts(after))
        .correlation(Option.some(e.header().commandId()))
        .build();
  }

  /**
   * The entry of a refused catalogue command.
   *
   * @throws NullPointerException if an argument is null
   */
  public static AuditDraft refused(CatalogueContext context, CatalogueCommand command, Rejection rejection) {
    return AuditDraft.builder()
        .tenant(context.tenant())
        .actor(context.actor().id())
        .action(ACTION_PREFIX + command.type())
        .outcome(Outcome.REJECTED)
        .record(target(command))
        .occurredAt(context.at())
        .after(AuditValue.texts(LinkedHashMap.of("requested.command", command.type())))
        .reason(Option.some(TextPolicy.truncate(rejection.code() + ": " + rejection.message(),
            AuditDraft.REASON_MAX)))
        .correlation(Option.some(context.idempotencyKey()))
        .build();
  }

  private static RecordRef target(CatalogueCommand command) {
    if (command instanceof CatalogueCommand.DefineService d) {
      return RecordRef.of("service", d.service().id().value());
    } else if (command instanceof CatalogueCommand.ReviseService r) {
      return RecordRef.of("service", r.service().id().value());
    } else if (command instanceof CatalogueCommand.ChangeLifecycle l) {
      return RecordRef.of("service", l.service().value());
    } else if (command instanceof CatalogueCommand.DefineItem d) {
      return RecordRef.of("catalogue-item", d.item().id().value());
    } else if (command instanceof CatalogueCommand.ReviseItem r) {
      return RecordRef.of("catalogue-item", r.item().id().value());
    } else if (command instanceof CatalogueCommand.WithdrawItem w) {
      return RecordRef.of("catalogue-item", w.item().value());
    } else if (command instanceof CatalogueCommand.RegisterCi r) {
      return RecordRef.of("configuration-item", r.item().id().value());
    } else if (command instanceof CatalogueCommand.UpdateCi u) {
      return RecordRef.of("configuration-item", u.item().id().value());
    } else if (command instanceof CatalogueCommand.Relate r) {
      return node(r.source());
    }
    return node(((CatalogueCommand.Unrelate) command).source());
  }

  private static RecordRef node(Node n) {
    return n instanceof Node.CiNode ci ? RecordRef.of("configuration-item", ci.id().value())
        : RecordRef.of("service", ((Node.ServiceNode) n).id().value());
  }

  private static String sentence(Relationship r) {
    return r.source() + " " + r.type().label() + " " + r.target();
  }

  private static Map<String, String> service(Service s) {
    return LinkedHashMap.of("name", s.name(), "lifecycle", s.lifecycle().name(), "owner", s.owner().value(),
        "offerings", s.offerings().keySet().toSortedSet().mkString(","));
  }

  private static Map<String, String> item(RequestItem i) {
    return LinkedHashMap.of("name", i.name(), "service", i.service().value());
  }

  private static Map<String, String> ci(ConfigurationItem c) {
    return LinkedHashMap.of("name", c.name(), "type", c.type(), "status", c.status().name());
  }
}
