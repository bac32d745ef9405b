package io.itsm4j.jdbc;

import io.itsm4j.audit.contract.AbstractVersionedStoreContractTest;
import io.itsm4j.audit.feedback.Complaint;
import io.itsm4j.audit.feedback.Survey;
import io.itsm4j.audit.improvement.Improvement;
import io.itsm4j.audit.port.VersionedStore;

/**
 * Surveys, complaints and improvement register entries on a real PostgreSQL server, each store in a schema of its own fulfil the whole {@link VersionedStore}
 * contract, racing saves included.
 */
class PostgresVersionedStoreContractTest extends AbstractVersionedStoreContractTest {

  @Override
  protected VersionedStore<Survey> surveys() {
    return JdbcVersionedStore.surveys(TestDatabases.postgresSchema(10));
  }

  @Override
  protected VersionedStore<Complaint> complaints() {
    return JdbcVersionedStore.complaints(TestDatabases.postgresSchema(10));
  }

  @Override
  protected VersionedStore<Improvement> improvements() {
    return JdbcVersionedStore.improvements(TestDatabases.postgresSchema(10));
  }
}
