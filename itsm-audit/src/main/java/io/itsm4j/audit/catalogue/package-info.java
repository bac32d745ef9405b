/**
 * How catalogue changes become audit entries (ISO/IEC 20000-1 8.2: the service catalogue, assets and configuration
 * items are changed under control, and the records show it): {@link io.itsm4j.audit.catalogue.CatalogueAuditing}
 * maps catalogue events and refusals to {@link io.itsm4j.audit.trail.AuditDraft}s. Pure and thread-safe.
 */
@NullMarked
package io.itsm4j.audit.catalogue;

import org.jspecify.annotations.NullMarked;
