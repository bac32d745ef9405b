package io.itsm4j.core.port;

import io.itsm4j.core.catalogue.Catalogue;
import io.itsm4j.core.catalogue.CatalogueCommand;
import io.itsm4j.core.catalogue.CatalogueContext;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Decides whether an actor may change a tenant's catalogue. Checked by the catalogue service before a command is
 * decided, and again when a command is replayed under its key; a refusal is a {@link
 * io.itsm4j.core.RejectionCode#NOT_AUTHORISED} rejection carrying the reason.
 *
 * <h2>Contract</h2>
 * Thread-safe and quick; called for every command. No argument is {@code null}. An exception thrown here is
 * reported as a {@link io.itsm4j.core.RejectionCode#PORT_FAILURE}, and the command is not run.
 */
@FunctionalInterface
public interface CatalogueAccessPolicy {

  /**
   * Why the command may not run, or none if it may.
   *
   * @param context who asks, in which tenant, when
   * @param command what is asked
   * @param catalogue the tenant's catalogue as it is
   * @return none to permit, or a one-line reason to refuse
   */
  Option<String> refusal(CatalogueContext context, CatalogueCommand command, Catalogue catalogue);

  /** A policy that permits everything; the host's own authentication is then the only gate. */
  static CatalogueAccessPolicy permitAll() {
    return (context, command, catalogue) -> Option.none();
  }

  /**
   * A policy that permits actors holding {@code role} and refuses everyone else, naming the role.
   *
   * @throws NullPointerException if {@code role} is null
   */
  static CatalogueAccessPolicy requireRole(String role) {
    Objects.requireNonNull(role, "role must not be null");
    return (context, command, catalogue) -> context.actor().hasRole(role) ? Option.none()
        : Option.some("actor " + context.actor().id() + " may not " + command.type() + " in the catalogue of "
            + context.tenant() + ": the role " + role + " is required");
  }
}
