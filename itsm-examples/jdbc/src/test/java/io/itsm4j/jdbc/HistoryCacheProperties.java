package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.contract.TestEvents;
import io.itsm4j.core.port.AppendResult;
import io.itsm4j.core.port.TicketStore.CommandKey;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.collection.Seq;
import java.util.List;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The history cache of {@link JdbcTicketStore} never changes what a load answers: two stores on one database
 * (as two processes would be), each with its own cache, some of them small enough to evict, append and load in any
 * interleaving; every load equals the history read whole by a store without a cache, and every append is judged on
 * the stored version, not on a cached one.
 */
class HistoryCacheProperties {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final List<TicketId> TICKETS = List.of(TicketId.of("INC-000001"), TicketId.of("INC-000002"),
      TicketId.of("INC-000003"));

  /**
   * One step: which store, which ticket, and whether it loads or appends; an append is decided on what that store
   * loads, so a load behind the stored history shows up as a conflict.
   */
  record Step(int store, int ticket, boolean append, int size) {}

  @Provide
  Arbitrary<Step> steps() {
    return Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 2),
        Arbitraries.of(true, false), Arbitraries.integers().between(1, 3)).as(Step::new);
  }

  @Property(tries = 60, shrinking = ShrinkingMode.OFF)
  void loadsEqualTheStoredHistoryWhateverTheOtherStoreWrote(@ForAll @Size(max = 40) List<@From("steps") Step> steps,
      @ForAll @IntRange(min = 0, max = 8) int cacheSize) {
    DataSource database = TestDatabases.h2();
    JdbcTicketStore[] stores = {new JdbcTicketStore(database, cacheSize), new JdbcTicketStore(database, 4)};
    JdbcTicketStore uncached = new JdbcTicketStore(database, 0);
    int keys = 0;
    for (Step step : steps) {
      TicketId ticket = TICKETS.get(step.ticket());
      JdbcTicketStore store = stores[step.store()];
      Seq<TicketEvent> stored = uncached.load(TENANT, ticket);
      if (!step.append()) {
        assertThat(store.load(TENANT, ticket)).as("load of %s by store %d", ticket, step.store())
            .containsExactlyElementsOf(stored);
        continue;
      }
      long version = store.load(TENANT, ticket).size();
      String key = "k" + ++keys;
      AppendResult result = store.append(TENANT, ticket, version, new CommandKey(key, "fp"),
          TestEvents.batch(TENANT, ticket, version + 1, step.size(), key));
      assertThat(result).isEqualTo(new AppendResult.Appended(version + step.size()));
    }
    for (TicketId ticket : TICKETS) {
      for (JdbcTicketStore store : stores) {
        assertThat(store.load(TENANT, ticket)).containsExactlyElementsOf(uncached.load(TENANT, ticket));
      }
    }
  }

  @Property(tries = 40, shrinking = ShrinkingMode.OFF)
  void anAppendOnAVersionTheOtherStoreMovedOnIsAConflict(@ForAll @IntRange(min = 1, max = 3) int first,
      @ForAll @IntRange(min = 1, max = 3) int second) {
    DataSource database = TestDatabases.h2();
    JdbcTicketStore a = new JdbcTicketStore(database);
    JdbcTicketStore b = new JdbcTicketStore(database);
    TicketId ticket = TICKETS.get(0);
    a.append(TENANT, ticket, 0, new CommandKey("k1", "fp"), TestEvents.batch(TENANT, ticket, 1, first, "k1"));
    long seen = b.load(TENANT, ticket).size();
    a.append(TENANT, ticket, seen, new CommandKey("k2", "fp"), TestEvents.batch(TENANT, ticket, seen + 1, second,
        "k2"));

    assertThat(b.append(TENANT, ticket, seen, new CommandKey("k3", "fp"),
        TestEvents.batch(TENANT, ticket, seen + 1, 1, "k3")))
        .isEqualTo(new AppendResult.VersionConflict(first + second));
    assertThat(b.load(TENANT, ticket)).hasSize(first + second);
  }

  @org.junit.jupiter.api.Test
  void theStoreOffersWhatItLastReadOrWroteAsItsRecentHistoryAndNothingElse() {
    DataSource database = TestDatabases.h2();
    JdbcTicketStore writer = new JdbcTicketStore(database);
    JdbcTicketStore reader = new JdbcTicketStore(database);
    TicketId ticket = TICKETS.get(0);
    assertThat(writer.recentHistory(TENANT, ticket).isEmpty()).as("nothing read or written yet").isTrue();

    writer.append(TENANT, ticket, 0, new CommandKey("k1", "fp"), TestEvents.batch(TENANT, ticket, 1, 2, "k1"));
    assertThat(writer.recentHistory(TENANT, ticket).get()).as("what it wrote")
        .containsExactlyElementsOf(reader.load(TENANT, ticket));
    assertThat(reader.recentHistory(TENANT, ticket).get()).as("what it read").hasSize(2);

    writer.append(TENANT, ticket, 2, new CommandKey("k2", "fp"), TestEvents.batch(TENANT, ticket, 3, 1, "k2"));
    assertThat(writer.recentHistory(TENANT, ticket).get()).hasSize(3);
    assertThat(reader.recentHistory(TENANT, ticket).get()).as("behind, never ahead").hasSize(2);
    reader.load(TENANT, ticket);
    assertThat(reader.recentHistory(TENANT, ticket).get()).hasSize(3);

    assertThat(reader.load(TENANT, TICKETS.get(1))).isEmpty();
    assertThat(reader.recentHistory(TENANT, TICKETS.get(1)).isEmpty()).as("an unknown ticket is not held").isTrue();
    assertThat(new JdbcTicketStore(database, 0).recentHistory(TENANT, ticket).isEmpty()).isTrue();
  }
}
