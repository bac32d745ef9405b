package io.itsm4j.jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * How the test PostgreSQL can be started on this machine. PostgreSQL's initdb and server refuse to run as root:
 * <ul>
 *   <li>not root (a developer's machine): zonky runs the binaries directly;
 *   <li>root with user namespaces (CI containers, this project's machines): zonky itself runs the binaries
 *       through {@code unshare -U}, in a namespace where the process is not root;
 *   <li>root without user namespaces: the binaries are repacked to drop to the user {@code nobody} through
 *       {@code setpriv} ({@link SetprivPostgresBinaries}), with a data directory that user owns;
 *   <li>root with neither: the tests fail with what to do. They never skip.
 * </ul>
 */
enum RootCheck {
  NOT_ROOT,
  USER_NAMESPACE,
  SETPRIV;

  static final String HOW_TO_FIX = "PostgreSQL cannot run as root: run the build as an unprivileged user, or allow"
      + " user namespaces (unshare -U) for root, or install util-linux's setpriv and a user 'nobody'.";

  /** The way to start PostgreSQL here. */
  static RootCheck detect() {
    if (!isRoot()) {
      return NOT_ROOT;
    }
    String uid = run("unshare", "-U", "id", "-u");
    if (uid != null && !uid.strip().equals("0")) {
      return USER_NAMESPACE;
    }
    if (nobody() != null && run("setpriv", "--version") != null) {
      return SETPRIV;
    }
    throw new IllegalStateException("The build runs as root, 'unshare -U' is not available (got " + uid
        + ") and neither is 'setpriv' with a user 'nobody'. " + HOW_TO_FIX);
  }

  static boolean isRoot() {
    return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
  }

  /** The uid and gid of the user {@code nobody}, or null if there is none. */
  static int[] nobody() {
    String uid = run("id", "-u", "nobody");
    String gid = run("id", "-g", "nobody");
    if (uid == null || gid == null) {
      return null;
    }
    return new int[] {Integer.parseInt(uid.strip()), Integer.parseInt(gid.strip())};
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
