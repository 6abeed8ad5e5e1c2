/**
 * The talent credential library: credential model, canonical form, SM2/SM3, selective disclosure,
 * Merkle anchoring, verification, the QR payload codec (text), the ledger SPI and the embedded
 * ledger. Only {@code api} (what callers use) and {@code spi} (what ledgers implement) are
 * exported; everything under {@code internal} stays inside the module. No framework, database,
 * chain SDK or {@code java.desktop} is needed.
 */
module org.talentchain.core {
  requires org.bouncycastle.provider;
  requires org.bouncycastle.pkix;
  requires com.fasterxml.jackson.databind;
  requires org.apache.commons.codec;
  requires java.json.canonicalization;

  exports org.talentchain.core.api;
  exports org.talentchain.core.spi;
}
