package io.itsm4j.jdbc;

import io.itsm4j.core.contract.AbstractCatalogueStoreContractTest;
import io.itsm4j.core.port.CatalogueStore;

/** The JDBC catalogue store on an embedded H2 database fulfils the whole {@link CatalogueStore} contract. */
class H2CatalogueStoreContractTest extends AbstractCatalogueStoreContractTest {
  @Override
  protected CatalogueStore newStore() {
    return new JdbcCatalogueStore(TestDatabases.h2());
  }
}
