package io.itsm4j.core.contract;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test moves by hand, for a host's tests of services built with {@code .clock(...)}: it stands still
 * until told to move, so every instant a service stamps is known. Thread-safe.
 */
public final class ManualClock implements InstantSource {
  private final AtomicReference<Instant> now;

  /**
   * A clock standing at {@code start}.
   *
   * @throws NullPointerException if {@code start} is null
   */
  public ManualClock(Instant start) {
    this.now = new AtomicReference<>(Objects.requireNonNull(start, "start must not be null"));
  }

  /** A clock standing at {@code start}, e.g. {@code "2026-03-02T09:00:00Z"}. */
  public static ManualClock at(String start) {
    return new ManualClock(Instant.parse(start));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  /**
   * Moves the clock forward.
   *
   * @return the new instant
   * @throws IllegalArgumentException if {@code by} is negative: time in a history never runs backwards
   */
  public Instant advance(Duration by) {
    Objects.requireNonNull(by, "by must not be null");
    if (by.isNegative()) {
      throw new IllegalArgumentException("a clock moves forward only, got " + by);
    }
    return now.updateAndGet(t -> t.plus(by));
  }

  /**
   * Sets the clock to {@code instant}, which must not be before the current one.
   *
   * @throws IllegalArgumentException if {@code instant} is before the clock's current instant
   */
  public void set(Instant instant) {
    Objects.requireNonNull(instant, "instant must not be null");
    now.updateAndGet(t -> {
      if (instant.isBefore(t)) {
        throw new IllegalArgumentException("a clock moves forward only: " + instant + " is before " + t);
      }
      return instant;
    });
  }
}
