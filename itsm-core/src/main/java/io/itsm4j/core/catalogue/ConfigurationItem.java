package io.itsm4j.core.catalogue;

import io.itsm4j.core.Fingerprint;
import io.itsm4j.core.ValueStyle;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import org.immutables.value.Value;

/**
 * A configuration item (ISO/IEC 20000-1 8.2.6): a server, an application, a network link, anything that must be
 * managed to deliver services. Its relationships to other items and to services are {@link Relationship}s.
 *
 * <p>Build one with {@link #builder()}; change one with {@code with*}. Immutable and thread-safe; no accessor
 * returns {@code null}. The content is checked by the {@link CatalogueDecider}.
 */
@Value.Immutable
@ValueStyle
public abstract class ConfigurationItem implements Fingerprint.Canonical {
  ConfigurationItem() {}

  /** The id, unique within the tenant. */
  public abstract ConfigurationItemId id();

  /** A human-readable name. */
  public abstract String name();

  /** The host's type of the item, an identifier such as {@code "server"} or {@code "database"}. */
  public abstract String type();

  /** The operational status; default {@link CiStatus#ACTIVE}. */
  @Value.Default
  public CiStatus status() {
    return CiStatus.ACTIVE;
  }

  /** Host-defined attributes (serial number, location, version): identifier keys, text values. */
  @Value.Default
  public Map<String, String> attributes() {
    return LinkedHashMap.empty();
  }

  /** Writes every attribute, for idempotency fingerprints. */
  @Override
  public final void writeCanonical(Fingerprint.Writer out) {
    out.value(id()).value(name()).value(type()).value(status()).value(attributes());
  }

  /** This item as a node of the dependency graph. */
  public Node node() {
    return Node.of(id());
  }

  /** An item of the given type, active, with no attributes. */
  public static ConfigurationItem of(String id, String name, String type) {
    return builder().id(ConfigurationItemId.of(id)).name(name).type(type).build();
  }

  /** A builder. */
  public static ImmutableConfigurationItem.Builder builder() {
    return ImmutableConfigurationItem.builder();
  }
}
