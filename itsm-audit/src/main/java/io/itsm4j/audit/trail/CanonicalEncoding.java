package io.itsm4j.audit.trail;

import io.itsm4j.audit.internal.Require;
import io.vavr.Tuple2;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * The canonical byte encoding of an audit entry, the input of its hash. It is part of the project's compatibility
 * promise: an entry hashed today must hash the same in every later release, so the encoding of a version never
 * changes; a new encoding gets a new version number, and every entry records the version it was hashed with.
 *
 * <h2>Version 1</h2>
 * Integers are big-endian. A <i>string</i> is its UTF-8 byte length as an unsigned 32-bit integer, then the bytes.
 * An <i>optional string</i> is the byte {@code 0x00} when absent, or {@code 0x01} and the string. A <i>map</i> is
 * its entry count as an unsigned 32-bit integer, then its entries in ascending key order (keys are ASCII, so the
 * order of Java strings and of bytes agree), each as the key string, a tag byte ({@code 0x01} text,
 * {@code 0x02} personal-data reference) and the value string (the text, or the reference's token).
 * <ol>
 *   <li>format version: 1 byte, {@code 0x01}</li>
 *   <li>sequence: 8 bytes</li>
 *   <li>tenant: string</li>
 *   <li>occurred at: epoch seconds, 8 bytes signed; then nanoseconds of the second, 4 bytes</li>
 *   <li>actor: string</li>
 *   <li>action: string</li>
 *   <li>record type: string</li>
 *   <li>record id: string</li>
 *   <li>outcome: 1 byte, {@code 0x00} applied, {@code 0x01} rejected</li>
 *   <li>reason: optional string</li>
 *   <li>correlation: optional string</li>
 *   <li>before: map</li>
 *   <li>after: map</li>
 * </ol>
 * The hash of an entry is SHA-256 over these bytes followed by the 32 bytes of the previous entry's hash.
 *
 * <p>Stateless and thread-safe. docs/audit.md shows a worked example byte by byte; golden files in the tests pin
 * the bytes and hashes of a fixed set of entries.
 */
public final class CanonicalEncoding {
  /** The first (and so far only) format version. */
  public static final int VERSION_1 = 1;
  /** The version {@link AuditChain#seal} writes. */
  public static final int CURRENT = VERSION_1;

  private static final byte TEXT = 0x01;
  private static final byte PERSONAL = 0x02;

  private CanonicalEncoding() {}

  /**
   * Fails fast on an unknown format version.
   *
   * @throws IllegalArgumentException if this release cannot encode {@code version}
   */
  static int checkVersion(int version) {
    if (version != VERSION_1) {
      throw new IllegalArgumentException("unknown audit entry format version " + version + "; this release knows "
          + VERSION_1);
    }
    return version;
  }

  /**
   * The canonical bytes of an entry's content in format {@code version} (without the previous hash).
   *
   * @throws NullPointerException if {@code draft} is null
   * @throws IllegalArgumentException if the version is unknown
   */
  public static byte[] encode(int version, long sequence, AuditDraft draft) {
    checkVersion(version);
    Require.notNull(draft, "draft");
    Bytes out = new Bytes(256);
    out.u8(VERSION_1);
    out.u64(sequence);
    out.string(draft.tenant().value());
    Instant at = draft.occurredAt();
    out.u64(at.getEpochSecond());
    out.u32(at.getNano());
    out.string(draft.actor().value());
    out.string(draft.action());
    out.string(draft.record().type());
    out.string(draft.record().id());
    out.u8(draft.outcome() == Outcome.APPLIED ? 0 : 1);
    optional(out, draft.reason());
    optional(out, draft.correlation());
    map(out, draft.before());
    map(out, draft.after());
    return out.toArray();
  }

  /** The canonical bytes of a stored entry's content; shorthand for {@code encode(e.formatVersion(), ...)}. */
  public static byte[] encode(AuditEntry entry) {
    return encode(entry.formatVersion(), entry.sequence(), entry.draft());
  }

  private static void optional(Bytes out, Option<String> value) {
    if (value.isEmpty()) {
      out.u8(0);
    } else {
      out.u8(1);
      out.string(value.get());
    }
  }

  private static void map(Bytes out, Map<String, AuditValue> map) {
    out.u32(map.size());
    if (map.isEmpty()) {
      return;
    }
    // Filled from the map's iterator: toJavaArray went through a generic conversion that cost more than the
    // encoding itself.
    @SuppressWarnings("unchecked")
    Tuple2<String, AuditValue>[] entries = new Tuple2[map.size()];
    int i = 0;
    for (io.vavr.collection.Iterator<Tuple2<String, AuditValue>> it = map.iterator(); it.hasNext(); ) {
      entries[i++] = it.next();
    }
    Arrays.sort(entries, (a, b) -> a._1.compareTo(b._1));
    for (Tuple2<String, AuditValue> e : entries) {
      out.string(e._1);
      AuditValue v = e._2;
      if (v instanceof AuditValue.Text t) {
        out.u8(TEXT);
        out.string(t.value());
      } else {
        out.u8(PERSONAL);
        out.string(((AuditValue.Personal) v).ref().token());
      }
    }
  }

  /** A growable byte array; avoids the synchronisation of {@code ByteArrayOutputStream} on the hot path. */
  private static final class Bytes {
    private byte[] buf;
    private int size;

    Bytes(int capacity) {
      buf = new byte[capacity];
    }

    private void ensure(int more) {
      if (size + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
      }
    }

    void u8(int v) {
      ensure(1);
      buf[size++] = (byte) v;
    }

    void u32(int v) {
      ensure(4);
      buf[size++] = (byte) (v >>> 24);
      buf[size++] = (byte) (v >>> 16);
      buf[size++] = (byte) (v >>> 8);
      buf[size++] = (byte) v;
    }

    void u64(long v) {
      u32((int) (v >>> 32));
      u32((int) v);
    }

    void string(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      u32(b.length);
      ensure(b.length);
      System.arraycopy(b, 0, buf, size, b.length);
      size += b.length;
    }

    byte[] toArray() {
      return Arrays.copyOf(buf, size);
    }
  }
}
