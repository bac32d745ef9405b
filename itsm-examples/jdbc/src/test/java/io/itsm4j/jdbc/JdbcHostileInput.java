package io.itsm4j.jdbc;

import io.itsm4j.audit.contract.AbstractHostileInputContractTest;
import io.itsm4j.audit.trail.RecordRef;
import javax.sql.DataSource;

/** The JDBC adapters as the hostile-input kit's stores: every port of the four keyed services on one database. */
final class JdbcHostileInput {
  private JdbcHostileInput() {}

  static AbstractHostileInputContractTest.Stores on(DataSource db) {
    return new AbstractHostileInputContractTest.Stores(new JdbcTicketStore(db), new JdbcCatalogueStore(db),
        new JdbcHistoryStore<>(db, RecordRef.AUDIT_PROGRAMME, AuditHistoryJson.programmes()),
        new JdbcHistoryStore<>(db, RecordRef.CORRECTIVE_ACTION, AuditHistoryJson.correctiveActions()),
        new JdbcAuditStore(db));
  }
}
