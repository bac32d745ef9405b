package io.itsm4j.audit.trail;

import io.itsm4j.audit.internal.Require;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A SHA-256 digest in the chain: an entry's hash, or the hash it links back to. Immutable (the bytes are copied in
 * and out) and thread-safe; equal when the bytes are equal.
 */
public final class ChainHash {
  /** Length of a hash in bytes. */
  public static final int LENGTH = 32;
  /** The hash the first entry of every chain links back to: 32 zero bytes. */
  public static final ChainHash GENESIS = new ChainHash(new byte[LENGTH]);

  private static final HexFormat HEX = HexFormat.of();
  private final byte[] bytes;

  private ChainHash(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * A hash from its 32 bytes (copied).
   *
   * @throws NullPointerException if {@code bytes} is null
   * @throws IllegalArgumentException if it is not 32 bytes long
   */
  public static ChainHash of(byte[] bytes) {
    Require.notNull(bytes, "bytes");
    if (bytes.length != LENGTH) {
      throw new IllegalArgumentException("a hash has " + LENGTH + " bytes, got " + bytes.length);
    }
    return new ChainHash(bytes.clone());
  }

  /** Takes ownership of a digest just computed; the caller must not change it afterwards. */
  static ChainHash wrap(byte[] digest) {
    return new ChainHash(digest);
  }

  /**
   * A hash from 64 hexadecimal digits (either case).
   *
   * @throws NullPointerException if {@code hex} is null
   * @throws IllegalArgumentException if it is not 64 hexadecimal digits
   */
  public static ChainHash ofHex(String hex) {
    Require.notNull(hex, "hex");
    if (hex.length() != 2 * LENGTH) {
      throw new IllegalArgumentException("a hash has " + 2 * LENGTH + " hex digits, got " + hex.length());
    }
    return new ChainHash(HEX.parseHex(hex));
  }

  /** A copy of the 32 bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The bytes as 64 lower-case hexadecimal digits. */
  public String hex() {
    return HEX.formatHex(bytes);
  }

  void writeTo(java.security.MessageDigest digest) {
    digest.update(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChainHash h && Arrays.equals(h.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return hex();
  }
}
