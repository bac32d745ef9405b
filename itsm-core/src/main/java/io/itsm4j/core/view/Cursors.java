package io.itsm4j.core.view;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.Violation;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cursors a client gets with a page and gives back for the next one: opaque text holding the last view's {@link
 * PageKey}, signed (HMAC-SHA-256) together with the query it belongs to. A cursor that was changed, made up, or
 * given with another query (another tenant, other filters, another order) is refused as {@link
 * RejectionCode#INVALID_INPUT} naming {@code cursor}; it never opens another tenant's page.
 *
 * <p>Instances sharing a secret accept each other's cursors (several application instances behind a load balancer
 * give them the same secret); {@link #random()} makes cursors valid for this instance only. Immutable and
 * thread-safe.
 */
public final class Cursors {
  private static final String ALGORITHM = "HmacSHA256";
  private static final int TAG_BYTES = 16;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;

  private Cursors(byte[] secret) {
    this.key = new SecretKeySpec(secret, ALGORITHM);
  }

  /**
   * Cursors signed with {@code secret}, at least 32 bytes (copied).
   *
   * @throws NullPointerException if {@code secret} is null
   * @throws IllegalArgumentException if it is shorter
   */
  public static Cursors withSecret(byte[] secret) {
    Checks.notNull(secret, "secret");
    if (secret.length < 32) {
      throw new IllegalArgumentException("a cursor secret needs at least 32 bytes, got " + secret.length);
    }
    return new Cursors(secret.clone());
  }

  /** Cursors signed with a secret drawn now from a strong random source: valid in this instance only. */
  public static Cursors random() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return new Cursors(secret);
  }

  /**
   * The cursor of the page after {@code last} in {@code query}.
   *
   * @throws NullPointerException if an argument is null
   */
  public String encode(TicketQuery query, PageKey last) {
    Checks.notNull(query, "query");
    Checks.notNull(last, "last");
    String payload = last.priority().name() + "|" + last.openedAt().getEpochSecond() + "|" + last.openedAt().getNano()
        + "|" + last.updatedAt().getEpochSecond() + "|" + last.updatedAt().getNano() + "|"
        + last.nextBreach().map(b -> b.getEpochSecond() + "|" + b.getNano()).getOrElse("-|-") + "|"
        + ENCODER.encodeToString(last.id().value().getBytes(StandardCharsets.UTF_8));
    return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(
        tag(query, payload));
  }

  /**
   * The key a cursor holds, if it was made by these cursors for {@code query}.
   *
   * @return the key; or {@code INVALID_INPUT} naming {@code cursor}
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, PageKey> decode(TicketQuery query, String cursor) {
    Checks.notNull(query, "query");
    Checks.notNull(cursor, "cursor");
    try {
      int dot = cursor.indexOf('.');
      if (dot < 0 || cursor.length() > 1_000) {
        return refused();
      }
      String payload = new String(DECODER.decode(cursor.substring(0, dot)), StandardCharsets.UTF_8);
      byte[] given = DECODER.decode(cursor.substring(dot + 1));
      if (!MessageDigest.isEqual(given, tag(query, payload))) {
        return refused();
      }
      String[] parts = payload.split("\\|", -1);
      return Either.right(new PageKey(Priority.valueOf(parts[0]),
          Instant.ofEpochSecond(Long.parseLong(parts[1]), Integer.parseInt(parts[2])),
          Instant.ofEpochSecond(Long.parseLong(parts[3]), Integer.parseInt(parts[4])),
          parts[5].equals("-") ? io.vavr.control.Option.none() : io.vavr.control.Option.some(
              Instant.ofEpochSecond(Long.parseLong(parts[5]), Integer.parseInt(parts[6]))),
          TicketId.of(new String(DECODER.decode(parts[7]), StandardCharsets.UTF_8))));
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | java.time.DateTimeException e) {
      // A signed cursor always parses; one that does not was never ours.
      return refused();
    }
  }

  private static Either<Rejection, PageKey> refused() {
    return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, Vector.of(Violation.of("cursor",
        Violation.INVALID, "the cursor is not one this query gave out"))));
  }

  private byte[] tag(TicketQuery query, String payload) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update(query.fingerprint().getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      byte[] full = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
      return java.util.Arrays.copyOf(full, TAG_BYTES);
    } catch (GeneralSecurityException e) {
      // HmacSHA256 is a required algorithm of every Java platform.
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
