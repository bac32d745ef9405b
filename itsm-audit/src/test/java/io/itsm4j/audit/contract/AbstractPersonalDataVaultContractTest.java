package io.itsm4j.audit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.port.PersonalDataVault;
import io.itsm4j.audit.trail.PersonalDataRef;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.TenantId;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link PersonalDataVault} contract as tests. A host adapter extends this class, returns a fresh, empty vault
 * from {@link #newVault()}, and passes every test.
 */
public abstract class AbstractPersonalDataVaultContractTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");
  private static final RecordRef INC1 = RecordRef.of("ticket", "INC-1");
  private static final RecordRef INC2 = RecordRef.of("ticket", "INC-2");

  private PersonalDataVault vault;

  /** A fresh, empty vault. */
  protected abstract PersonalDataVault newVault();

  @BeforeEach
  void setUp() {
    vault = newVault();
  }

  @Test
  void everyDepositGetsAFreshTokenUnrelatedToTheValue() {
    PersonalDataRef a = vault.deposit(ACME, INC1, "Jane Doe");
    PersonalDataRef b = vault.deposit(ACME, INC1, "Jane Doe");
    assertThat(a).isNotEqualTo(b);
    assertThat(a.token()).doesNotContain("Jane").doesNotContain("Doe");
    assertThat(vault.reveal(ACME, a)).isEqualTo(Option.some("Jane Doe"));
  }

  @Test
  void erasedValuesAreGoneForGood() {
    PersonalDataRef a = vault.deposit(ACME, INC1, "Jane Doe");
    assertThat(vault.erase(ACME, a)).isTrue();
    assertThat(vault.erase(ACME, a)).isFalse();
    assertThat(vault.reveal(ACME, a)).isEqualTo(Option.none());
  }

  @Test
  void erasingARecordErasesExactlyItsValues() {
    PersonalDataRef a = vault.deposit(ACME, INC1, "Jane Doe");
    PersonalDataRef b = vault.deposit(ACME, INC1, "jane@example.org");
    PersonalDataRef c = vault.deposit(ACME, INC2, "John Roe");
    PersonalDataRef d = vault.deposit(GLOBEX, INC1, "Globex Jane");
    assertThat(vault.eraseRecord(ACME, INC1)).isEqualTo(2);
    assertThat(vault.reveal(ACME, a)).isEmpty();
    assertThat(vault.reveal(ACME, b)).isEmpty();
    assertThat(vault.reveal(ACME, c)).contains("John Roe");
    assertThat(vault.reveal(GLOBEX, d)).contains("Globex Jane");
    assertThat(vault.eraseRecord(ACME, INC1)).isZero();
  }

  @Test
  void aTokenRevealsNothingInAnotherTenant() {
    PersonalDataRef a = vault.deposit(ACME, INC1, "Jane Doe");
    assertThat(vault.reveal(GLOBEX, a)).isEmpty();
    assertThat(vault.erase(GLOBEX, a)).isFalse();
    assertThat(vault.reveal(ACME, a)).contains("Jane Doe");
  }
}
