package io.itsm4j.core.catalogue;

/**
 * Where a service is in its life: pipeline → live → retired. A service moves forward only; retired is final.
 * A retired service takes no new tickets, and no live service may depend on it.
 */
public enum Lifecycle {
  /** Being designed or built; not yet delivered. */
  PIPELINE,
  /** Delivered to its customers. */
  LIVE,
  /** No longer delivered; kept so history stays readable. */
  RETIRED;

  /** Whether a service may move from this stage to {@code next}: forward only, never to the same stage. */
  public boolean canMoveTo(Lifecycle next) {
    return next.ordinal() > ordinal();
  }
}
