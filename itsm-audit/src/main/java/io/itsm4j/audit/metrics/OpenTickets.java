package io.itsm4j.audit.metrics;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The fold's tickets not yet closed, by id: an open-addressing table whose slots hold the values themselves. Every
 * event looks its ticket up here among thousands, and the time goes to memory, not to arithmetic: the JDK map walks
 * from its table to an entry and from the entry to the value, this table goes from its slot straight to the value,
 * one dependent load fewer on the fold's hottest line.
 *
 * <p>Linear probing, at most half full, and deletion by shifting the run back (no tombstones), so a table that
 * sees millions of tickets come and go stays as short to probe as a fresh one. Not thread-safe.
 *
 * @param <V> the value, which knows its own key and that key's hash
 */
final class OpenTickets<V> {
  private final Function<V, String> keyOf;
  private Object[] slots = new Object[64];
  private int size;

  OpenTickets(Function<V, String> keyOf) {
    this.keyOf = keyOf;
  }

  int size() {
    return size;
  }

  /** The value of {@code key}, or null. */
  @SuppressWarnings("unchecked")
  V get(String key) {
    Object[] s = slots;
    int mask = s.length - 1;
    for (int i = spread(key.hashCode()) & mask; ; i = (i + 1) & mask) {
      Object v = s[i];
      if (v == null) {
        return null;
      }
      String k = keyOf.apply((V) v);
      if (k == key || k.equals(key)) {
        return (V) v;
      }
    }
  }

  /** Adds {@code value} under its key, which must not be held yet. */
  void add(V value) {
    if (2 * (size + 1) > slots.length) {
      grow();
    }
    insert(slots, value);
    size++;
  }

  /** Removes the value of {@code key}, if held. */
  void remove(String key) {
    Object[] s = slots;
    int mask = s.length - 1;
    int i = spread(key.hashCode()) & mask;
    while (true) {
      Object v = s[i];
      if (v == null) {
        return;
      }
      @SuppressWarnings("unchecked")
      String k = keyOf.apply((V) v);
      if (k == key || k.equals(key)) {
        break;
      }
      i = (i + 1) & mask;
    }
    // Shift back every later entry of the run that may sit at the gap, so lookups never stop short of it.
    int gap = i;
    for (int j = (gap + 1) & mask; s[j] != null; j = (j + 1) & mask) {
      @SuppressWarnings("unchecked")
      int home = spread(keyOf.apply((V) s[j]).hashCode()) & mask;
      if (((j - home) & mask) >= ((j - gap) & mask)) {
        s[gap] = s[j];
        gap = j;
      }
    }
    s[gap] = null;
    size--;
  }

  /** Calls {@code action} with every value held, in no particular order. */
  @SuppressWarnings("unchecked")
  void forEach(Consumer<V> action) {
    for (Object v : slots) {
      if (v != null) {
        action.accept((V) v);
      }
    }
  }

  private void grow() {
    Object[] bigger = new Object[slots.length * 2];
    for (Object v : slots) {
      if (v != null) {
        @SuppressWarnings("unchecked")
        V value = (V) v;
        insert(bigger, value);
      }
    }
    slots = bigger;
  }

  private void insert(Object[] s, V value) {
    int mask = s.length - 1;
    int i = spread(keyOf.apply(value).hashCode()) & mask;
    while (s[i] != null) {
      i = (i + 1) & mask;
    }
    s[i] = value;
  }

  /** Mixes the high bits in: ids that differ only at their end would otherwise crowd into neighbouring slots. */
  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
