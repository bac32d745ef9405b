/** Implementation helpers shared by the itsm4j modules; not API. */
@NullMarked
package io.itsm4j.core.internal;

import org.jspecify.annotations.NullMarked;
