package io.itsm4j.jdbc;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itsm4j.core.catalogue.Approver;
import io.itsm4j.core.catalogue.CatalogueEvent;
import io.itsm4j.core.catalogue.ConfigurationItem;
import io.itsm4j.core.catalogue.ImmutableConfigurationItem;
import io.itsm4j.core.catalogue.ImmutableRequestItem;
import io.itsm4j.core.catalogue.ImmutableService;
import io.itsm4j.core.catalogue.Node;
import io.itsm4j.core.catalogue.RequestItem;
import io.itsm4j.core.catalogue.Service;
import java.util.function.UnaryOperator;

/**
 * The stored JSON form of {@link CatalogueEvent}s, as {@link TicketEventJson} is for tickets and through the same
 * mapping ({@link StoredJson}): {@code "type"} and {@code "v"} first, then the event's components. Services, request
 * items and configuration items appear with every attribute by name ({@code "offerings"} as an object by offering
 * id); relationship ends as {@code {"node":"ci","id":"db-1"}} or {@code {"node":"service","id":"mail"}}; approvers as
 * {@code {"approver":"group","group":"cab"}}.
 *
 * <p>Immutable and thread-safe. <b>Errors</b>: {@link IllegalArgumentException} for a text that is not a catalogue
 * event of a known type and version, naming what is wrong.
 */
public final class CatalogueEventJson {
  private static final CatalogueEventJson STANDARD = new CatalogueEventJson(new VersionedJson<>(mapper(),
      CatalogueEvent.class, CatalogueEvent::type, "catalogue event"));

  private final VersionedJson<CatalogueEvent> form;

  private CatalogueEventJson(VersionedJson<CatalogueEvent> form) {
    this.form = form;
  }

  /** The form as this version of the library reads and writes it. */
  public static CatalogueEventJson standard() {
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
   * This form with the next schema version of {@code type}, read from version {@code from} by {@code upcaster}
   * (see {@link TicketEventJson#withUpcaster}).
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code from} is not the type's version until now
   */
  public CatalogueEventJson withUpcaster(String type, int from, UnaryOperator<ObjectNode> upcaster) {
    return new CatalogueEventJson(form.withUpcaster(type, from, upcaster));
  }

  /**
   * The event as stored JSON.
   *
   * @throws NullPointerException if {@code event} is null
   */
  public String encode(CatalogueEvent event) {
    return form.encode(event);
  }

  /**
   * The event stored as {@code json}, upcast to the current schema first if it is older.
   *
   * @throws IllegalArgumentException if the text is not such an event
   * @throws NullPointerException if {@code json} is null
   */
  public CatalogueEvent decode(String json) {
    return form.decode(json);
  }

  private static ObjectMapper mapper() {
    ObjectMapper m = StoredJson.mapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    m.addMixIn(CatalogueEvent.class, EventTypes.class);
    m.addMixIn(Node.class, NodeTypes.class);
    m.addMixIn(Approver.class, ApproverTypes.class);
    m.addMixIn(Service.class, ServiceForm.class);
    m.addMixIn(ImmutableService.Builder.class, BuilderForm.class);
    m.addMixIn(RequestItem.class, RequestItemForm.class);
    m.addMixIn(ImmutableRequestItem.Builder.class, BuilderForm.class);
    m.addMixIn(ConfigurationItem.class, ConfigurationItemForm.class);
    m.addMixIn(ImmutableConfigurationItem.Builder.class, BuilderForm.class);
    m.registerSubtypes(
        new NamedType(CatalogueEvent.ServiceDefined.class, "service-defined"),
        new NamedType(CatalogueEvent.ServiceRevised.class, "service-revised"),
        new NamedType(CatalogueEvent.LifecycleChanged.class, "lifecycle-changed"),
        new NamedType(CatalogueEvent.ItemDefined.class, "item-defined"),
        new NamedType(CatalogueEvent.ItemRevised.class, "item-revised"),
        new NamedType(CatalogueEvent.ItemWithdrawn.class, "item-withdrawn"),
        new NamedType(CatalogueEvent.CiRegistered.class, "ci-registered"),
        new NamedType(CatalogueEvent.CiUpdated.class, "ci-updated"),
        new NamedType(CatalogueEvent.Related.class, "related"),
        new NamedType(CatalogueEvent.Unrelated.class, "unrelated"));
    return m;
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  private abstract static class EventTypes {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "node")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = Node.ServiceNode.class, name = "service"),
      @JsonSubTypes.Type(value = Node.CiNode.class, name = "ci")})
  private abstract static class NodeTypes {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "approver")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = Approver.Role.class, name = "role"),
      @JsonSubTypes.Type(value = Approver.Group.class, name = "group"),
      @JsonSubTypes.Type(value = Approver.Person.class, name = "person")})
  private abstract static class ApproverTypes {}

  /** The catalogue's Immutables values are read through their builders, which check them as code does. */
  @JsonDeserialize(builder = ImmutableService.Builder.class)
  private abstract static class ServiceForm {}

  @JsonDeserialize(builder = ImmutableRequestItem.Builder.class)
  private abstract static class RequestItemForm {}

  @JsonDeserialize(builder = ImmutableConfigurationItem.Builder.class)
  private abstract static class ConfigurationItemForm {}

  @JsonPOJOBuilder(withPrefix = "")
  private abstract static class BuilderForm {}
}
