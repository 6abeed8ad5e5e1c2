package org.talentchain.web.issuance;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentchain.web.base.abuse.ClientRateLimiter;
import org.talentchain.web.security.CurrentUser;
import org.talentchain.web.security.SignedInUser;

/**
 * How a credential reaches its holder's wallet (issue 10, finding 10): every credential gets a
 * one-time {@link ClaimCode} when it is issued; the registrar hands it to the graduate, who redeems
 * it signed in to their own account. Nothing is ever delivered to an account someone typed.
 *
 * <ul>
 *   <li>Only the SHA-256 hash of a code is stored; the plain code exists once, in the issuance
 *       result.
 *   <li>A code is redeemable once, until {@code talentchain.claims.valid-for} (90 days) after it
 *       was made, and only while its credential belongs to nobody.
 *   <li>A wrong, expired or used code, and a credential already claimed, all give the same answer,
 *       so that trying codes teaches nothing.
 *   <li>Attempts are limited to {@code talentchain.claims.attempts-per-hour} (10) per holder
 *       account and per client address; with 80 random bits a guess succeeds with odds of about
 *       2^-80 anyway, the limit keeps the database and the logs quiet.
 * </ul>
 */
@Service
public class ClaimService {
  private static final Logger log = LoggerFactory.getLogger(ClaimService.class);

  /** Why a code was not accepted, as a message key; the same key for every kind of wrong code. */
  public static final class ClaimException extends Exception {
    /** Wrong, expired, used, or for a credential that already has a holder: one answer for all. */
    public static final String INVALID = "claim.error.invalid";

    /** Too many attempts from this account or this address within the hour. */
    public static final String TOO_MANY = "claim.error.tooMany";

    private final String messageKey;

    ClaimException(String messageKey) {
      super(messageKey);
      this.messageKey = messageKey;
    }

    public String messageKey() {
      return messageKey;
    }
  }

  private final HolderClaimRepository claims;
  private final IssuedCredentialRepository credentials;
  private final CurrentUser currentUser;
  private final TransactionTemplate transactions;
  private final Duration validFor;
  private final ClientRateLimiter perAccount;
  private final ClientRateLimiter perAddress;
  private final SecureRandom random = new SecureRandom();

  ClaimService(
      HolderClaimRepository claims,
      IssuedCredentialRepository credentials,
      CurrentUser currentUser,
      TransactionTemplate transactions,
      @Value("${talentchain.claims.valid-for:90d}") Duration validFor,
      @Value("${talentchain.claims.attempts-per-hour:10}") int attemptsPerHour) {
    if (validFor.isNegative() || validFor.isZero()) {
      throw new IllegalArgumentException("talentchain.claims.valid-for must be positive");
    }
    this.claims = claims;
    this.credentials = credentials;
    this.currentUser = currentUser;
    this.transactions = transactions;
    this.validFor = validFor;
    this.perAccount = new ClientRateLimiter(attemptsPerHour, Duration.ofHours(1));
    this.perAddress = new ClientRateLimiter(attemptsPerHour, Duration.ofHours(1));
  }

  /**
   * Attaches the credential of {@code typedCode} to the signed-in holder's account and uses the
   * code up. {@code clientAddress} is where the attempt came from, for the per-address limit.
   *
   * @throws ClaimException {@link ClaimException#TOO_MANY} over the limit, otherwise {@link
   *     ClaimException#INVALID} for any code that does not deliver a credential now
   */
  @PreAuthorize("hasRole('HOLDER')")
  @Transactional(rollbackFor = ClaimException.class)
  public IssuedCredential redeem(String typedCode, String clientAddress) throws ClaimException {
    SignedInUser holder = currentUser.require();
    String address =
        clientAddress == null || clientAddress.isBlank()
            ? "unknown"
            : clientAddress.substring(0, Math.min(clientAddress.length(), 64));
    if (!perAccount.tryConsume(holder.username()).allowed()
        || !perAddress.tryConsume(address).allowed()) {
      log.warn("Claim attempts over the limit for account {} or {}", holder.userId(), address);
      throw new ClaimException(ClaimException.TOO_MANY);
    }
    ClaimCode code =
        ClaimCode.parse(typedCode).orElseThrow(() -> new ClaimException(ClaimException.INVALID));
    String hash = code.hash();
    if (claims.redeem(hash, holder.username(), Instant.now()) != 1) {
      log.info("A claim code that is wrong, expired or used was tried by {}", holder.userId());
      throw new ClaimException(ClaimException.INVALID);
    }
    HolderClaim claim = claims.findByCodeHash(hash).orElseThrow();
    IssuedCredential credential = credentials.findById(claim.getCredentialRowId()).orElseThrow();
    if (credential.getHolderUsername() != null) {
      // Rolled back with the exception: the code stays as it was.
      log.warn("Claim code for the already claimed {} was tried", credential.getCredentialId());
      throw new ClaimException(ClaimException.INVALID);
    }
    credential.claimBy(holder.username());
    credential.getIssuer().getNameEn();
    log.info("Credential {} claimed by account {}", credential.getCredentialId(), holder.userId());
    return credential;
  }

  /**
   * A code for each credential of a freshly anchored batch, in the order of {@code credentialIds}
   * (the order of the requests).
   */
  List<IssuedClaimCode> createFor(IssuanceBatch batch, List<String> credentialIds, String by) {
    return transactions.execute(
        s -> {
          Map<String, IssuedCredential> issued =
              credentials.findByBatchId(batch.getId()).stream()
                  .collect(
                      Collectors.toMap(IssuedCredential::getCredentialId, Function.identity()));
          Instant now = Instant.now();
          List<IssuedClaimCode> codes = new ArrayList<>(credentialIds.size());
          List<HolderClaim> rows = new ArrayList<>(credentialIds.size());
          for (String id : credentialIds) {
            IssuedCredential c = issued.get(id);
            if (c == null) {
              throw new IllegalStateException(
                  "credential " + id + " is not in batch " + batch.getId());
            }
            ClaimCode code = ClaimCode.generate(random);
            rows.add(new HolderClaim(c.getId(), code, by, now, now.plus(validFor)));
            codes.add(slip(c, code, now.plus(validFor)));
          }
          claims.saveAll(rows);
          return codes;
        });
  }

  /**
   * A new code for a credential nobody has claimed yet, closing its older codes (a registrar lost
   * the code, or the batch was completed by the reconciler after the ledger came back).
   *
   * @throws IllegalStateException if the credential already belongs to a holder
   */
  IssuedClaimCode renew(UUID credentialRowId, String by) {
    return transactions.execute(
        s -> {
          IssuedCredential c = credentials.findById(credentialRowId).orElseThrow();
          if (c.getHolderUsername() != null) {
            throw new IllegalStateException("credential " + c.getCredentialId() + " is claimed");
          }
          Instant now = Instant.now();
          claims.closeOpen(c.getId(), now);
          ClaimCode code = ClaimCode.generate(random);
          claims.save(new HolderClaim(c.getId(), code, by, now, now.plus(validFor)));
          log.info("New claim code for {} by {}", c.getCredentialId(), by);
          return slip(c, code, now.plus(validFor));
        });
  }

  private static IssuedClaimCode slip(IssuedCredential c, ClaimCode code, Instant expires) {
    return new IssuedClaimCode(
        c.getId(), c.getCredentialId(), c.getHolderName(), c.getTitle(), code, expires);
  }
}
