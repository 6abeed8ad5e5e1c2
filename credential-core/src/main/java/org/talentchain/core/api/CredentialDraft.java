package org.talentchain.core.api;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What an issuer wants to say about a holder before it is signed.
 *
 * @param id the credential id, a {@code urn:uuid:} URI
 * @param type the credential type, e.g. {@code EducationCredential} or {@code
 *     FintechTalentCredential}
 * @param name a short public title, e.g. "Bachelor of Engineering"
 * @param validFrom from when it holds
 * @param validUntil until when it holds, or null for no expiry (a degree)
 * @param claims the subject claims, name to value, in display order; every one is selectively
 *     disclosable
 */
public record CredentialDraft(
    String id,
    String type,
    String name,
    Instant validFrom,
    Instant validUntil,
    Map<String, String> claims) {

  public CredentialDraft {
    Objects.requireNonNull(id, "id");
    if (!id.startsWith("urn:uuid:")) {
      throw new IllegalArgumentException("credential id must be a urn:uuid: URI");
    }
    if (type == null || !type.matches("[A-Z][A-Za-z0-9]{0,63}")) {
      throw new IllegalArgumentException("type must be a CamelCase identifier: " + type);
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("name is required (at most 200 characters)");
    }
    Objects.requireNonNull(validFrom, "validFrom");
    if (validUntil != null && !validUntil.isAfter(validFrom)) {
      throw new IllegalArgumentException("validUntil must be after validFrom");
    }
    if (claims == null || claims.isEmpty()) {
      throw new IllegalArgumentException("a credential needs at least one claim");
    }
    if (claims.size() > 64) {
      throw new IllegalArgumentException("at most 64 claims");
    }
    LinkedHashMap<String, String> copy = new LinkedHashMap<>();
    claims.forEach((k, v) -> copy.put(ClaimNames.require(k), ClaimNames.requireValue(k, v)));
    claims = Collections.unmodifiableMap(copy);
  }

  /** A draft with a fresh random id. */
  public static CredentialDraft create(
      String type, String name, Instant validFrom, Instant validUntil, Map<String, String> claims) {
    return new CredentialDraft(
        "urn:uuid:" + UUID.randomUUID(), type, name, validFrom, validUntil, claims);
  }

  /** The claim names in display order. */
  public List<String> claimNames() {
    return List.copyOf(claims.keySet());
  }
}
