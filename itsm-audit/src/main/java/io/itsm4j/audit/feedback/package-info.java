/**
 * Hearing the customer (ISO/IEC 20000-1 8.3.2, 9.1): satisfaction surveys ({@link
 * io.itsm4j.audit.feedback.Survey}) sent when a ticket is resolved or periodically per customer and service, their
 * results with every rate stated with its denominator ({@link io.itsm4j.audit.feedback.SurveyResults}), and
 * complaints recorded, investigated, resolved with the customer's acceptance and reported ({@link
 * io.itsm4j.audit.feedback.Complaint}). A low score or a complaint can raise an improvement opportunity ({@link
 * io.itsm4j.audit.improvement.Improvement#from}). Pure values; thread-safe.
 */
@org.jspecify.annotations.NullMarked
package io.itsm4j.audit.feedback;
