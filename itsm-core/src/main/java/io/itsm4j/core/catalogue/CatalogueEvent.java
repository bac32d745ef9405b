package io.itsm4j.core.catalogue;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.internal.Checks;
import java.time.Instant;

/**
 * Something that changed a tenant's catalogue. The catalogue is the left fold of its events ({@link
 * CatalogueDecider#replay}); each event moves it one version on, so an audit trail that records the events
 * records every change, with before and after where something was replaced.
 *
 * <p>Events are immutable records; their constructors fail fast on {@code null}. Hosts rarely build events:
 * {@link CatalogueDecider#decide} does, and a store gives them back.
 */
public sealed interface CatalogueEvent {

  /** Tenant, version, time, actor and command of this event. */
  CatalogueEventHeader header();

  /** Shorthand for {@code header().tenant()}. */
  default TenantId tenant() {
    return header().tenant();
  }

  /** Shorthand for {@code header().version()}. */
  default long version() {
    return header().version();
  }

  /** Shorthand for {@code header().occurredAt()}. */
  default Instant occurredAt() {
    return header().occurredAt();
  }

  /** Shorthand for {@code header().actor()}. */
  default ActorId actor() {
    return header().actor();
  }

  /** A short name of the event type for logs and audit entries, e.g. {@code "service-defined"}. */
  String type();

  /** Whether the event changes the dependency graph (nodes, relationships, or a service's customers). */
  boolean changesGraph();

  /**
   * A service was added to the catalogue.
   *
   * @param header common event data
   * @param service its definition
   */
  record ServiceDefined(CatalogueEventHeader header, Service service) implements CatalogueEvent {
    /** Checks that no argument is null. */
    public ServiceDefined {
      Checks.notNull(header, "header");
      Checks.notNull(service, "service");
    }

    @Override
    public String type() {
      return "service-defined";
    }

    @Override
    public boolean changesGraph() {
      return true;
    }
  }

  /**
   * A service's definition was replaced.
   *
   * @param header common event data
   * @param before the definition before
   * @param after the definition after
   */
  record ServiceRevised(CatalogueEventHeader header, Service before, Service after) implements CatalogueEvent {
    /** Checks that no argument is null. */
    public ServiceRevised {
      Checks.notNull(header, "header");
      Checks.notNull(before, "before");
      Checks.notNull(after, "after");
    }

    @Override
    public String type() {
      return "service-revised";
    }

    @Override
    public boolean changesGraph() {
      return !before.customers().equals(after.customers());
    }
  }

  /**
   * A service moved to another lifecycle stage.
   *
   * @param header common event data
   * @param service the service
   * @param from the stage before
   * @param to the stage after
   */
  record LifecycleChanged(CatalogueEventHeader header, ServiceId service, Lifecycle from, Lifecycle to) implements CatalogueEvent {
    /** Checks that no argument is null. */
    public LifecycleChanged {
      Checks.notNull(header, "header");
      Checks.notNull(service, "service");
      Checks.notNull(from, "from");
      Checks.notNull(to, "to");
    }

    @Override
    public String type() {
      return "lifecycle-changed";
    }

    @Override
    public boolean changesGraph() {
      return false;
    }
  }

  /**
   * A request catalogue item was added.
   *
   * @param header common event data
   * @param item its definition
   */
  record ItemDefined(CatalogueEventHeader header, RequestItem item) implements CatalogueEvent {
    /** Checks that no argument is null. */
    public ItemDefined {
      Checks.notNull(header, "header");
      Checks.notNull(item, "item");
    }

    @Override
    public String type() {
      return "item-defined";
    }

    @Override
    public boolean changesGraph() {
      return false;
    }
  }

  /**
   * A request catalogue item's definition was replaced.
   *
   * @param header common event data
   * @param before the definition before
   * @param after the definition after
   */
  record ItemRevised(CatalogueEventHeader header, RequestItem before, RequestItem after) implements CatalogueEvent {
    /** Checks that no argument is null. */
    public ItemRevised {
      Checks.notNull(header, "header");
      Checks.notNull(before, "before");
      Checks.notNull(after, "after");
    }

    @Override
    public String type() {
      return "item-revised";
    }

    @Override
    public boolean changesGraph() {
      return false;
    }
  }

  /**
   * A request catalogue item was taken out of the catalogue.
   *
   * @param header common event data
   * @param item its last definition
   */
  record ItemWithdrawn(CatalogueEventHeader header, RequestItem item) implements CatalogueEvent {
    /** Checks that no argument is null. */
    public ItemWithdrawn {
      Checks.notNull(header, "header");
      Checks.notNull(item, "item");
    }

    @Override
    public String type() {
      return "item-withdrawn";
    }

    @Override
    public boolean changesGraph() {
      return false;
    }
  }

  /**
   * A configuration item was added.
   *
   * @param header common event data
   * @param item the item
   */
  record CiRegistered(CatalogueEventHeader header, ConfigurationItem item) implements CatalogueEvent {
    /** Checks that no argument is null. */
    public CiRegistered {
      Checks.notNull(header, "header");
      Checks.notNull(item, "item");
    }

    @Override
    public String type() {
      return "ci-registered";
    }

    @Override
    public boolean changesGraph() {
      return true;
    }
  }

  /**
   * A configuration item's name, type, status or attributes changed.
   *
   * @param header common event data
   * @param before the item before
   * @param after the item after
   */
  record CiUpdated(CatalogueEventHeader header, ConfigurationItem before, ConfigurationItem after) implements CatalogueEvent {
    /** Checks that no argument is null. */
    public CiUpdated {
      Checks.notNull(header, "header");
      Checks.notNull(before, "before");
      Checks.notNull(after, "after");
    }

    @Override
    public String type() {
      return "ci-updated";
    }

    @Override
    public boolean changesGraph() {
      return false;
    }
  }

  /**
   * A relationship was added.
   *
   * @param header common event data
   * @param relationship the relationship
   */
  record Related(CatalogueEventHeader header, Relationship relationship) implements CatalogueEvent {
    /** Checks that no argument is null. */
    public Related {
      Checks.notNull(header, "header");
      Checks.notNull(relationship, "relationship");
    }

    @Override
    public String type() {
      return "related";
    }

    @Override
    public boolean changesGraph() {
      return true;
    }
  }

  /**
   * A relationship was removed.
   *
   * @param header common event data
   * @param relationship the relationship
   */
  record Unrelated(CatalogueEventHeader header, Relationship relationship) implements CatalogueEvent {
    /** Checks that no argument is null. */
    public Unrelated {
      Checks.notNull(header, "header");
      Checks.notNull(relationship, "relationship");
    }

    @Override
    public String type() {
      return "unrelated";
    }

    @Override
    public boolean changesGraph() {
      return true;
    }
  }
}
