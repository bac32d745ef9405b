/** Helpers shared by the audit packages; not API. */
@NullMarked
package io.itsm4j.audit.internal;

import org.jspecify.annotations.NullMarked;
