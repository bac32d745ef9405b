package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.contract.DeskMixViews;
import io.itsm4j.core.view.NamedQueue;
import io.itsm4j.core.view.PageKey;
import io.itsm4j.core.view.TicketQuery;
import io.itsm4j.core.view.TicketView;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The standard queues read the view table through its indexes, first page and next: the database's own plan
 * (EXPLAIN) for the statement {@link JdbcTicketViewStore} sends, over views of two tenants in a desk's mix. A queue
 * whose plan reads the whole table would be fast in the tests and slow at a million tickets; this keeps it from
 * going unseen, without timing anything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractQueuePlanTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId OTHER = TenantId.of("other");

  private DataSource dataSource;
  private JdbcTicketViewStore store;

  /** A fresh, migrated database of the dialect under test. */
  protected abstract DataSource dataSource();

  /** How many views of each tenant to load: enough for the planner to prefer an index to a scan. */
  protected abstract int viewsPerTenant();

  /** Whether the database is PostgreSQL (its search condition differs). */
  protected abstract boolean postgres();

  /** Checks the plan of a search for a rare word: the store's text index where it has one. */
  protected abstract void assertSearchIndexed(String plan);

  /** Gathers the statistics the planner decides on, after the load. */
  protected abstract void analyse(Connection c) throws SQLException;

  /** Checks that {@code plan} reads the table through one of its indexes and never scans it whole. */
  protected abstract void assertIndexed(String queue, String plan);

  @BeforeAll
  void load() throws SQLException {
    dataSource = dataSource();
    store = new JdbcTicketViewStore(dataSource);
    SplittableRandom r = new SplittableRandom(7);
    for (TenantId tenant : new TenantId[] {ACME, OTHER}) {
      Vector<TicketView> views = Vector.empty();
      for (int n = 0; n < viewsPerTenant(); n++) {
        views = views.append(DeskMixViews.view(r, tenant, n));
      }
      store.putAll(views);
    }
    try (Connection c = dataSource.getConnection()) {
      analyse(c);
    }
  }

  Stream<Arguments> standardQueues() {
    Instant now = DeskMixViews.now(viewsPerTenant());
    return NamedQueue.standard().toJavaStream().map(q -> Arguments.of(q.id(),
        q.query(ACME, HashSet.of(DeskMixViews.GROUPS[1], DeskMixViews.GROUPS[3]), now).get().get()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standardQueues")
  void a_standard_queue_s_first_and_next_pages_read_an_index(String queue, TicketQuery query) throws SQLException {
    Seq<TicketView> first = store.after(query, Option.none(), query.pageSize(), v -> true);
    assertThat(first).as("the load gives %s a full first page", queue).hasSize(query.pageSize());
    assertIndexed(queue + ", first page", plan(JdbcTicketViewStore.page(query, Option.none(), 64, postgres())));
    assertIndexed(queue + ", next page",
        plan(JdbcTicketViewStore.page(query, Option.some(PageKey.of(first.last())), 64, postgres())));
  }

  @org.junit.jupiter.api.Test
  void a_search_for_a_rare_word_finds_its_views_through_the_text_index_where_the_store_has_one() throws SQLException {
    TicketQuery query = TicketQuery.in(ACME).text(DeskMixViews.RARE_WORD).orderBy(io.itsm4j.core.view.QueueOrder.AGE)
        .build().get();
    Seq<TicketView> found = store.after(query, Option.none(), query.pageSize(), v -> true);
    assertThat(found).isNotEmpty().allMatch(v -> v.title().endsWith(DeskMixViews.RARE_WORD));
    String plan = plan(JdbcTicketViewStore.page(query, Option.none(), 64, postgres()));
    assertSearchIndexed(plan);
  }

  private String plan(JdbcTicketViewStore.Sql sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("explain " + sql.text)) {
      sql.bind(ps);
      StringBuilder plan = new StringBuilder();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          plan.append(rs.getString(1)).append('\n');
        }
      }
      return plan.toString();
    }
  }
}
