/**
 * Impact analysis over the catalogue's dependency graph: which services and customers an outage of
 * configuration items affects, and everything a service depends on, each answer with the path that explains it.
 *
 * <p>A {@link io.itsm4j.core.catalogue.impact.CompiledCatalogue} is the graph of one catalogue version compiled
 * into int-indexed adjacency arrays; queries on it are breadth-first searches that never allocate in proportion
 * to the estate, only to the answer. {@link io.itsm4j.core.application.ImpactAnalyzer} keeps compiled
 * graphs in a bounded cache keyed by tenant and graph version.
 *
 * <p>Everything here is pure (no I/O, no clock, no threads of its own) and thread-safe; no method accepts or
 * returns {@code null}.
 */
@NullMarked
package io.itsm4j.core.catalogue.impact;

import org.jspecify.annotations.NullMarked;
