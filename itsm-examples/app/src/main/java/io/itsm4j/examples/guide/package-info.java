/**
 * The code of docs/getting-started.md, compiled so the guide cannot drift from the API; a test checks that
 * every Java block of the guide appears verbatim in these sources (or in the examples' tests).
 */
@NullMarked
package io.itsm4j.examples.guide;

import org.jspecify.annotations.NullMarked;
