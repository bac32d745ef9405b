package io.itsm4j.jdbc;

import io.itsm4j.sla.contract.AbstractServiceReviewStoreContractTest;
import io.itsm4j.sla.port.ServiceReviewStore;

/** Service reviews on a real PostgreSQL server, each store in a schema of its own fulfil the whole {@link ServiceReviewStore} contract, racing status changes included. */
class PostgresServiceReviewStoreContractTest extends AbstractServiceReviewStoreContractTest {

  @Override
  protected ServiceReviewStore store() {
    return new JdbcServiceReviewStore(TestDatabases.postgresSchema(10));
  }
}
