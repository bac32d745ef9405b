package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.Actor;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CatalogueCommand;
import io.itsm4j.core.catalogue.CatalogueEvent;
import io.itsm4j.core.catalogue.ConfigurationItem;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.application.CatalogueResult;
import io.itsm4j.core.application.CatalogueService;
import io.itsm4j.core.contract.TestCatalogueEvents;
import io.itsm4j.core.port.CatalogueAppendResult;
import io.itsm4j.core.port.CatalogueStore.CommandKey;
import io.itsm4j.core.port.RecordedCatalogueCommand;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Crash safety of {@link JdbcCatalogueStore}: the database session dies half-way through an append, after the
 * command row was written, or after every row was written but before the commit; nothing of that append may be
 * left, and the same command goes through afterwards. Subclasses say how a session is killed on their database.
 */
abstract class AbstractCatalogueCrashSafetyTest {
  private static final TenantId ACME = TenantId.of("acme");

  /** A fresh database with the tables. */
  protected abstract DataSource database();

  /** Kills the database session behind {@code physical}, as a crash or a network cut would. */
  protected abstract void kill(Connection physical) throws SQLException;

  @Test
  void aSessionKilledAfterTheCommandRowWasWrittenLeavesNothing() throws Exception {
    crash(k -> k.armAt("insert into itsm_catalogue_event"));
  }

  @Test
  void aSessionKilledAfterEveryRowWasWrittenButBeforeTheCommitLeavesNothing() throws Exception {
    crash(KillingDataSource::armAtCommit);
  }

  private void crash(Consumer<KillingDataSource> arm) throws Exception {
    DataSource db = database();
    KillingDataSource killing = new KillingDataSource(db, this::kill);
    JdbcCatalogueStore store = new JdbcCatalogueStore(killing);
    JdbcCatalogueStore observer = new JdbcCatalogueStore(db);
    Seq<CatalogueEvent> first = TestCatalogueEvents.batch(ACME, 1, 1, "k1");
    Seq<CatalogueEvent> second = TestCatalogueEvents.batch(ACME, 2, 3, "k2");
    store.append(ACME, 0, new CommandKey("k1", "fp1"), first);

    arm.accept(killing);
    assertThatThrownBy(() -> store.append(ACME, 1, new CommandKey("k2", "fp2"), second))
        .isInstanceOf(JdbcStoreException.class)
        .hasMessageContaining("nothing was stored");

    assertThat(killing.killed()).as("the session was killed").isTrue();
    assertThat(observer.load(ACME, 0)).containsExactlyElementsOf(first);
    assertThat(observer.version(ACME)).isEqualTo(1);
    assertThat(observer.findCommand(ACME, "k2").isEmpty()).isTrue();
    assertThat(count(db, "itsm_catalogue_event")).isEqualTo(1);
    assertThat(count(db, "itsm_catalogue_command")).isEqualTo(1);

    assertThat(store.append(ACME, 1, new CommandKey("k2", "fp2"), second))
        .isEqualTo(new CatalogueAppendResult.Appended(4));
    assertThat(observer.load(ACME, 1)).containsExactlyElementsOf(second);
    assertThat(observer.findCommand(ACME, "k2")).isEqualTo(Option.some(new RecordedCatalogueCommand("fp2", second)));
  }

  @Test
  void theCatalogueServiceReportsAKilledWriteAsAPortFailureAndTheRetryWorks() {
    DataSource db = database();
    KillingDataSource killing = new KillingDataSource(db, this::kill);
    CatalogueService service = CatalogueService.builder().store(new JdbcCatalogueStore(killing)).build();
    Actor manager = Actor.of("catalogue-manager", "catalogue-manager");
    CatalogueCommand database = new CatalogueCommand.RegisterCi(ConfigurationItem.of("db-1", "Database", "database"));
    CatalogueCommand web = new CatalogueCommand.RegisterCi(ConfigurationItem.of("web-1", "Web server", "server"));
    assertThat(service.execute(ACME, manager, "k1", database).isRight()).isTrue();

    killing.armAtCommit();
    Either<Rejection, CatalogueResult> failed = service.execute(ACME, manager, "k2", web);
    assertThat(failed.getLeft().code()).isEqualTo(RejectionCode.PORT_FAILURE);
    assertThat(service.catalogue(ACME).get().configurationItems().keySet())
        .containsExactly(ConfigurationItemId.of("db-1"));

    Either<Rejection, CatalogueResult> retried = service.execute(ACME, manager, "k2", web);
    assertThat(retried.get().replayed()).isFalse();
    assertThat(service.catalogue(ACME).get().configurationItems().keySet())
        .containsExactlyInAnyOrder(ConfigurationItemId.of("db-1"), ConfigurationItemId.of("web-1"));
    assertThat(service.catalogue(ACME).get().version()).isEqualTo(2);
  }

  private static long count(DataSource db, String table) throws SQLException {
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("select count(*) from " + table);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
