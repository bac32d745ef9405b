package io.itsm4j.core.catalogue;

import io.vavr.collection.Array;
import io.vavr.control.Option;

/**
 * The kinds of relationship between nodes, and which way an outage travels along each.
 *
 * <p>A relationship reads as a sentence: <em>source type target</em>, e.g. "web-1 runs-on host-7". For the
 * dependency kinds ({@link #DEPENDS_ON}, {@link #RUNS_ON}, {@link #HOSTED_BY}) the source needs the target, so an
 * outage of the target affects the source. For {@link #PART_OF} the whole needs its parts, so an outage of the
 * part (source) affects the whole (target). {@link #CONNECTED_TO} is symmetric: an outage of either end affects
 * the other.
 */
public enum RelationshipType {
  /** The source needs the target to work; the only kind a service may take part in. */
  DEPENDS_ON("depends-on"),
  /** The source runs on the target (an application on a server, a VM on a hypervisor). */
  RUNS_ON("runs-on"),
  /** The source is hosted by the target (a site in a data centre, a mailbox on a tenant). */
  HOSTED_BY("hosted-by"),
  /** The source and target are connected (network links); an outage of either affects the other. */
  CONNECTED_TO("connected-to"),
  /** The source is part of the target (a disk of an array, a node of a cluster). */
  PART_OF("part-of");

  private static final Array<RelationshipType> ALL = Array.of(values());

  private final String label;

  RelationshipType(String label) {
    this.label = label;
  }

  /** The name in relationship sentences and imports, e.g. {@code "runs-on"}. */
  public String label() {
    return label;
  }

  /** Whether an outage of the source affects the target. */
  public boolean sourceOutageAffectsTarget() {
    return this == PART_OF || this == CONNECTED_TO;
  }

  /** Whether an outage of the target affects the source. */
  public boolean targetOutageAffectsSource() {
    return this != PART_OF;
  }

  /**
   * The type with this label ({@code "runs-on"}) or constant name ({@code "RUNS_ON"}), case-insensitive.
   *
   * @return the type, or none if the model does not know it
   */
  public static Option<RelationshipType> parse(String text) {
    return ALL.find(t -> t.label.equalsIgnoreCase(text) || t.name().equalsIgnoreCase(text));
  }

  @Override
  public String toString() {
    return label;
  }
}
