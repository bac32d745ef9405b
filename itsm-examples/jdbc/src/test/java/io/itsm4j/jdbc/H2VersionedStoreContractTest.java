package io.itsm4j.jdbc;

import io.itsm4j.audit.contract.AbstractVersionedStoreContractTest;
import io.itsm4j.audit.feedback.Complaint;
import io.itsm4j.audit.feedback.Survey;
import io.itsm4j.audit.improvement.Improvement;
import io.itsm4j.audit.port.VersionedStore;

/**
 * Surveys, complaints and improvement register entries on an embedded H2 database fulfil the whole {@link VersionedStore}
 * contract, racing saves included.
 */
class H2VersionedStoreContractTest extends AbstractVersionedStoreContractTest {

  @Override
  protected VersionedStore<Survey> surveys() {
    return JdbcVersionedStore.surveys(TestDatabases.h2());
  }

  @Override
  protected VersionedStore<Complaint> complaints() {
    return JdbcVersionedStore.complaints(TestDatabases.h2());
  }

  @Override
  protected VersionedStore<Improvement> improvements() {
    return JdbcVersionedStore.improvements(TestDatabases.h2());
  }
}
