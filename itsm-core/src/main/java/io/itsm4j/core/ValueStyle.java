package io.itsm4j.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project. Put it on an abstract value type next to {@code @Value.Immutable}.
 *
 * <p>Source retention: compiled itsm4j classes carry no reference to it, so hosts need no Immutables on their
 * classpath. Generated types are named {@code Immutable*}, depend on the JDK only, and reject {@code null}
 * attributes with a {@link NullPointerException} naming the attribute.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true, prehash = false),
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    allowedClasspathAnnotations = {java.lang.Override.class})
public @interface ValueStyle {}
