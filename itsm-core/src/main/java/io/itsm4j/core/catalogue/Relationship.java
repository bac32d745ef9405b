package io.itsm4j.core.catalogue;

import io.itsm4j.core.internal.Checks;
import java.util.Comparator;

/**
 * A typed relationship between two nodes, read as "source type target": "web-1 runs-on host-7", "payroll
 * depends-on db-2". {@link RelationshipType} says which way an outage travels. A node may relate to itself; the
 * graph may have cycles, and impact analysis terminates on both.
 *
 * <p>Relationships order by source, type, target, so listings are deterministic.
 *
 * @param source the node the sentence is about
 * @param type the kind of relationship
 * @param target the node it relates to
 */
public record Relationship(Node source, RelationshipType type, Node target) implements Comparable<Relationship> {
  private static final Comparator<Relationship> ORDER = Comparator.comparing(Relationship::source)
      .thenComparing(Relationship::type).thenComparing(Relationship::target);

  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public Relationship {
    Checks.notNull(source, "source");
    Checks.notNull(type, "type");
    Checks.notNull(target, "target");
  }

  /** "source type target" between two configuration items. */
  public static Relationship of(ConfigurationItemId source, RelationshipType type, ConfigurationItemId target) {
    return new Relationship(Node.of(source), type, Node.of(target));
  }

  /** "service depends-on item". */
  public static Relationship dependsOn(ServiceId service, ConfigurationItemId item) {
    return new Relationship(Node.of(service), RelationshipType.DEPENDS_ON, Node.of(item));
  }

  /** "service depends-on other service". */
  public static Relationship dependsOn(ServiceId service, ServiceId other) {
    return new Relationship(Node.of(service), RelationshipType.DEPENDS_ON, Node.of(other));
  }

  /** Whether the relationship touches {@code node} at either end. */
  public boolean touches(Node node) {
    return source.equals(node) || target.equals(node);
  }

  @Override
  public int compareTo(Relationship other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return source.idValue() + " " + type.label() + " " + target.idValue();
  }
}
