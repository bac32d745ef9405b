/**
 * The management review package (ISO/IEC 20000-1 9.3): what top management reviews, in one value. {@link
 * io.itsm4j.audit.review.ManagementReview} gathers service performance as trends with their control charts and
 * signals, service level compliance and availability against target, the backlog's age, customer satisfaction over
 * time and complaints, audit results, open corrective actions, the improvement register, continuity exercise results
 * and the changes to the service management system. It is a value: the {@code itsm-reports} artifact renders it to
 * Markdown and to one self-contained HTML page with SVG charts, and {@code ManagementReviews} (application layer)
 * keeps it in the audit trail as 9.3 evidence. Pure; thread-safe.
 */
@org.jspecify.annotations.NullMarked
package io.itsm4j.audit.review;
