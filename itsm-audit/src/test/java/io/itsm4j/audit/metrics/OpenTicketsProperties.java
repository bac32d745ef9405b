package io.itsm4j.audit.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** The fold's own table of open tickets behaves as a JDK map would, through growth and removals in any order. */
class OpenTicketsProperties {

  /** A value that knows its key, as the fold's tickets do. */
  record Entry(String key, int payload) {}

  /**
   * Keys from a small pool, so adds and removals meet; "Aa" and "BB" (and their combinations) share a hash, so runs
   * of colliding keys are probed and shifted back on removal.
   */
  @Provide
  Arbitrary<List<Tuple2<Integer, String>>> operations() {
    Arbitrary<String> keys = Arbitraries.oneOf(
        Arbitraries.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa"),
        Arbitraries.integers().between(0, 300).map(i -> "T-" + i));
    // Adds weigh most, so the table grows past its first size and has to rehash (0 add, 1 remove, 2 look up).
    Arbitrary<Integer> ops = Arbitraries.frequency(Tuple.of(5, 0), Tuple.of(2, 1), Tuple.of(3, 2));
    return ops.flatMap(op -> keys.map(k -> Tuple.of(op, k))).list().ofMaxSize(600);
  }

  @Property(tries = 300)
  void behavesAsAMap(@ForAll("operations") List<Tuple2<Integer, String>> operations) {
    OpenTickets<Entry> table = new OpenTickets<>(Entry::key);
    HashMap<String, Entry> oracle = new HashMap<>();
    int n = 0;
    for (Tuple2<Integer, String> op : operations) {
      // A fresh string each time: the table must find keys by value, not by the identity of the text.
      String key = new String(op.get2().toCharArray());
      switch (op.get1()) {
        case 0 -> {
          if (!oracle.containsKey(key)) {
            Entry e = new Entry(key, n++);
            table.add(e);
            oracle.put(key, e);
          }
        }
        case 1 -> {
          table.remove(key);
          oracle.remove(key);
        }
        default -> assertThat(table.get(key)).isEqualTo(oracle.get(key));
      }
      assertThat(table.size()).isEqualTo(oracle.size());
    }
    for (String key : oracle.keySet()) {
      assertThat(table.get(key)).isSameAs(oracle.get(key));
    }
    List<Entry> all = new ArrayList<>();
    table.forEach(all::add);
    assertThat(all).containsExactlyInAnyOrderElementsOf(oracle.values());
    for (int i = 0; i <= 300; i++) {
      assertThat(table.get("T-" + i)).isEqualTo(oracle.get("T-" + i));
    }
  }
}
