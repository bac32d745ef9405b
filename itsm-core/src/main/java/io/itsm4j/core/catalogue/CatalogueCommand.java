package io.itsm4j.core.catalogue;

import io.itsm4j.core.internal.Checks;

/**
 * What someone asks of a tenant's catalogue. Each accepted command yields exactly one {@link CatalogueEvent} and
 * moves the catalogue one version on. Constructors fail fast on {@code null} (tier 1); the content is checked by
 * {@link CatalogueDecider#decide}, which answers with a {@link io.itsm4j.core.Rejection} naming each field.
 */
public sealed interface CatalogueCommand {

  /** A short name of the command type for logs and audit entries, e.g. {@code "define-service"}. */
  String type();

  /**
   * Add a new service. It starts in the lifecycle stage it names, which must not be {@link Lifecycle#RETIRED}.
   *
   * @param service the definition
   */
  record DefineService(Service service) implements CatalogueCommand {
    /** Checks that no argument is null. */
    public DefineService {
      Checks.notNull(service, "service");
    }

    @Override
    public String type() {
      return "define-service";
    }
  }

  /**
   * Replace a service's definition (name, owner, customers, offerings, service levels). The lifecycle stage must
   * stay as it is: {@link ChangeLifecycle} moves it, so the rules of that move cannot be bypassed.
   *
   * @param service the new definition, with the id of an existing service
   */
  record ReviseService(Service service) implements CatalogueCommand {
    /** Checks that no argument is null. */
    public ReviseService {
      Checks.notNull(service, "service");
    }

    @Override
    public String type() {
      return "revise-service";
    }
  }

  /**
   * Move a service forward in its life: pipeline → live → retired (or pipeline → retired).
   *
   * @param service the service
   * @param to the new stage
   */
  record ChangeLifecycle(ServiceId service, Lifecycle to) implements CatalogueCommand {
    /** Checks that no argument is null. */
    public ChangeLifecycle {
      Checks.notNull(service, "service");
      Checks.notNull(to, "to");
    }

    @Override
    public String type() {
      return "change-lifecycle";
    }
  }

  /**
   * Add a new request catalogue item to a service that is not retired.
   *
   * @param item the definition
   */
  record DefineItem(RequestItem item) implements CatalogueCommand {
    /** Checks that no argument is null. */
    public DefineItem {
      Checks.notNull(item, "item");
    }

    @Override
    public String type() {
      return "define-item";
    }
  }

  /**
   * Replace a request catalogue item's definition. Requests opened earlier keep the fields they were opened with.
   *
   * @param item the new definition, with the id of an existing item
   */
  record ReviseItem(RequestItem item) implements CatalogueCommand {
    /** Checks that no argument is null. */
    public ReviseItem {
      Checks.notNull(item, "item");
    }

    @Override
    public String type() {
      return "revise-item";
    }
  }

  /**
   * Take a request catalogue item out of the catalogue; no new request may order it.
   *
   * @param item the item
   */
  record WithdrawItem(CatalogueItemId item) implements CatalogueCommand {
    /** Checks that no argument is null. */
    public WithdrawItem {
      Checks.notNull(item, "item");
    }

    @Override
    public String type() {
      return "withdraw-item";
    }
  }

  /**
   * Add a new configuration item.
   *
   * @param item the item
   */
  record RegisterCi(ConfigurationItem item) implements CatalogueCommand {
    /** Checks that no argument is null. */
    public RegisterCi {
      Checks.notNull(item, "item");
    }

    @Override
    public String type() {
      return "register-ci";
    }
  }

  /**
   * Replace a configuration item's name, type, status and attributes. Its relationships stay.
   *
   * @param item the new state, with the id of an existing item
   */
  record UpdateCi(ConfigurationItem item) implements CatalogueCommand {
    /** Checks that no argument is null. */
    public UpdateCi {
      Checks.notNull(item, "item");
    }

    @Override
    public String type() {
      return "update-ci";
    }
  }

  /**
   * Add a relationship "source kind target". The kind is text, as CMDB imports deliver it: a label such as
   * {@code "runs-on"} or a {@link RelationshipType} constant name; a kind the model does not know is refused.
   *
   * @param source an existing service or configuration item
   * @param kind the relationship type's label or name
   * @param target an existing service or configuration item; may equal the source
   */
  record Relate(Node source, String kind, Node target) implements CatalogueCommand {
    /** Checks that no argument is null. */
    public Relate {
      Checks.notNull(source, "source");
      Checks.notNull(kind, "kind");
      Checks.notNull(target, "target");
    }

    /** Adds the given relationship. */
    public static Relate of(Relationship relationship) {
      return new Relate(relationship.source(), relationship.type().label(), relationship.target());
    }

    @Override
    public String type() {
      return "relate";
    }
  }

  /**
   * Remove a relationship "source type target".
   *
   * @param source the relationship's source
   * @param kind the relationship type's label or name
   * @param target the relationship's target
   */
  record Unrelate(Node source, String kind, Node target) implements CatalogueCommand {
    /** Checks that no argument is null. */
    public Unrelate {
      Checks.notNull(source, "source");
      Checks.notNull(kind, "kind");
      Checks.notNull(target, "target");
    }

    /** Removes the given relationship. */
    public static Unrelate of(Relationship relationship) {
      return new Unrelate(relationship.source(), relationship.type().label(), relationship.target());
    }

    @Override
    public String type() {
      return "unrelate";
    }
  }
}
