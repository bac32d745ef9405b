package io.itsm4j.core;

import io.itsm4j.core.internal.Checks;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The canonical fingerprint of a command: what tells a retry of a command (same idempotency key, same command) from
 * another command that reuses its key. The encoding is injective: two values get the same bytes exactly when they
 * are equal, whatever their strings hold (separators, quotes, unpaired surrogates), because every string is written
 * as its length and its UTF-16 code units, never through {@code toString()} or a lossy charset.
 *
 * <p>What it encodes, each behind a tag byte and with its class name where the class matters for equality:
 * strings, booleans, numbers, enums, {@code java.time} values, {@link Option} and {@link Optional}, Vavr and JDK
 * sequences (in order), sets and maps (in the order of their entries' encodings, since their equality ignores
 * order), records (component by component), and types that write themselves ({@link Canonical}). Any other type is
 * refused with an {@link IllegalArgumentException}: falling back to {@code toString()} would bring back the
 * collisions this class exists to prevent.
 *
 * <p>The encoding and the digest (SHA-256, hex) are stable across JVMs and versions of itsm4j; a change to them
 * would make retries of commands sent before an upgrade look like key reuse, so it is a breaking change.
 *
 * <p>Stateless and thread-safe.
 */
public final class Fingerprint {
  private Fingerprint() {}

  /**
   * A value that is neither a record nor one of the built-in kinds writes its own canonical form: every attribute
   * its {@code equals} compares, in a fixed order, through {@link Writer#value(Object)}.
   */
  public interface Canonical {
    /**
     * Writes this value's attributes.
     *
     * @param out where to write; never null
     */
    void writeCanonical(Writer out);
  }

  /** Collects the canonical bytes of values. Not thread-safe; one per encoding. */
  public static final class Writer {
    private final Bytes out = new Bytes();
    // Set while a top-level encoding of this thread uses the writer, so a nested one gets a writer of its own.
    private boolean busy;

    private Writer() {}

    /**
     * Appends a value's canonical form.
     *
     * @return this writer
     * @throws IllegalArgumentException if the value, or anything it holds, is of a kind the encoding does not know
     * @throws NullPointerException if {@code value} is null
     */
    public Writer value(Object value) {
      Checks.notNull(value, "value");
      write(value);
      return this;
    }

    private void write(Object v) {
      // The kind of each class is found once: a chain of instanceof tests against a dozen interfaces cost three
      // quarters of an encoding, and such tests contend on the JVM's per-class cache between threads.
      switch (KINDS.get(v.getClass())) {
        case STRING -> {
          tag('S');
          string((String) v);
        }
        case BOOLEAN -> {
          tag('Z');
          out.write((Boolean) v ? 1 : 0);
        }
        case INTEGER -> {
          tag('I');
          number((Integer) v);
        }
        case LONG -> {
          tag('J');
          number((Long) v);
        }
        case SHORT -> {
          tag('H');
          number((Short) v);
        }
        case BYTE -> {
          tag('B');
          number((Byte) v);
        }
        case CHARACTER -> {
          tag('C');
          number((Character) v);
        }
        case DOUBLE -> {
          tag('D');
          number(Double.doubleToLongBits((Double) v));
        }
        case FLOAT -> {
          tag('F');
          number(Float.floatToIntBits((Float) v));
        }
        case ENUM -> {
          Enum<?> e = (Enum<?>) v;
          tag('E');
          className(e.getDeclaringClass());
          string(e.name());
        }
        case TEXTUAL -> {
          // Their toString() is one-to-one within the class, which is written alongside.
          tag('T');
          className(v.getClass());
          string(v.toString());
        }
        case OPTION -> {
          Option<?> o = (Option<?>) v;
          tag('O');
          optional(o.isDefined() ? o.get() : null);
        }
        case OPTIONAL -> {
          tag('P');
          optional(((Optional<?>) v).orElse(null));
        }
        case VAVR_MAP -> {
          io.vavr.collection.Map<?, ?> m = (io.vavr.collection.Map<?, ?>) v;
          tag('M');
          int n = m.size();
          Object[] keys = new Object[n];
          Object[] values = new Object[n];
          int i = 0;
          if (n > 0) {
            for (io.vavr.Tuple2<?, ?> t : m) {
              keys[i] = t._1;
              values[i++] = t._2;
            }
          }
          sortedChunks(keys, values, "key", "map value");
        }
        case JAVA_MAP -> {
          java.util.Map<?, ?> m = (java.util.Map<?, ?>) v;
          tag('m');
          Object[] keys = new Object[m.size()];
          Object[] values = new Object[keys.length];
          int i = 0;
          for (java.util.Map.Entry<?, ?> e : m.entrySet()) {
            keys[i] = e.getKey();
            values[i++] = e.getValue();
          }
          sortedChunks(keys, values, "key", "map value");
        }
        case VAVR_SET -> {
          io.vavr.collection.Set<?> set = (io.vavr.collection.Set<?>) v;
          tag('U');
          sortedChunks(elements(set, set.size()), null, "element", null);
        }
        case JAVA_SET -> {
          java.util.Set<?> set = (java.util.Set<?>) v;
          tag('u');
          sortedChunks(elements(set, set.size()), null, "element", null);
        }
        case VAVR_SEQ -> {
          Seq<?> seq = (Seq<?>) v;
          tag('L');
          ordered(seq, seq.size());
        }
        case JAVA_LIST -> {
          java.util.List<?> list = (java.util.List<?>) v;
          tag('l');
          ordered(list, list.size());
        }
        case RECORD -> {
          Record r = (Record) v;
          tag('R');
          className(r.getClass());
          RecordComponent[] components = RECORD_COMPONENTS.get(r.getClass());
          number(components.length);
          for (RecordComponent c : components) {
            Object value = component(r, c);
            if (value == null) {
              // The name is built only here: building it for every component cost as much as encoding it.
              throw new NullPointerException(r.getClass().getSimpleName() + "." + c.getName() + " must not be null");
            }
            write(value);
          }
        }
        case CANONICAL -> {
          tag('K');
          className(CANONICAL_TYPES.get(v.getClass()));
          ((Canonical) v).writeCanonical(this);
        }
        default -> throw new IllegalArgumentException("no canonical form for a " + v.getClass().getName()
            + "; make it a record or implement Fingerprint.Canonical");
      }
    }

    /**
     * The value type whose name is written: the topmost class that is {@link Canonical}, so that a generated
     * implementation class (an Immutables {@code ImmutableX}) never leaks into the stable encoding.
     */
    private static Class<?> canonicalType(Class<?> type) {
      Class<?> top = type;
      while (top.getSuperclass() != null && Canonical.class.isAssignableFrom(top.getSuperclass())) {
        top = top.getSuperclass();
      }
      return top;
    }

    private static Object component(Record r, RecordComponent c) {
      try {
        return c.getAccessor().invoke(r);
      } catch (IllegalAccessException e) {
        throw new IllegalArgumentException("cannot read " + r.getClass().getName() + "." + c.getName()
            + ": the record must be public", e);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("accessor " + c.getName() + " of " + r.getClass().getName() + " failed",
            e.getCause());
      }
    }

    private void optional(Object value) {
      if (value == null) {
        out.write(0);
      } else {
        out.write(1);
        write(value);
      }
    }

    private void ordered(Iterable<?> values, int size) {
      number(size);
      for (Object e : values) {
        write(Checks.notNull(e, "element"));
      }
    }

    private static Object[] elements(Iterable<?> values, int size) {
      Object[] out = new Object[size];
      if (size > 0) {
        int i = 0;
        for (Object e : values) {
          out[i++] = e;
        }
      }
      return out;
    }

    /**
     * The count, then each element's encoding (with the value at the same index, for a map) as a chunk, chunks in
     * unsigned byte order, so that the order of a set's or a map's entries does not matter. The elements are
     * encoded in place, one after the other, then the region is reordered: no writer or array per element.
     */
    private void sortedChunks(Object[] first, Object[] second, String firstName, String secondName) {
      int n = first.length;
      number(n);
      if (n == 0) {
        return;
      }
      if (n == 1) {
        int lengthAt = out.reserveNumber();
        int start = out.size;
        writeEntry(first, second, 0, firstName, secondName);
        out.putNumber(lengthAt, out.size - start);
        return;
      }
      int start = out.size;
      int[] bounds = new int[n + 1];
      for (int i = 0; i < n; i++) {
        bounds[i] = out.size - start;
        writeEntry(first, second, i, firstName, secondName);
      }
      bounds[n] = out.size - start;
      byte[] region = Arrays.copyOfRange(out.data, start, out.size);
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (x, y) -> Arrays.compareUnsigned(region, bounds[x], bounds[x + 1], region, bounds[y],
          bounds[y + 1]));
      out.size = start;
      for (Integer i : order) {
        int length = bounds[i + 1] - bounds[i];
        number(length);
        out.write(region, bounds[i], length);
      }
    }

    private void writeEntry(Object[] first, Object[] second, int i, String firstName, String secondName) {
      write(Checks.notNull(first[i], firstName));
      if (second != null) {
        write(Checks.notNull(second[i], secondName));
      }
    }

    private void tag(char tag) {
      out.write(tag);
    }

    private void string(String s) {
      out.string(s);
    }

    /** A class's name as {@link #string} writes it, encoded once per class. */
    private void className(Class<?> type) {
      byte[] encoded = CLASS_NAMES.get(type);
      out.write(encoded, 0, encoded.length);
    }

    private void number(long n) {
      out.number(n);
    }
  }

  /** How a value of a class is encoded; the first that applies, in the order the class documentation lists them. */
  private enum Kind {
    STRING, BOOLEAN, INTEGER, LONG, SHORT, BYTE, CHARACTER, DOUBLE, FLOAT, ENUM, TEXTUAL, OPTION, OPTIONAL, VAVR_MAP,
    JAVA_MAP, VAVR_SET, JAVA_SET, VAVR_SEQ, JAVA_LIST, RECORD, CANONICAL, UNKNOWN;

    static Kind of(Class<?> type) {
      if (type == String.class) {
        return STRING;
      }
      if (type == Boolean.class) {
        return BOOLEAN;
      }
      if (type == Integer.class) {
        return INTEGER;
      }
      if (type == Long.class) {
        return LONG;
      }
      if (type == Short.class) {
        return SHORT;
      }
      if (type == Byte.class) {
        return BYTE;
      }
      if (type == Character.class) {
        return CHARACTER;
      }
      if (type == Double.class) {
        return DOUBLE;
      }
      if (type == Float.class) {
        return FLOAT;
      }
      if (Enum.class.isAssignableFrom(type)) {
        return ENUM;
      }
      if (BigDecimal.class.isAssignableFrom(type) || BigInteger.class.isAssignableFrom(type)
          || TemporalAccessor.class.isAssignableFrom(type) || Duration.class.isAssignableFrom(type)
          || Period.class.isAssignableFrom(type) || ZoneId.class.isAssignableFrom(type)) {
        return TEXTUAL;
      }
      if (Option.class.isAssignableFrom(type)) {
        return OPTION;
      }
      if (Optional.class.isAssignableFrom(type)) {
        return OPTIONAL;
      }
      if (io.vavr.collection.Map.class.isAssignableFrom(type)) {
        return VAVR_MAP;
      }
      if (java.util.Map.class.isAssignableFrom(type)) {
        return JAVA_MAP;
      }
      if (io.vavr.collection.Set.class.isAssignableFrom(type)) {
        return VAVR_SET;
      }
      if (java.util.Set.class.isAssignableFrom(type)) {
        return JAVA_SET;
      }
      if (Seq.class.isAssignableFrom(type)) {
        return VAVR_SEQ;
      }
      if (java.util.List.class.isAssignableFrom(type)) {
        return JAVA_LIST;
      }
      if (Record.class.isAssignableFrom(type)) {
        return RECORD;
      }
      if (Canonical.class.isAssignableFrom(type)) {
        return CANONICAL;
      }
      return UNKNOWN;
    }
  }

  /** The kind of each class, found once. */
  private static final ClassValue<Kind> KINDS = new ClassValue<>() {
    @Override
    protected Kind computeValue(Class<?> type) {
      return Kind.of(type);
    }
  };

  /**
   * The components of each record class, read once: {@code getRecordComponents()} builds a new array of new objects
   * on every call, and a command's fingerprint visits a dozen records.
   */
  private static final ClassValue<RecordComponent[]> RECORD_COMPONENTS = new ClassValue<>() {
    @Override
    protected RecordComponent[] computeValue(Class<?> type) {
      return type.getRecordComponents();
    }
  };

  /** Each class's name in the encoding of a string (length, then UTF-16 code units), computed once. */
  private static final ClassValue<byte[]> CLASS_NAMES = new ClassValue<>() {
    @Override
    protected byte[] computeValue(Class<?> type) {
      Bytes b = new Bytes();
      b.string(type.getName());
      return b.toByteArray();
    }
  };

  /** The type written for each {@link Canonical} class, found once. */
  private static final ClassValue<Class<?>> CANONICAL_TYPES = new ClassValue<>() {
    @Override
    protected Class<?> computeValue(Class<?> type) {
      return Writer.canonicalType(type);
    }
  };

  /** One digest per thread: looking SHA-256 up among the providers cost more than hashing a command. */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  });

  /** A growable byte array; the domain does no I/O, so no stream. */
  private static final class Bytes {
    private byte[] data = new byte[INITIAL_BUFFER];
    private int size;

    void write(int b) {
      if (size == data.length) {
        data = Arrays.copyOf(data, size * 2);
      }
      data[size++] = (byte) b;
    }

    /** Room for a number written later by {@link #putNumber}; returns where it goes. */
    int reserveNumber() {
      ensure(8);
      int at = size;
      size += 8;
      return at;
    }

    /** Eight bytes, big-endian, at a place {@link #reserveNumber} kept. */
    void putNumber(int at, long n) {
      for (int i = 0; i < 8; i++) {
        data[at + i] = (byte) (n >>> (56 - 8 * i));
      }
    }

    private void ensure(int more) {
      if (size + more > data.length) {
        data = Arrays.copyOf(data, Math.max(data.length * 2, size + more));
      }
    }

    /** Eight bytes, big-endian. */
    void number(long n) {
      ensure(8);
      for (int shift = 56; shift >= 0; shift -= 8) {
        data[size++] = (byte) (n >>> shift);
      }
    }

    /** The string's length as a number, then each UTF-16 code unit, high byte first. */
    void string(String s) {
      int n = s.length();
      number(n);
      ensure(2 * n);
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        data[size++] = (byte) (c >>> 8);
        data[size++] = (byte) c;
      }
    }

    void write(byte[] bytes, int offset, int length) {
      if (size + length > data.length) {
        data = Arrays.copyOf(data, Math.max(size * 2, size + length));
      }
      System.arraycopy(bytes, offset, data, size, length);
      size += length;
    }

    byte[] toByteArray() {
      return Arrays.copyOf(data, size);
    }
  }

  /**
   * The canonical bytes of the values, in order.
   *
   * @throws IllegalArgumentException if a value, or anything it holds, is of a kind the encoding does not know
   * @throws NullPointerException if an argument is null
   */
  public static byte[] canonical(Object... values) {
    Writer w = encoded(values);
    try {
      return w.out.toByteArray();
    } finally {
      release(w);
    }
  }

  /**
   * The fingerprint of the values: SHA-256 of their {@linkplain #canonical(Object...) canonical bytes}, 64 lower-case
   * hex digits.
   *
   * @throws IllegalArgumentException if a value, or anything it holds, is of a kind the encoding does not know
   * @throws NullPointerException if an argument is null
   */
  public static String of(Object... values) {
    Writer w = encoded(values);
    try {
      MessageDigest digest = SHA_256.get();
      digest.update(w.out.data, 0, w.out.size);
      return HexFormat.of().formatHex(digest.digest());
    } finally {
      release(w);
    }
  }

  /** The values encoded by this thread's writer, or a new one if it is in use; hand it back with {@link #release}. */
  private static Writer encoded(Object... values) {
    Checks.notNull(values, "values");
    Writer w = WRITERS.get();
    if (w.busy) {
      w = new Writer();
    }
    w.busy = true;
    try {
      w.number(values.length);
      for (Object v : values) {
        w.value(v);
      }
      return w;
    } catch (RuntimeException | Error e) {
      release(w);
      throw e;
    }
  }

  private static void release(Writer w) {
    w.out.size = 0;
    if (w.out.data.length > KEPT_BUFFER) {
      // A rare huge command should not pin its buffer to the thread for good.
      w.out.data = new byte[INITIAL_BUFFER];
    }
    w.busy = false;
  }

  private static final int INITIAL_BUFFER = 512;
  private static final int KEPT_BUFFER = 64 * 1024;

  /**
   * One writer per thread, reused: a command's encoding used to grow a fresh buffer by copying two or three times
   * before it was hashed, which cost more than the hash.
   */
  private static final ThreadLocal<Writer> WRITERS = ThreadLocal.withInitial(Writer::new);
}
