/**
 * Contract test kits for the ports, shipped in the {@code itsm-core} test-jar (module name {@code
 * io.itsm4j.core.contract}): a host extends {@link io.itsm4j.core.contract.AbstractTicketStoreContractTest},
 * {@link io.itsm4j.core.contract.AbstractCatalogueStoreContractTest} or {@link
 * io.itsm4j.core.contract.AbstractNotificationContractTest} with its adapter and runs them with JUnit 5 and jqwik.
 * {@link io.itsm4j.core.contract.TestEvents} and {@link io.itsm4j.core.contract.TestCatalogueEvents} build ticket
 * and catalogue events and jqwik arbitraries for the host's own tests; {@link
 * io.itsm4j.core.contract.ManualClock} is a clock a test moves by hand; {@link
 * io.itsm4j.core.contract.HostileStrings} and {@link io.itsm4j.core.contract.TextOracle} feed input tests.
 */
@NullMarked
package io.itsm4j.core.contract;

import org.jspecify.annotations.NullMarked;
