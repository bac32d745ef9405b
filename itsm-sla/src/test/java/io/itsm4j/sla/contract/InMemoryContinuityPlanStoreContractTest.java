package io.itsm4j.sla.contract;

import io.itsm4j.sla.memory.InMemoryContinuityPlanStore;
import io.itsm4j.sla.port.ContinuityPlanStore;

/** The in-memory adapter against the contract. */
class InMemoryContinuityPlanStoreContractTest extends AbstractContinuityPlanStoreContractTest {
  @Override
  protected ContinuityPlanStore store() {
    return new InMemoryContinuityPlanStore();
  }
}
