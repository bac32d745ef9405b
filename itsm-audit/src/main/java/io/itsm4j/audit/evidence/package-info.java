/**
 * The evidence report: for each clause of ISO/IEC 20000-1 (7.5, 8.1 to 8.7, 9.1 to 9.4, 10.1, 10.2) what records a
 * host holds in itsm4j for a period (counts, dates, samples), and where it holds none. Counts come from an
 * {@link io.itsm4j.audit.port.EvidenceSource}; {@link io.itsm4j.audit.evidence.EvidenceReports} builds the report,
 * which renders itself as Markdown or plain text. Pure; everything here is immutable and thread-safe.
 */
@NullMarked
package io.itsm4j.audit.evidence;

import org.jspecify.annotations.NullMarked;
