package io.itsm4j.core.catalogue;

import io.itsm4j.core.Fingerprint;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.ValueStyle;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A service in the catalogue (ISO/IEC 20000-1 8.2.4): who owns it, where it is in its life, who consumes it,
 * which offerings it has, and which service level definitions apply to all its customers. What the service
 * depends on is not a field here but {@link Relationship}s from its {@link Node}, so that services and
 * configuration items form one graph.
 *
 * <p>Build one with {@code ImmutableService.builder()}; change one with {@code with*}. Immutable and
 * thread-safe; no accessor returns {@code null}. The content (blank names, over-long texts) is checked by the
 * {@link CatalogueDecider}, which answers with violations naming each field.
 */
@Value.Immutable
@ValueStyle
public abstract class Service implements Fingerprint.Canonical {
  /** Longest name, in characters; also used for labels and task names. */
  public static final int NAME_MAX = 200;
  /** Longest description, in characters. */
  public static final int DESCRIPTION_MAX = 32_000;

  Service() {}

  /** The id, unique within the tenant. */
  public abstract ServiceId id();

  /** A human-readable name. */
  public abstract String name();

  /** What the service does, possibly empty. */
  @Value.Default
  public String description() {
    return "";
  }

  /** Business or technical. */
  public abstract ServiceKind kind();

  /** The accountable service owner. */
  public abstract ActorId owner();

  /** Where the service is in its life; a new service starts in {@link Lifecycle#PIPELINE} unless set. */
  @Value.Default
  public Lifecycle lifecycle() {
    return Lifecycle.PIPELINE;
  }

  /** The customers and consumers of the service. */
  @Value.Default
  public Set<CustomerId> customers() {
    return LinkedHashSet.empty();
  }

  /** The offerings, by id. */
  @Value.Default
  public Map<OfferingId, Offering> offerings() {
    return LinkedHashMap.empty();
  }

  /** The service level definitions that apply to every customer of the service, whatever its offering. */
  @Value.Default
  public Set<ServiceLevelId> serviceLevels() {
    return LinkedHashSet.empty();
  }

  /** This service as a node of the dependency graph. */
  public Node node() {
    return Node.of(id());
  }

  /** An offering of this service. */
  public Option<Offering> offering(OfferingId id) {
    return offerings().get(id);
  }

  /**
   * The service level definitions that apply to a customer with the given offering: the service's own, then
   * the offering's (an unknown or absent offering adds none).
   */
  public Set<ServiceLevelId> serviceLevelsFor(Option<OfferingId> offering) {
    Set<ServiceLevelId> own = LinkedHashSet.ofAll(serviceLevels());
    return offering.flatMap(this::offering).map(o -> own.addAll(o.serviceLevels())).getOrElse(own);
  }

  /** Writes every attribute, for idempotency fingerprints. */
  @Override
  public final void writeCanonical(Fingerprint.Writer out) {
    out.value(id()).value(name()).value(description()).value(kind()).value(owner()).value(lifecycle())
        .value(customers()).value(offerings()).value(serviceLevels());
  }

  @Value.Check
  void check() {
    offerings().forEach((id, o) -> {
      if (!o.id().equals(id)) {
        throw new IllegalArgumentException("offerings: key " + id + " holds offering " + o.id());
      }
    });
  }

  /** A builder. */
  public static ImmutableService.Builder builder() {
    return ImmutableService.builder();
  }
}
