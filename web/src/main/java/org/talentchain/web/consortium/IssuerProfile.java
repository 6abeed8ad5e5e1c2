package org.talentchain.web.consortium;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.Sm2PublicKey;
import org.talentchain.web.base.i18n.SupportedLanguage;

/**
 * A member institution's public profile (names, region) and its keys as registered on the ledger.
 * The ledger holds only the SM3 digest of this profile ({@link #metadata()}), never the profile.
 */
@Entity
@Table(name = "issuer_profile")
public class IssuerProfile {
  @Id private UUID id;

  @Column(name = "chain_address", nullable = false, unique = true)
  private String chainAddress;

  @Column(name = "name_zh", nullable = false)
  private String nameZh;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Region region;

  @Column(name = "public_key", nullable = false)
  private String publicKey;

  /** Alias of the private key in this application's key store, when the app holds it. */
  @Column(name = "key_alias")
  private String keyAlias;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private IssuerStanding status;

  @Column(name = "registered_block", nullable = false)
  private long registeredBlock;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected IssuerProfile() {}

  public IssuerProfile(
      String nameZh,
      String nameEn,
      Region region,
      Sm2PublicKey initialKey,
      String keyAlias,
      long registeredBlock) {
    this.nameZh = requireName(nameZh, "Chinese name");
    this.nameEn = requireName(nameEn, "English name");
    this.region = Objects.requireNonNull(region, "region");
    this.id = UUID.randomUUID();
    this.chainAddress = initialKey.address().hex();
    this.publicKey = initialKey.hex();
    this.keyAlias = keyAlias;
    this.status = IssuerStanding.ACTIVE;
    this.registeredBlock = registeredBlock;
    this.createdAt = Instant.now();
  }

  /**
   * The canonical bytes of the public profile whose SM3 digest is registered on chain: names and
   * region, one per line, so anyone holding the profile can check it against the ledger.
   */
  public static byte[] metadata(String nameZh, String nameEn, Region region) {
    return (nameZh.strip() + "\n" + nameEn.strip() + "\n" + region.name())
        .getBytes(StandardCharsets.UTF_8);
  }

  public byte[] metadata() {
    return metadata(nameZh, nameEn, region);
  }

  private static String requireName(String name, String what) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
    if (name.strip().length() > 200) {
      throw new IllegalArgumentException(what + " is longer than 200 characters");
    }
    return name.strip();
  }

  void suspend() {
    status = IssuerStanding.SUSPENDED;
  }

  void reinstate() {
    status = IssuerStanding.ACTIVE;
  }

  void rotateTo(Sm2PublicKey newKey, String newAlias) {
    publicKey = newKey.hex();
    keyAlias = newAlias;
  }

  public UUID getId() {
    return id;
  }

  public AccountAddress chainAddress() {
    return AccountAddress.fromHex(chainAddress);
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  /** The name to show a reader: Chinese for Chinese readers, English otherwise. */
  public String displayName(Locale locale) {
    return SupportedLanguage.closestTo(locale).chinese() ? nameZh : nameEn;
  }

  public Region getRegion() {
    return region;
  }

  public Sm2PublicKey currentPublicKey() {
    return Sm2PublicKey.fromHex(publicKey);
  }

  public String getKeyAlias() {
    return keyAlias;
  }

  public IssuerStanding getStatus() {
    return status;
  }

  public long getRegisteredBlock() {
    return registeredBlock;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
