package io.itsm4j.core.port;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.change.StandardChangeTemplate;
import io.vavr.control.Option;

/**
 * The catalogue of approved standard change templates.
 *
 * <h2>Contract</h2>
 * Thread-safe; called from many threads. No argument or result is {@code null}. Returns only templates approved
 * for use now (a retired template is absent). An exception thrown here is reported as a
 * {@link io.itsm4j.core.RejectionCode#PORT_FAILURE}.
 */
@FunctionalInterface
public interface StandardChangeCatalogue {

  /** The approved template with this id in {@code tenant}, if any. */
  Option<StandardChangeTemplate> template(TenantId tenant, String templateId);
}
