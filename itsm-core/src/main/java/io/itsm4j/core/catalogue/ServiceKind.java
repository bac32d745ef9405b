package io.itsm4j.core.catalogue;

/** Whether customers see a service or it supports other services (ITIL's business and technical services). */
public enum ServiceKind {
  /** Delivered to customers, such as "E-mail" or "Payroll". */
  BUSINESS,
  /** Supports other services and is not offered to customers directly, such as "Database hosting". */
  TECHNICAL
}
