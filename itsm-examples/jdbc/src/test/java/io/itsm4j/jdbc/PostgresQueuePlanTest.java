package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * PostgreSQL plans the standard queues as index scans of the view table (an {@code Index Scan} in the order's index,
 * or a {@code Bitmap Index Scan} for a filter few rows pass), never a {@code Seq Scan}, over 40,000 views per
 * tenant with fresh statistics; a search for a rare word reads the GIN index of the words.
 */
class PostgresQueuePlanTest extends AbstractQueuePlanTest {

  @Override
  protected DataSource dataSource() {
    return TestDatabases.postgresSchema(2);
  }

  @Override
  protected int viewsPerTenant() {
    return 40_000;
  }

  @Override
  protected boolean postgres() {
    return true;
  }

  @Override
  protected void assertSearchIndexed(String plan) {
    assertThat(plan).as(plan).contains("Bitmap Index Scan on itsm_ticket_view_search").doesNotContain("Seq Scan");
  }

  @Override
  protected void analyse(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("analyze itsm_ticket_view");
    }
  }

  @Override
  protected void assertIndexed(String queue, String plan) {
    assertThat(plan).as(queue + "\n" + plan).containsPattern("Index (Only )?Scan( Backward)? using itsm_ticket_view_"
        + "|Bitmap Index Scan on itsm_ticket_view_").doesNotContain("Seq Scan");
  }
}
