package io.itsm4j.audit.trail;

import io.vavr.control.Either;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.Rejection;
import io.itsm4j.audit.internal.Require;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * The hash of a tenant's chain at one entry: "entry {@code sequence} of {@code tenant} has hash {@code hash}".
 * Handed to an outside party (an auditor, a timestamping service, a second system), it later proves that nothing
 * up to that entry changed, and that the chain was not cut short before it.
 *
 * <p>Sequence 0 with {@link ChainHash#GENESIS} is the head of an empty chain.
 *
 * @param tenant whose chain
 * @param sequence the entry's sequence number; 0 for the empty chain
 * @param hash the entry's hash
 */
public record Checkpoint(TenantId tenant, long sequence, ChainHash hash) {
  /** The first word of an exported checkpoint line; the number after the slash is the line format's version. */
  public static final String EXPORT_TAG = "itsm4j-audit-checkpoint/1";

  /**
   * Validates the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code sequence} is negative, or 0 with a hash other than genesis
   */
  public Checkpoint {
    Require.notNull(tenant, "tenant");
    Require.notNull(hash, "hash");
    Require.notNegative(sequence, "sequence");
    if (sequence == 0 && !hash.equals(ChainHash.GENESIS)) {
      throw new IllegalArgumentException("the checkpoint at sequence 0 is the empty chain; its hash is genesis");
    }
  }

  /** The head of a tenant's empty chain. */
  public static Checkpoint genesis(TenantId tenant) {
    return new Checkpoint(tenant, 0, ChainHash.GENESIS);
  }

  /** Whether this is the head of an empty chain. */
  public boolean isGenesis() {
    return sequence == 0;
  }

  /**
   * One line to hand to an outside party: {@code itsm4j-audit-checkpoint/1 <tenant> <sequence> <hash hex>}.
   * {@link #parse} reads it back.
   */
  public String export() {
    return EXPORT_TAG + " " + tenant.value() + " " + sequence + " " + hash.hex();
  }

  /**
   * Reads a line written by {@link #export()} (user input: tier 2).
   *
   * @return the checkpoint, or {@link RejectionCode#INVALID_INPUT} listing every problem with the line, each naming
   *     its part
   * @throws NullPointerException if {@code line} is null
   */
  public static Either<Rejection, Checkpoint> parse(String line) {
    Require.notNull(line, "line");
    String[] parts = line.strip().split(" ");
    if (parts.length != 4 || !parts[0].equals(EXPORT_TAG)) {
      return invalid(List.of(Violation.of("line", Violation.INVALID,
          "a checkpoint line is '" + EXPORT_TAG + " <tenant> <sequence> <hash>'")));
    }
    Validation<Violation, TenantId> tenant = attempt("tenant", parts[1], () -> TenantId.of(parts[1]));
    Validation<Violation, Long> sequence = attempt("sequence", parts[2],
        () -> Require.notNegative(Long.parseLong(parts[2]), "sequence"));
    Validation<Violation, ChainHash> hash = attempt("hash", parts[3], () -> ChainHash.ofHex(parts[3]));
    Seq<Violation> problems = List.of(tenant, sequence, hash).filter(Validation::isInvalid).map(Validation::getError);
    if (!problems.isEmpty()) {
      return invalid(problems);
    }
    Validation<Violation, Checkpoint> checkpoint =
        attempt("hash", parts[3], () -> new Checkpoint(tenant.get(), sequence.get(), hash.get()));
    return checkpoint.isValid() ? Either.right(checkpoint.get()) : invalid(List.of(checkpoint.getError()));
  }

  private static Either<Rejection, Checkpoint> invalid(Seq<Violation> problems) {
    return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, problems));
  }

  /** Parses one part; a message never echoes more than a short, escaped excerpt of the part. */
  private static <T> Validation<Violation, T> attempt(String field, String part,
      java.util.function.Supplier<T> parse) {
    try {
      return Validation.valid(parse.get());
    } catch (NumberFormatException e) {
      return Validation.invalid(Violation.of(field, Violation.INVALID, field + " must be a whole number, got '"
          + Require.abbreviate(part) + "'"));
    } catch (IllegalArgumentException e) {
      return Validation.invalid(Violation.of(field, Violation.INVALID,
          Require.abbreviate(String.valueOf(e.getMessage()))));
    }
  }

  @Override
  public String toString() {
    return tenant + "#" + sequence + ":" + hash.hex();
  }
}
