package org.talentchain.core.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a holder shows, in either format: {@link Presentation} (version 1, {@code TC1:}) or {@link
 * CompactPresentation} (version 2, {@code TC2:}). Both say the same things about the credential and
 * are verified into the same {@link VerificationReport}.
 */
public sealed interface VerifiablePresentation permits Presentation, CompactPresentation {

  /** 1 or 2. */
  int formatVersion();

  /** The credential id, a {@code urn:uuid:} URI. */
  String credentialId();

  /** The credential type, e.g. {@code EducationCredential}. */
  String type();

  /** The public title. */
  String title();

  /** The issuer's id: the chain address of the key it was registered with. */
  AccountAddress issuer();

  Instant validFrom();

  Optional<Instant> validUntil();

  /** The credential's id in the on-chain registry. */
  Bytes32 statusId();

  /** The SM2 public key that signed. */
  Sm2PublicKey signerKey();

  /** The disclosed claims. */
  List<Disclosure> disclosures();

  /** The names of the disclosed claims. */
  Set<String> disclosedNames();

  /** The batch size the Merkle proof states. */
  int batchSize();
}
