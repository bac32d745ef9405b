package io.itsm4j.sla;

import java.util.Objects;

/**
 * What a service level clock measures: time to first response, time to resolution, or a metric the host names.
 *
 * @param name a short stable name, e.g. {@code "resolution"}
 */
public record SlaMetric(String name) {
  /** Time until the provider first responds. */
  public static final SlaMetric FIRST_RESPONSE = new SlaMetric("first-response");
  /** Time until the ticket is resolved. */
  public static final SlaMetric RESOLUTION = new SlaMetric("resolution");

  /**
   * Validates the name.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public SlaMetric {
    Objects.requireNonNull(name, "name must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("metric name must not be blank");
    }
  }

  /** A host-defined metric; same errors as the constructor. */
  public static SlaMetric of(String name) {
    return new SlaMetric(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
