package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every append of the audit and catalogue stores first reads the newest row of a tenant's chain. H2 reads it
 * straight off the primary key only when the query's ORDER BY names the key's columns; otherwise it scans and
 * sorts every row of the tenant, and appends slow down as the chain grows (the month's simulation took five times
 * as long). H2 marks a plan that reads the index in order with "index sorted"; this keeps the queries that way
 * without timing anything.
 */
class H2QueryPlanTest {

  @ParameterizedTest
  @ValueSource(strings = {"audit head", "catalogue version"})
  void theNewestRowOfAChainIsReadOffThePrimaryKeyWithoutASort(String which) throws SQLException {
    String query = which.equals("audit head") ? JdbcAuditStore.SELECT_HEAD : JdbcCatalogueStore.SELECT_VERSION;
    DataSource h2 = TestDatabases.h2();
    try (Connection c = h2.getConnection(); PreparedStatement ps = c.prepareStatement("explain " + query)) {
      ps.setString(1, "acme");
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        String plan = rs.getString(1);
        assertThat(plan).as(which + " plan").contains("PRIMARY_KEY").contains("/* index sorted */");
      }
    }
  }
}
