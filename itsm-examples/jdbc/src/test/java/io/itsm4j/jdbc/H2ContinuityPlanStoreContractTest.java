package io.itsm4j.jdbc;

import io.itsm4j.sla.contract.AbstractContinuityPlanStoreContractTest;
import io.itsm4j.sla.port.ContinuityPlanStore;

/** Continuity plans and exercises on an embedded H2 database fulfil the whole {@link ContinuityPlanStore} contract. */
class H2ContinuityPlanStoreContractTest extends AbstractContinuityPlanStoreContractTest {

  @Override
  protected ContinuityPlanStore store() {
    return new JdbcContinuityPlanStore(TestDatabases.h2());
  }
}
