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
          .append(c.hasRecords() ? "records held" : "**no records**")
          .append(c.concerns().isEmpty() ? "" : "; **" + c.concerns().size() + " to look at**").append(" |\n");
    }
    for (ClauseEvidence c : r.clauses()) {
      out.append("\n## ").append(c.clause().number()).append(' ').append(c.clause().title()).append("\n\n");
      if (!c.hasRecords()) {
        out.append(c.note()).append('\n');
        markdownConcerns(out, c);
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
      markdownConcerns(out, c);
    }
    return out.toString();
  }

  private static void markdownConcerns(StringBuilder out, ClauseEvidence c) {
    if (c.concerns().isEmpty()) {
      return;
    }
    out.append("\n**Needs attention** (").append(c.concerns().size()).append("):\n\n");
    for (Concern k : c.concerns()) {
      out.append("- ").append(oneLine(k.subject())).append(" (").append(k.clause().number()).append("): ")
          .append(oneLine(k.finding())).append('\n');
    }
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
        plainConcerns(out, c);
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
      plainConcerns(out, c);
    }
    return out.toString();
  }

  private static void plainConcerns(StringBuilder out, ClauseEvidence c) {
    for (Concern k : c.concerns()) {
      out.append("  NEEDS ATTENTION: ").append(oneLine(k.subject())).append(" (").append(k.clause().number())
          .append("): ").append(oneLine(k.finding())).append('\n');
    }
  }

  /** A concern's text on one line, so a line break in it cannot end the list item or start a heading. */
  private static String oneLine(String text) {
    return text.replace('\n', ' ').replace('\t', ' ');
  }

  /** Names the sub-clause a count is filed under, when it is more specific than the section's clause. */
  private static String clauseTag(EvidenceCount e, Clause section) {
    return e.kind().clauses().find(k -> k.within(section) && k != section)
        .map(k -> " (" + k.number() + " " + k.title() + ")").getOrElse("");
  }
}
