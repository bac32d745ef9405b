package io.itsm4j.jdbc;

import io.itsm4j.sla.contract.AbstractServiceReviewStoreContractTest;
import io.itsm4j.sla.port.ServiceReviewStore;

/** Service reviews on an embedded H2 database fulfil the whole {@link ServiceReviewStore} contract, racing status changes included. */
class H2ServiceReviewStoreContractTest extends AbstractServiceReviewStoreContractTest {

  @Override
  protected ServiceReviewStore store() {
    return new JdbcServiceReviewStore(TestDatabases.h2());
  }
}
