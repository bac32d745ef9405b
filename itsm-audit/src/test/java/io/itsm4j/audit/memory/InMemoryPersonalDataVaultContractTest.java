package io.itsm4j.audit.memory;

import io.itsm4j.audit.contract.AbstractPersonalDataVaultContractTest;
import io.itsm4j.audit.port.PersonalDataVault;

/** The in-memory vault passes the whole contract. */
class InMemoryPersonalDataVaultContractTest extends AbstractPersonalDataVaultContractTest {
  @Override
  protected PersonalDataVault newVault() {
    return new InMemoryPersonalDataVault();
  }
}
