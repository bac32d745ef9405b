package io.itsm4j.jdbc;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * zonky's PostgreSQL binaries, repacked so that {@code initdb}, {@code pg_ctl} and {@code postgres} drop from
 * root to an unprivileged user through {@code setpriv} before they run: the fallback for a root build on a
 * machine where user namespaces ({@code unshare -U}, zonky's own way) are not allowed.
 *
 * <p>Each of the three becomes a small shell script next to the real binary ({@code initdb.real}, ...); run by
 * root it execs the binary through {@code setpriv --reuid --regid --clear-groups}, run by anyone else it execs
 * the binary directly (the server starts itself through the {@code postgres} script, already unprivileged).
 * The binaries find each other and their {@code share} and {@code lib} directories relative to their own
 * directory, which does not change.
 */
final class SetprivPostgresBinaries implements PgBinaryResolver {
  private static final Set<String> WRAPPED = Set.of("initdb", "pg_ctl", "postgres");
  private final int uid;
  private final int gid;

  SetprivPostgresBinaries(int uid, int gid) {
    this.uid = uid;
    this.gid = gid;
  }

  @Override
  public InputStream getPgBinary(String system, String machineHardware) throws IOException {
    ByteArrayOutputStream repacked = new ByteArrayOutputStream(32 << 20);
    try (InputStream original = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(original));
        TarArchiveOutputStream out = new TarArchiveOutputStream(new XZOutputStream(repacked, new LZMA2Options(1)))) {
      out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        String name = e.getName();
        String base = name.replaceFirst("^(\\./)?bin/", "");
        boolean wrap = !base.equals(name) && WRAPPED.contains(base) && e.isFile();
        if (wrap) {
          e.setName(name + ".real");
        }
        out.putArchiveEntry(e);
        if (e.isFile()) {
          in.transferTo(out);
        }
        out.closeArchiveEntry();
        if (wrap) {
          byte[] script = script(base);
          TarArchiveEntry s = new TarArchiveEntry(name);
          s.setSize(script.length);
          s.setMode(0755);
          s.setModTime(e.getModTime());
          out.putArchiveEntry(s);
          out.write(script);
          out.closeArchiveEntry();
        }
      }
    }
    return new ByteArrayInputStream(repacked.toByteArray());
  }

  private byte[] script(String binary) {
    return ("#!/bin/sh\n"
        + "# PostgreSQL refuses to run as root: drop to an unprivileged user first.\n"
        + "real=\"$(dirname \"$0\")/" + binary + ".real\"\n"
        + "if [ \"$(id -u)\" = 0 ]; then\n"
        + "  exec setpriv --reuid=" + uid + " --regid=" + gid + " --clear-groups \"$real\" \"$@\"\n"
        + "fi\n"
        + "exec \"$real\" \"$@\"\n").getBytes(StandardCharsets.US_ASCII);
  }
}
