package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * H2 plans the standard queues on one of the view table's indexes (it names the index it reads in the plan), never
 * a {@code tableScan}.
 */
class H2QueueViewPlanTest extends AbstractQueuePlanTest {

  @Override
  protected DataSource dataSource() {
    return TestDatabases.h2();
  }

  @Override
  protected int viewsPerTenant() {
    return 5_000;
  }

  @Override
  protected boolean postgres() {
    return false;
  }

  /** H2 has no text index here (the documented fallback): the search walks an index of the table, never scans it. */
  @Override
  protected void assertSearchIndexed(String plan) {
    assertIndexed("search", plan);
  }

  @Override
  protected void analyse(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("analyze");
    }
  }

  @Override
  protected void assertIndexed(String queue, String plan) {
    assertThat(plan).as(queue + "\n" + plan).contains("ITSM_TICKET_VIEW_").doesNotContain("tableScan");
  }
}
