package io.itsm4j.sla;

/** Which kind of agreement a service level definition comes from. */
public enum AgreementType {
  /** Service level agreement: the provider's promise to a customer. */
  SLA,
  /** Operational level agreement: a promise between internal teams of the provider. */
  OLA,
  /** Underpinning contract: a supplier's promise to the provider. */
  UNDERPINNING_CONTRACT
}
