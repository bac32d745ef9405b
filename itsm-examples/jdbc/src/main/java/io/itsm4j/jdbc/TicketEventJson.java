package io.itsm4j.jdbc;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itsm4j.core.approval.ApprovalRule;
import io.itsm4j.core.ticket.TicketEvent;
import java.util.function.UnaryOperator;

/**
 * The stored JSON form of {@link TicketEvent}s: one object per event, {@code "type"} (the event's {@link
 * TicketEvent#type()}) and {@code "v"} (its schema version) first, then the event's components by name, in the
 * mapping of {@link StoredJson}: identifiers and instants as strings, {@code Option} as value or {@code null}, maps as
 * objects. For example:
 *
 * <pre>{@code
 * {"type":"priority-changed","v":1,
 *  "header":{"ticketId":"INC-000042","tenant":"acme","sequence":3,"occurredAt":"2026-03-02T09:15:00Z",
 *            "actor":"alice","commandId":"req-7"},
 *  "from":"P3","to":"P1","impact":"HIGH","urgency":"HIGH","reason":"whole floor down"}
 * }</pre>
 *
 * <p><b>Schema versions and upcasters.</b> Every event type has a schema version: 1, plus one for every upcaster
 * registered for the type. When a type's form changes (a record component renamed, split, added without a
 * default), the release that changes it registers an upcaster that turns the previous version's JSON tree into the
 * new one; reading applies the upcasters from the stored version on, so rows written years ago read as today's
 * events without a data migration. {@link #withUpcaster} is that registration; {@code TicketEventJsonTest} shows it
 * for a renamed field with a version-1 golden file. Today no form has changed: every type is at version 1.
 *
 * <p>Golden files under {@code src/test/resources/golden/ticket-events/} pin the form of every type.
 *
 * <p>Immutable and thread-safe. <b>Errors</b>: {@link IllegalArgumentException} for a JSON text that is not an
 * event of a known type and version, or that does not fit its schema (unknown or missing fields, a value an
 * event's constructor refuses), naming what is wrong.
 */
public final class TicketEventJson {
  private static final TicketEventJson STANDARD =
      new TicketEventJson(new VersionedJson<>(mapper(), TicketEvent.class, TicketEvent::type, "ticket event"));

  private final VersionedJson<TicketEvent> form;

  private TicketEventJson(VersionedJson<TicketEvent> form) {
    this.form = form;
  }

  /** The form as this version of the library reads and writes it. */
  public static TicketEventJson standard() {
    return STANDARD;
  }

  /**
   * The schema version {@code type} events are written in: 1 plus the number of its upcasters.
   *
   * @throws NullPointerException if {@code type} is null
   */
  public int version(String type) {
    return form.version(type);
  }

  /**
   * This form with the next schema version of {@code type}: {@code upcaster} turns such an event's JSON tree
   * stored in version {@code from} (the type's version until now; without {@code v}) into the new version, which
   * this form writes from then on.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code from} is not the type's version until now
   */
  public TicketEventJson withUpcaster(String type, int from, UnaryOperator<ObjectNode> upcaster) {
    return new TicketEventJson(form.withUpcaster(type, from, upcaster));
  }

  /**
   * The event as stored JSON.
   *
   * @throws NullPointerException if {@code event} is null
   */
  public String encode(TicketEvent event) {
    return form.encode(event);
  }

  /**
   * The event stored as {@code json}, upcast to the current schema first if it is older.
   *
   * @throws IllegalArgumentException if the text is not such an event (see the class documentation)
   * @throws NullPointerException if {@code json} is null
   */
  public TicketEvent decode(String json) {
    return form.decode(json);
  }

  private static ObjectMapper mapper() {
    ObjectMapper m = StoredJson.mapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    m.addMixIn(TicketEvent.class, EventTypes.class);
    m.addMixIn(ApprovalRule.class, RuleTypes.class);
    m.registerSubtypes(
        new NamedType(TicketEvent.Opened.class, "opened"),
        new NamedType(TicketEvent.StateChanged.class, "state-changed"),
        new NamedType(TicketEvent.PriorityChanged.class, "priority-changed"),
        new NamedType(TicketEvent.Assigned.class, "assigned"),
        new NamedType(TicketEvent.NoteAdded.class, "note-added"),
        new NamedType(TicketEvent.LinkAdded.class, "link-added"),
        new NamedType(TicketEvent.LinkRemoved.class, "link-removed"),
        new NamedType(TicketEvent.DetailsUpdated.class, "details-updated"),
        new NamedType(TicketEvent.RiskAssessed.class, "risk-assessed"),
        new NamedType(TicketEvent.ApprovalRequested.class, "approval-requested"),
        new NamedType(TicketEvent.ApprovalDecided.class, "approval-decided"),
        new NamedType(TicketEvent.AuthorisationGranted.class, "authorisation-granted"),
        new NamedType(TicketEvent.CollisionsOverridden.class, "collisions-overridden"));
    return m;
  }

  /** The event's type name is the discriminator; its names are registered above, one per event type. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  private abstract static class EventTypes {}

  /** Approval rules by kind. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "rule")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = ApprovalRule.AnyOne.class, name = "any-one"),
      @JsonSubTypes.Type(value = ApprovalRule.All.class, name = "all"),
      @JsonSubTypes.Type(value = ApprovalRule.Quorum.class, name = "quorum")})
  private abstract static class RuleTypes {}
}
