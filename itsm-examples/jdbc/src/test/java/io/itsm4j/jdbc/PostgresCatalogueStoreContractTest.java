package io.itsm4j.jdbc;

import io.itsm4j.core.contract.AbstractCatalogueStoreContractTest;
import io.itsm4j.core.port.CatalogueStore;

/**
 * The JDBC catalogue store on a real PostgreSQL server fulfils the whole {@link CatalogueStore} contract; each
 * store gets a schema of its own in the one server the test JVM starts.
 */
class PostgresCatalogueStoreContractTest extends AbstractCatalogueStoreContractTest {
  @Override
  protected CatalogueStore newStore() {
    return new JdbcCatalogueStore(TestDatabases.postgresSchema(10));
  }
}
