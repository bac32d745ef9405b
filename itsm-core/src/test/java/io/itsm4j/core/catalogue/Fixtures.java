package io.itsm4j.core.catalogue;

import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;

/** Builds catalogues for tests by running commands through the decider, as the catalogue service would. */
final class Fixtures {
  static final TenantId TENANT = TenantId.of("acme");
  static final Actor MANAGER = Actor.of("catalogue-manager", "catalogue-manager");
  static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  private Fixtures() {}

  static CatalogueContext ctx(Catalogue c) {
    return new CatalogueContext(c.tenant(), MANAGER, "cmd-" + (c.version() + 1), T0.plusSeconds(c.version()));
  }

  static Either<Rejection, Seq<CatalogueEvent>> decide(Catalogue c, CatalogueCommand command) {
    return CatalogueDecider.decide(ctx(c), command, c);
  }

  /** The catalogue after a command that must be accepted. */
  static Catalogue apply(Catalogue c, CatalogueCommand command) {
    Either<Rejection, Seq<CatalogueEvent>> d = decide(c, command);
    if (d.isLeft()) {
      throw new AssertionError(command + " was refused: " + d.getLeft());
    }
    return CatalogueDecider.replay(c, d.get());
  }

  static Catalogue applyAll(Catalogue c, Iterable<? extends CatalogueCommand> commands) {
    Catalogue result = c;
    for (CatalogueCommand command : commands) {
      result = apply(result, command);
    }
    return result;
  }

  static Service service(String id, Lifecycle lifecycle, String... customers) {
    return Service.builder().id(ServiceId.of(id)).name("Service " + id).kind(ServiceKind.BUSINESS)
        .owner(ActorId.of("owner-" + id)).lifecycle(lifecycle)
        .customers(LinkedHashSet.of(customers).map(CustomerId::of)).build();
  }

  static CatalogueCommand defineService(String id, Lifecycle lifecycle, String... customers) {
    return new CatalogueCommand.DefineService(service(id, lifecycle, customers));
  }

  static CatalogueCommand registerCi(String id) {
    return new CatalogueCommand.RegisterCi(ConfigurationItem.of(id, "CI " + id, "server"));
  }

  static CatalogueCommand relate(Node source, RelationshipType type, Node target) {
    return CatalogueCommand.Relate.of(new Relationship(source, type, target));
  }

  static Node ci(String id) {
    return Node.of(ConfigurationItemId.of(id));
  }

  static Node svc(String id) {
    return Node.of(ServiceId.of(id));
  }
}
