/**
 * Contract test kits for the audit ports, shipped in the {@code itsm-audit} test-jar (module name {@code
 * io.itsm4j.audit.contract}): a host extends {@link io.itsm4j.audit.contract.AbstractAuditStoreContractTest},
 * {@link io.itsm4j.audit.contract.AbstractHistoryStoreContractTest} or {@link
 * io.itsm4j.audit.contract.AbstractPersonalDataVaultContractTest} with its adapter and runs them with JUnit 5 and
 * jqwik. {@link io.itsm4j.audit.contract.TestDrafts} builds audit drafts with awkward content, and jqwik
 * arbitraries of them, for the host's own tests.
 */
@NullMarked
package io.itsm4j.audit.contract;

import org.jspecify.annotations.NullMarked;
