package io.itsm4j.core;

import io.itsm4j.core.internal.Checks;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Supplier;

/**
 * A refused command (tier 3 of the error model): a code a host can switch on, a human message, the fields at
 * fault when input was the problem, and the port exception when infrastructure was. A rejection never leaves
 * anything half-written.
 *
 * <p>Rejections are values; compare them by {@link #code()}, not by message text. Equality ignores the cause.
 *
 * @param code what kind of refusal
 * @param message a human-readable explanation
 * @param violations the offending fields, possibly empty
 * @param cause the exception of a failing port ({@link RejectionCode#PORT_FAILURE}), else none
 */
public record Rejection(RejectionCode code, String message, Seq<Violation> violations, Option<Throwable> cause) {
  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public Rejection {
    Checks.notNull(code, "code");
    Checks.notNull(message, "message");
    Checks.notNull(violations, "violations");
    Checks.notNull(cause, "cause");
  }

  /** A rejection with a code and message only. */
  public static Rejection of(RejectionCode code, String message) {
    return new Rejection(code, message, List.empty(), Option.none());
  }

  /** A rejection for bad input, listing every violation; the message joins them. */
  public static Rejection invalid(RejectionCode code, Seq<Violation> violations) {
    return new Rejection(code, violations.mkString("; "), violations, Option.none());
  }

  /** A rejection for a failing port; the message names the operation and the exception. */
  public static Rejection portFailure(String operation, Throwable cause) {
    return new Rejection(RejectionCode.PORT_FAILURE,
        operation + " failed: " + cause.getClass().getSimpleName()
            + Option.of(cause.getMessage()).map(m -> ": " + Checks.abbreviate(m)).getOrElse(""),
        List.empty(), Option.some(cause));
  }

  /**
   * Calls a port (tier 4 of the error model): its result, or a {@link RejectionCode#PORT_FAILURE} naming the
   * operation, with the exception as cause, if it throws an unchecked exception. Errors ({@link Error}) pass.
   *
   * @param operation what the call does, for the message, e.g. {@code "append"}
   * @param call the port call
   * @throws NullPointerException if an argument is null
   */
  public static <T> Either<Rejection, T> fromPort(String operation, Supplier<T> call) {
    Checks.notNull(operation, "operation");
    Checks.notNull(call, "call");
    try {
      return Either.right(call.get());
    } catch (RuntimeException e) {
      return Either.left(portFailure(operation, e));
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rejection r && r.code == code && r.message.equals(message) && r.violations.equals(violations);
  }

  @Override
  public int hashCode() {
    return code.hashCode() * 31 + message.hashCode();
  }

  @Override
  public String toString() {
    return code + ": " + message;
  }
}
