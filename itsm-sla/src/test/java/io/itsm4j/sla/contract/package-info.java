/**
 * Contract kits for itsm-sla's ports, shipped in the module's test-jar: a host's adapter extends the abstract test
 * and says how to make a fresh, empty store; the kit checks the port's contract (idempotence, optimistic versions,
 * tenancy, concurrent writers).
 */
package io.itsm4j.sla.contract;
