/** Runnable programs a newcomer starts with. */
@NullMarked
package io.itsm4j.examples;

import org.jspecify.annotations.NullMarked;
