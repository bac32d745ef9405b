/**
 * The application layer of itsm-core: the services that run commands through the ports. {@link
 * io.itsm4j.core.application.ServiceDesk} runs ticket commands and {@link
 * io.itsm4j.core.application.CatalogueService} catalogue commands, both on the one {@link
 * io.itsm4j.core.application.CommandPipeline} (load → authorise → decide → append with the expected version and
 * an idempotency key → notify); {@link io.itsm4j.core.application.CataloguePolicy} applies the catalogue's rules to
 * tickets inside the service desk.
 *
 * <p>It sits above the pure model ({@code ticket}, {@code catalogue}, {@code change}), so the model never depends on
 * ports or on each other's services. Every module names its application layer {@code application}. Thread-safe; no
 * method accepts or returns {@code null}.
 */
@NullMarked
package io.itsm4j.core.application;

import org.jspecify.annotations.NullMarked;
