/**
 * Contract test kits for the ports, shipped in the {@code itsm-core} test-jar (module name {@code
 * io.itsm4j.core.contract}): a host extends {@link io.itsm4j.core.contract.AbstractTicketStoreContractTest} or
 * {@link io.itsm4j.core.contract.AbstractNotificationContractTest} with its adapter and runs them with JUnit 5 and
 * jqwik. {@link io.itsm4j.core.contract.TestEvents} builds events and jqwik arbitraries for the host's own tests.
 */
@NullMarked
package io.itsm4j.core.contract;

import org.jspecify.annotations.NullMarked;
