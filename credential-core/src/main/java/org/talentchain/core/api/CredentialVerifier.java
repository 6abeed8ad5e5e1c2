package org.talentchain.core.api;

import static org.talentchain.core.api.CheckStatus.FAILED;
import static org.talentchain.core.api.CheckStatus.NOT_APPLICABLE;
import static org.talentchain.core.api.CheckStatus.PASSED;
import static org.talentchain.core.api.CheckStatus.UNAVAILABLE;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.talentchain.core.internal.crypto.Sm2KeyCache;
import org.talentchain.core.spi.AnchorRecord;
import org.talentchain.core.spi.CredentialLedgerReader;
import org.talentchain.core.spi.CredentialStatus;
import org.talentchain.core.spi.IssuerRecord;
import org.talentchain.core.spi.IssuerStatus;
import org.talentchain.core.spi.KeyRecord;
import org.talentchain.core.spi.LedgerException;
import org.talentchain.core.spi.LedgerInfo;

/**
 * Verifies presentations against a ledger and returns an itemised {@link VerificationReport}.
 *
 * <p>Guarantees: every {@link Check} is reported, whatever fails; one failure never hides another.
 * Bad input never throws: it yields {@link Verdict#UNREADABLE}. A ledger that cannot be reached
 * never makes a credential invalid: its checks are {@link CheckStatus#UNAVAILABLE} and the verdict
 * is {@link Verdict#CANNOT_VERIFY_NOW} unless an offline check already failed. Built with every
 * check on; switching one off is an explicit builder call. Thread-safe.
 */
public final class CredentialVerifier {
  private final CredentialLedgerReader ledger;
  private final Clock clock;
  private final boolean checkStatus;
  private final Sm2KeyCache keys;

  private CredentialVerifier(Builder builder) {
    this.ledger = builder.ledger;
    this.clock = builder.clock;
    this.checkStatus = builder.checkStatus;
    this.keys = new Sm2KeyCache(builder.keyCacheCapacity);
  }

  /** How many issuer keys a verifier keeps prepared unless told otherwise. */
  public static final int DEFAULT_KEY_CACHE_CAPACITY = 256;

  /** A builder verifying against {@code ledger}, with every check on. */
  public static Builder builder(CredentialLedgerReader ledger) {
    return new Builder(ledger);
  }

  /**
   * Verifies the text of a QR code ({@code TC1:...} or {@code TC2:...}) or a version 1 presentation
   * in JSON.
   */
  public VerificationReport verify(String input) {
    Instant now = clock.instant();
    VerifiablePresentation presentation;
    try {
      presentation = readInput(input);
    } catch (MalformedCredentialException e) {
      return unreadable(e, now);
    }
    return verify(presentation, now);
  }

  /** Verifies a presentation of either format. */
  public VerificationReport verify(VerifiablePresentation presentation) {
    return verify(presentation, clock.instant());
  }

  static VerifiablePresentation readInput(String input) throws MalformedCredentialException {
    if (input == null || input.isBlank()) {
      throw new MalformedCredentialException(ReasonCode.BAD_ENCODING, "empty input");
    }
    String text = input.strip();
    if (text.startsWith("{")) {
      return Presentation.parse(text);
    }
    return QrPayloadCodec.decode(text);
  }

  private VerificationReport unreadable(MalformedCredentialException e, Instant now) {
    List<CheckResult> checks = new ArrayList<>();
    checks.add(CheckResult.of(Check.WELL_FORMED, FAILED, e.reason(), e.getMessage()));
    for (Check c : Check.values()) {
      if (c != Check.WELL_FORMED) {
        checks.add(CheckResult.of(c, NOT_APPLICABLE, ReasonCode.NOT_CHECKED_UNREADABLE));
      }
    }
    return new VerificationReport(
        Verdict.UNREADABLE, checks, Optional.empty(), Optional.empty(), Optional.empty(), now);
  }

  private VerificationReport verify(VerifiablePresentation p, Instant now) {
    Map<Check, CheckResult> r = new EnumMap<>(Check.class);
    r.put(Check.WELL_FORMED, CheckResult.of(Check.WELL_FORMED, PASSED, ReasonCode.WELL_FORMED));

    boolean signatureValid;
    Optional<Bytes32> root;
    switch (p) {
      case Presentation v1 -> {
        SignedCredential vc = v1.credential();
        signatureValid = keys.verify(vc.signerKey(), vc.signingInput(), vc.signature());
        Set<Bytes32> committed = new HashSet<>(v1.credential().disclosureDigests());
        r.put(Check.DISCLOSURES, disclosures(v1, d -> committed.contains(d.digest())));
        root = v1.proof().rootFor(v1.credential().fingerprint());
      }
      case CompactPresentation v2 -> {
        // Version 2 carries no digest for a disclosed claim: the verifier restores the signed list
        // from the disclosures, so the signature is what confirms them.
        CompactCredential vc = v2.credential();
        signatureValid = keys.verify(vc.signerKey(), vc.signingInput(), vc.signature());
        r.put(
            Check.DISCLOSURES,
            signatureValid
                ? disclosures(v2, d -> true)
                : CheckResult.of(Check.DISCLOSURES, FAILED, ReasonCode.DISCLOSURES_NOT_CONFIRMED));
        root = v2.proof().rootFor(v2.credential().fingerprint());
      }
    }
    r.put(
        Check.SIGNATURE,
        signatureValid
            ? CheckResult.of(Check.SIGNATURE, PASSED, ReasonCode.SIGNATURE_VALID)
            : CheckResult.of(Check.SIGNATURE, FAILED, ReasonCode.SIGNATURE_INVALID));
    r.put(
        Check.MERKLE_PROOF,
        root.isPresent()
            ? CheckResult.of(Check.MERKLE_PROOF, PASSED, ReasonCode.PROOF_VALID, p.batchSize())
            : CheckResult.of(Check.MERKLE_PROOF, FAILED, ReasonCode.PROOF_MALFORMED));

    LedgerView view = new LedgerView();
    Optional<AnchorRecord> anchor = Optional.empty();
    if (root.isEmpty()) {
      r.put(
          Check.ANCHORED, CheckResult.of(Check.ANCHORED, NOT_APPLICABLE, ReasonCode.NEEDS_ANCHOR));
    } else {
      Optional<Optional<AnchorRecord>> found = view.ask(() -> ledger.findAnchor(root.get()));
      if (found.isEmpty()) {
        r.put(Check.ANCHORED, unavailable(Check.ANCHORED));
      } else if (found.get().isEmpty()) {
        r.put(Check.ANCHORED, CheckResult.of(Check.ANCHORED, FAILED, ReasonCode.NOT_ANCHORED));
      } else if (!found.get().get().issuerId().equals(p.issuer())) {
        r.put(
            Check.ANCHORED,
            CheckResult.of(Check.ANCHORED, FAILED, ReasonCode.ANCHORED_BY_OTHER_ISSUER));
      } else if (found.get().get().credentialCount() != p.batchSize()) {
        // A path proves a position only together with the batch size it was built for: the same
        // leaf and path can verify as (i=2, n=3) and (i=1, n=2). The ledger's count is the truth.
        r.put(
            Check.ANCHORED,
            CheckResult.of(
                Check.ANCHORED,
                FAILED,
                ReasonCode.ANCHORED_BATCH_SIZE_MISMATCH,
                p.batchSize(),
                found.get().get().credentialCount()));
      } else {
        anchor = found.get();
        r.put(
            Check.ANCHORED,
            CheckResult.of(
                Check.ANCHORED,
                PASSED,
                ReasonCode.ANCHORED,
                anchor.get().blockNumber(),
                anchor.get().blockTime()));
      }
    }

    Optional<Optional<IssuerRecord>> issuer = view.ask(() -> ledger.findIssuer(p.issuer()));
    if (issuer.isEmpty()) {
      r.put(Check.ISSUER, unavailable(Check.ISSUER));
      r.put(Check.ISSUER_KEY, unavailable(Check.ISSUER_KEY));
    } else if (issuer.get().isEmpty()) {
      r.put(
          Check.ISSUER,
          CheckResult.of(Check.ISSUER, FAILED, ReasonCode.ISSUER_UNKNOWN, p.issuer()));
      r.put(
          Check.ISSUER_KEY,
          CheckResult.of(
              Check.ISSUER_KEY, FAILED, ReasonCode.KEY_NOT_OF_ISSUER, p.signerKey().address()));
    } else {
      IssuerRecord record = issuer.get().get();
      // Only a key the ledger lists for this issuer is prepared and kept for the next time: a
      // stranger's key can never fill the cache or push a trusted key out.
      record
          .key(p.signerKey().address())
          .filter(k -> k.publicKey().equals(p.signerKey()))
          .ifPresent(k -> keys.admit(k.publicKey()));
      r.put(
          Check.ISSUER,
          record.status() == IssuerStatus.ACTIVE
              ? CheckResult.of(Check.ISSUER, PASSED, ReasonCode.ISSUER_ACTIVE, p.issuer())
              : CheckResult.of(Check.ISSUER, FAILED, ReasonCode.ISSUER_SUSPENDED, p.issuer()));
      r.put(Check.ISSUER_KEY, issuerKey(record, p, anchor, r.get(Check.ANCHORED)));
    }

    if (!checkStatus) {
      r.put(Check.STATUS, CheckResult.of(Check.STATUS, NOT_APPLICABLE, ReasonCode.CHECK_DISABLED));
    } else {
      Optional<CredentialStatus> status =
          view.ask(() -> ledger.credentialStatus(p.issuer(), p.statusId()));
      r.put(
          Check.STATUS,
          status.map(s -> statusResult(s)).orElseGet(() -> unavailable(Check.STATUS)));
    }

    r.put(Check.VALIDITY, validity(p, now));

    Optional<LedgerInfo> info = view.available ? view.ask(ledger::info) : Optional.empty();
    List<CheckResult> checks = List.copyOf(r.values());
    return new VerificationReport(verdict(r), checks, Optional.of(p), anchor, info, now);
  }

  /** Every disclosure {@code signed}, no name twice. */
  private static CheckResult disclosures(VerifiablePresentation p, Predicate<Disclosure> signed) {
    Set<String> names = new HashSet<>();
    for (Disclosure d : p.disclosures()) {
      if (!signed.test(d)) {
        return CheckResult.of(
            Check.DISCLOSURES, FAILED, ReasonCode.DISCLOSURE_NOT_SIGNED, d.name());
      }
      if (!names.add(d.name())) {
        return CheckResult.of(Check.DISCLOSURES, FAILED, ReasonCode.DISCLOSURE_DUPLICATE, d.name());
      }
    }
    if (p.disclosures().isEmpty()) {
      return CheckResult.of(Check.DISCLOSURES, PASSED, ReasonCode.NOTHING_DISCLOSED);
    }
    return CheckResult.of(
        Check.DISCLOSURES, PASSED, ReasonCode.DISCLOSURES_MATCH, p.disclosures().size());
  }

  private static CheckResult issuerKey(
      IssuerRecord issuer,
      VerifiablePresentation vc,
      Optional<AnchorRecord> anchor,
      CheckResult anchored) {
    Optional<KeyRecord> key = issuer.key(vc.signerKey().address());
    if (key.isEmpty() || !key.get().publicKey().equals(vc.signerKey())) {
      return CheckResult.of(
          Check.ISSUER_KEY, FAILED, ReasonCode.KEY_NOT_OF_ISSUER, vc.signerKey().address());
    }
    if (anchor.isEmpty()) {
      return anchored.status() == UNAVAILABLE
          ? unavailable(Check.ISSUER_KEY)
          : CheckResult.of(Check.ISSUER_KEY, NOT_APPLICABLE, ReasonCode.NEEDS_ANCHOR);
    }
    Instant at = anchor.get().blockTime();
    CheckResult signer = keyAt(key.get(), at);
    if (signer.status() != PASSED) {
      return signer;
    }
    Optional<KeyRecord> submitter = issuer.key(anchor.get().submittedBy());
    if (submitter.isEmpty()) {
      return CheckResult.of(
          Check.ISSUER_KEY, FAILED, ReasonCode.KEY_NOT_OF_ISSUER, anchor.get().submittedBy());
    }
    CheckResult submitted = keyAt(submitter.get(), at);
    return submitted.status() != PASSED ? submitted : signer;
  }

  private static CheckResult keyAt(KeyRecord key, Instant at) {
    if (at.isBefore(key.activatedAt())) {
      return CheckResult.of(Check.ISSUER_KEY, FAILED, ReasonCode.KEY_NOT_YET_ACTIVE, key.address());
    }
    if (key.compromisedSince() != null && !at.isBefore(key.compromisedSince())) {
      return CheckResult.of(
          Check.ISSUER_KEY,
          FAILED,
          ReasonCode.KEY_COMPROMISED_BEFORE_ANCHORING,
          key.address(),
          key.compromisedSince());
    }
    if (key.retiredAt() != null && !at.isBefore(key.retiredAt())) {
      return CheckResult.of(
          Check.ISSUER_KEY,
          FAILED,
          ReasonCode.KEY_RETIRED_BEFORE_ANCHORING,
          key.address(),
          key.retiredAt());
    }
    return CheckResult.of(
        Check.ISSUER_KEY, PASSED, ReasonCode.KEY_VALID_AT_ANCHORING, key.address());
  }

  private static CheckResult statusResult(CredentialStatus status) {
    return switch (status.state()) {
      case ACTIVE -> CheckResult.of(Check.STATUS, PASSED, ReasonCode.NOT_REVOKED);
      case REVOKED ->
          CheckResult.of(
              Check.STATUS, FAILED, ReasonCode.REVOKED, status.reasonCode(), status.changedAt());
      case SUSPENDED ->
          CheckResult.of(
              Check.STATUS, FAILED, ReasonCode.SUSPENDED, status.reasonCode(), status.changedAt());
    };
  }

  private static CheckResult validity(VerifiablePresentation vc, Instant now) {
    if (now.isBefore(vc.validFrom())) {
      return CheckResult.of(Check.VALIDITY, FAILED, ReasonCode.NOT_YET_VALID, vc.validFrom());
    }
    if (vc.validUntil().isPresent() && !now.isBefore(vc.validUntil().get())) {
      return CheckResult.of(Check.VALIDITY, FAILED, ReasonCode.EXPIRED, vc.validUntil().get());
    }
    return vc.validUntil().isPresent()
        ? CheckResult.of(
            Check.VALIDITY,
            PASSED,
            ReasonCode.WITHIN_VALIDITY,
            vc.validFrom(),
            vc.validUntil().get())
        : CheckResult.of(Check.VALIDITY, PASSED, ReasonCode.NO_EXPIRY, vc.validFrom());
  }

  private static CheckResult unavailable(Check check) {
    return CheckResult.of(check, UNAVAILABLE, ReasonCode.LEDGER_UNAVAILABLE);
  }

  static Verdict verdict(Map<Check, CheckResult> r) {
    if (failed(r, Check.SIGNATURE, Check.DISCLOSURES, Check.MERKLE_PROOF)) {
      return Verdict.INVALID;
    }
    if (failed(r, Check.ISSUER, Check.ISSUER_KEY)) {
      return Verdict.UNTRUSTED_ISSUER;
    }
    if (failed(r, Check.ANCHORED)) {
      return Verdict.INVALID;
    }
    CheckResult status = r.get(Check.STATUS);
    if (status.status() == FAILED) {
      return status.reason() == ReasonCode.REVOKED ? Verdict.REVOKED : Verdict.SUSPENDED;
    }
    CheckResult validity = r.get(Check.VALIDITY);
    if (validity.status() == FAILED) {
      return validity.reason() == ReasonCode.EXPIRED ? Verdict.EXPIRED : Verdict.NOT_YET_VALID;
    }
    if (r.values().stream().anyMatch(c -> c.status() == UNAVAILABLE)) {
      return Verdict.CANNOT_VERIFY_NOW;
    }
    return Verdict.VALID;
  }

  private static boolean failed(Map<Check, CheckResult> r, Check... checks) {
    for (Check c : checks) {
      if (r.get(c).status() == FAILED) {
        return true;
      }
    }
    return false;
  }

  /** Asks the ledger until it first fails, then stops asking (a dead ledger is slow to say so). */
  private static final class LedgerView {
    boolean available = true;

    <T> Optional<T> ask(LedgerCall<T> call) {
      if (!available) {
        return Optional.empty();
      }
      try {
        return Optional.of(call.call());
      } catch (LedgerException | RuntimeException e) {
        available = false;
        return Optional.empty();
      }
    }
  }

  @FunctionalInterface
  private interface LedgerCall<T> {
    T call() throws LedgerException;
  }

  /** Configures a {@link CredentialVerifier}; starts with every check on. */
  public static final class Builder {
    private final CredentialLedgerReader ledger;
    private Clock clock = Clock.systemUTC();
    private boolean checkStatus = true;
    private int keyCacheCapacity = DEFAULT_KEY_CACHE_CAPACITY;

    private Builder(CredentialLedgerReader ledger) {
      this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /** The clock that decides "now" for validity periods. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Turns off the revocation and suspension check. Only for callers with their own status source;
     * the report then says the check was disabled.
     */
    public Builder withoutRevocationCheck() {
      this.checkStatus = false;
      return this;
    }

    /**
     * How many issuer keys the verifier keeps decoded and precomputed (about 4 KB each), least
     * recently used dropped first; {@value #DEFAULT_KEY_CACHE_CAPACITY} unless set. Only keys the
     * ledger lists for a registered issuer are kept.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder keyCacheCapacity(int capacity) {
      if (capacity <= 0) {
        throw new IllegalArgumentException("key cache capacity must be positive");
      }
      this.keyCacheCapacity = capacity;
      return this;
    }

    /** The verifier, configured as set. */
    public CredentialVerifier build() {
      return new CredentialVerifier(this);
    }
  }
}
