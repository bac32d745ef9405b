package io.itsm4j.jdbc;

import io.itsm4j.sla.contract.AbstractContinuityPlanStoreContractTest;
import io.itsm4j.sla.port.ContinuityPlanStore;

/** Continuity plans and exercises on a real PostgreSQL server, each store in a schema of its own fulfil the whole {@link ContinuityPlanStore} contract. */
class PostgresContinuityPlanStoreContractTest extends AbstractContinuityPlanStoreContractTest {

  @Override
  protected ContinuityPlanStore store() {
    return new JdbcContinuityPlanStore(TestDatabases.postgresSchema(10));
  }
}
