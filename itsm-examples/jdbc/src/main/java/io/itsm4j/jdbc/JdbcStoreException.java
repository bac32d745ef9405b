package io.itsm4j.jdbc;

/**
 * The database failed under a JDBC adapter: the connection broke, a statement was refused, a stored row could
 * not be read. Whatever the adapter was writing was rolled back. The service desk reports it as a {@link
 * io.itsm4j.core.RejectionCode#PORT_FAILURE}.
 */
public final class JdbcStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message only.
   *
   * @param message what went wrong
   */
  public JdbcStoreException(String message) {
    super(message);
  }

  /**
   * An exception with a message and its cause.
   *
   * @param message what the adapter was doing
   * @param cause what the driver threw
   */
  public JdbcStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
