package io.itsm4j.core.catalogue;

import io.itsm4j.core.contract.AbstractCatalogueStoreContractTest;
import io.itsm4j.core.memory.InMemoryCatalogueStore;
import io.itsm4j.core.port.CatalogueStore;

/** The in-memory adapter passes the store contract. */
class InMemoryCatalogueStoreTest extends AbstractCatalogueStoreContractTest {
  @Override
  protected CatalogueStore newStore() {
    return new InMemoryCatalogueStore();
  }
}
