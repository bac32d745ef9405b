package io.itsm4j.audit.evidence;

import io.itsm4j.audit.Clause;

/** Renders an {@link EvidenceReport} as Markdown or plain text. Pure. */
final class EvidenceRendering {
  private EvidenceRendering() {}

  static String markdown(EvidenceReport r) {
    StringBuilder out = new StringBuilder();
    out.append("# ISO/IEC 20000-1 evidence held in itsm4j\n\n");
    out.append("Tenant `").append(r.tenant()).append("`, period ").append(r.from()).append(" to ").append(r.until())
        .append(" (end exclusive).\n\n");
    out.append("| clause | title | records | status |\n|---|---|---:|---|\n");
    for (ClauseEvidence c : r.clauses()) {
      out.append("| ").append(c.clause().number()).append(" | ").append(c.clause().title()).append(" | ")
          .append(c.records().map(EvidenceCount::count).sum().longValue()).append(" | ")
          .append(c.hasRecords() ? "records held" : "**no records**").append(" |\n");
    }
    for (ClauseEvidence c : r.clauses()) {
      out.append("\n## ").append(c.clause().number()).append(' ').append(c.clause().title()).append("\n\n");
      if (!c.hasRecords()) {
        out.append(c.note()).append('\n');
        continue;
      }
      for (EvidenceCount e : c.records()) {
        out.append("- ").append(e.count()).append(' ').append(e.kind().label()).append(clauseTag(e, c.clause()));
        if (e.first().isDefined() && e.last().isDefined()) {
          out.append(", ").append(e.first().get()).append(" to ").append(e.last().get());
        }
        if (!e.samples().isEmpty()) {
          out.append("; samples: ").append(e.samples().map(s -> "`" + s + "`").mkString(", "));
        }
        out.append('\n');
      }
      if (!c.note().isEmpty()) {
        out.append('\n').append(c.note()).append('\n');
      }
    }
    return out.toString();
  }

  static String plainText(EvidenceReport r) {
    StringBuilder out = new StringBuilder();
    out.append("ISO/IEC 20000-1 evidence held in itsm4j\n");
    out.append("Tenant ").append(r.tenant()).append(", period ").append(r.from()).append(" to ").append(r.until())
        .append(" (end exclusive)\n");
    for (ClauseEvidence c : r.clauses()) {
      out.append('\n').append(c.clause().number()).append(' ').append(c.clause().title()).append('\n');
      if (!c.hasRecords()) {
        out.append("  ").append(c.note()).append('\n');
        continue;
      }
      for (EvidenceCount e : c.records()) {
        out.append("  ").append(e.count()).append(' ').append(e.kind().label()).append(clauseTag(e, c.clause()));
        if (e.first().isDefined() && e.last().isDefined()) {
          out.append(", ").append(e.first().get()).append(" to ").append(e.last().get());
        }
        if (!e.samples().isEmpty()) {
          out.append("; samples: ").append(e.samples().mkString(", "));
        }
        out.append('\n');
      }
      if (!c.note().isEmpty()) {
        out.append("  ").append(c.note()).append('\n');
      }
    }
    return out.toString();
  }

  /** Names the sub-clause a count is filed under, when it is more specific than the section's clause. */
  private static String clauseTag(EvidenceCount e, Clause section) {
    return e.kind().clauses().find(k -> k.within(section) && k != section)
        .map(k -> " (" + k.number() + " " + k.title() + ")").getOrElse("");
  }
}
