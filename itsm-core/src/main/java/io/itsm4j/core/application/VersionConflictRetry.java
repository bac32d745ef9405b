package io.itsm4j.core.application;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.internal.Checks;
import io.vavr.control.Either;
import java.util.function.Supplier;

/**
 * Runs a command again when it lost a race, and only then: a {@link RejectionCode#VERSION_CONFLICT} means nothing
 * was stored and another command got in first, so sending the same request again (under the same idempotency key)
 * decides it anew on the state as it is now. Every other outcome, every other refusal included, is returned as it
 * is: a rule that refused will refuse again, and a port failure is the host's to judge.
 *
 * <p>Use it where re-deciding is what the sender meant (an agent's "assign to me", an integration's update); not
 * where the sender decided on what it saw ({@code CommandRequest.expectingVersion}), which must be shown the new
 * state instead. Stateless and thread-safe; it does not sleep between attempts (conflicts are settled by the next
 * read, not by time).
 */
public final class VersionConflictRetry {
  /** The most attempts {@link #run} makes unless told otherwise. */
  public static final int DEFAULT_ATTEMPTS = 3;

  private VersionConflictRetry() {}

  /**
   * Runs {@code command} up to {@value #DEFAULT_ATTEMPTS} times while it answers {@link
   * RejectionCode#VERSION_CONFLICT}.
   *
   * @return the first answer that is not a version conflict, or the last conflict
   * @throws NullPointerException if {@code command} is null or returns null
   */
  public static <T> Either<Rejection, T> run(Supplier<Either<Rejection, T>> command) {
    return run(DEFAULT_ATTEMPTS, command);
  }

  /**
   * Runs {@code command} up to {@code attempts} times while it answers {@link RejectionCode#VERSION_CONFLICT}.
   *
   * @return the first answer that is not a version conflict, or the last conflict
   * @throws IllegalArgumentException if {@code attempts} is less than 1
   * @throws NullPointerException if {@code command} is null or returns null
   */
  public static <T> Either<Rejection, T> run(int attempts, Supplier<Either<Rejection, T>> command) {
    Checks.notNull(command, "command");
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
    }
    Either<Rejection, T> answer = Checks.notNull(command.get(), "the command's answer");
    for (int attempt = 1; attempt < attempts && isConflict(answer); attempt++) {
      answer = Checks.notNull(command.get(), "the command's answer");
    }
    return answer;
  }

  private static boolean isConflict(Either<Rejection, ?> answer) {
    return answer.isLeft() && answer.getLeft().code() == RejectionCode.VERSION_CONFLICT;
  }
}
