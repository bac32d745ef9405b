package io.itsm4j.audit.memory;

import io.itsm4j.audit.feedback.Complaint;
import io.itsm4j.audit.feedback.Survey;
import io.itsm4j.audit.improvement.Improvement;
import io.itsm4j.audit.contract.AbstractVersionedStoreContractTest;
import io.itsm4j.audit.port.VersionedStore;

/** The in-memory adapter against the contract. */
class InMemoryVersionedStoreContractTest extends AbstractVersionedStoreContractTest {
  @Override
  protected VersionedStore<Survey> surveys() {
    return new InMemoryVersionedStore<>();
  }

  @Override
  protected VersionedStore<Complaint> complaints() {
    return new InMemoryVersionedStore<>();
  }

  @Override
  protected VersionedStore<Improvement> improvements() {
    return new InMemoryVersionedStore<>();
  }
}
