/**
 * The catalogue's application layer: {@link io.itsm4j.core.cataloguedesk.CatalogueService} runs catalogue
 * commands through the {@link io.itsm4j.core.port.CatalogueStore} (load → decide → append with the expected
 * version) with idempotency keys and answers impact questions; {@link
 * io.itsm4j.core.cataloguedesk.CataloguePolicy} applies the catalogue's rules to tickets inside the service desk.
 *
 * <p>It sits beside {@code desk} rather than inside {@code catalogue}, so the pure catalogue model never depends
 * on tickets or ports. Thread-safe; no method accepts or returns {@code null}.
 */
@NullMarked
package io.itsm4j.core.cataloguedesk;

import org.jspecify.annotations.NullMarked;
