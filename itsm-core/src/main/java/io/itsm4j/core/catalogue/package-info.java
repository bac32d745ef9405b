/**
 * The service catalogue and configuration items (ISO/IEC 20000-1 8.2.4-8.2.6): services with their lifecycle,
 * customers, offerings and service level ids; request catalogue items with their forms, approvers and fulfilment
 * tasks; configuration items; and typed {@link io.itsm4j.core.catalogue.Relationship}s that make services and
 * items one dependency graph.
 *
 * <p>A tenant's {@link io.itsm4j.core.catalogue.Catalogue} is the left fold of its {@link
 * io.itsm4j.core.catalogue.CatalogueEvent}s; {@link io.itsm4j.core.catalogue.CatalogueDecider} turns commands into
 * events or typed rejections. Impact analysis lives in {@code io.itsm4j.core.catalogue.impact}; running commands
 * through a store is {@code io.itsm4j.core.application}.
 *
 * <p>Pure: no I/O, no clock, no logging, no dependency on ports or tickets. Values are immutable and thread-safe;
 * no method accepts or returns {@code null}.
 */
@NullMarked
package io.itsm4j.core.catalogue;

import org.jspecify.annotations.NullMarked;
