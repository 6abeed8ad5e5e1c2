package org.talentchain.web.share;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentchain.core.api.QrPayloadCodec;
import org.talentchain.web.base.ledger.TalentChainProperties;
import org.talentchain.web.base.qr.ShareLinkText;
import org.talentchain.web.issuance.IssuedCredential;
import org.talentchain.web.issuance.IssuedCredentialRepository;
import org.talentchain.web.privacy.ConsentPurpose;
import org.talentchain.web.privacy.ConsentService;
import org.talentchain.web.security.CurrentUser;
import org.talentchain.web.verification.Channel;
import org.talentchain.web.verification.VerificationEvent;
import org.talentchain.web.verification.VerificationEventRepository;
import org.talentchain.web.verification.VerificationOutcome;
import org.talentchain.web.verification.VerificationRecorder;
import org.talentchain.web.verification.VerificationService;

/**
 * Creates, lists and withdraws a holder's share links, and opens one for a visitor.
 *
 * <p>A link is {@code <public URL>/S/<id>#<key>}: the server stores the presentation's QR text
 * sealed with AES-256-GCM under {@code key}, which it forgets as soon as the link is made. A
 * visitor's browser sends the key (from the fragment, which it never sends by itself) once to open
 * the share; the server decrypts, verifies as the public verifier does, records the verification
 * under the share and keeps nothing of the key.
 */
@Service
public class ShareService {
  private final CredentialShareRepository shares;
  private final IssuedCredentialRepository credentials;
  private final VerificationEventRepository events;
  private final VerificationService verification;
  private final CurrentUser currentUser;
  private final TalentChainProperties properties;
  private final Clock clock;
  private final ConsentService consents;
  private final VerificationRecorder recorder;

  ShareService(
      CredentialShareRepository shares,
      IssuedCredentialRepository credentials,
      VerificationEventRepository events,
      VerificationService verification,
      CurrentUser currentUser,
      TalentChainProperties properties,
      ObjectProvider<Clock> clock,
      ConsentService consents,
      VerificationRecorder recorder) {
    this.recorder = recorder;
    this.consents = consents;
    this.shares = shares;
    this.credentials = credentials;
    this.events = events;
    this.verification = verification;
    this.currentUser = currentUser;
    this.properties = properties;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /** A share just made, with the only copy of its link. */
  public record NewShare(CredentialShare share, String url) {}

  /** A share as its holder sees it: the share and the verifications made through it. */
  public record SharedView(
      CredentialShare share, CredentialShare.State state, List<VerificationEvent> verifications) {}

  /** What a visitor gets for a link: the report, or why there is none. */
  public record Opening(Result result, Optional<VerificationOutcome> outcome) {
    /** Why. */
    public enum Result {
      VERIFIED,
      EXPIRED,
      WITHDRAWN,
      /** No such share, or a key that does not open it: the link is incomplete or mistyped. */
      CANNOT_OPEN
    }

    static Opening without(Result result) {
      return new Opening(result, Optional.empty());
    }
  }

  /**
   * Shares the holder's credential {@code credentialRef} with only {@code claimNames} disclosed.
   *
   * @param recipientLabel for the holder's own list (e.g. the employer), may be blank
   */
  @PreAuthorize("hasRole('HOLDER')")
  @Transactional
  public NewShare create(
      UUID credentialRef,
      Collection<String> claimNames,
      ShareExpiry expiry,
      String recipientLabel) {
    return create(credentialRef, claimNames, expiry, recipientLabel, false);
  }

  /** The never-expiring share printed on a certificate; returns its link. */
  @PreAuthorize("hasRole('HOLDER')")
  @Transactional
  public String createPrinted(UUID credentialRef, Collection<String> claimNames) {
    return create(credentialRef, claimNames, ShareExpiry.NONE, null, true).url();
  }

  private NewShare create(
      UUID credentialRef,
      Collection<String> claimNames,
      ShareExpiry expiry,
      String recipientLabel,
      boolean printed) {
    IssuedCredential credential = mine(credentialRef);
    // The holder's name is always disclosed: without it a genuine certificate proves nothing about
    // the person who shows it.
    List<String> names =
        credential.document().claims().keySet().stream()
            .filter(
                name -> claimNames.contains(name) || VerificationOutcome.HOLDER_NAME.equals(name))
            .toList();
    String qrText = QrPayloadCodec.encode(credential.document().present(names));
    if (!printed) {
      // The holder's consent to disclose exactly these particulars to whoever holds the link; a
      // printed certificate's consent is recorded by the wallet, which asks for the print.
      consents.record(ConsentPurpose.SHARE_LINK, credential.getCredentialId(), names);
    }
    String id = ShareSeal.newId();
    byte[] key = ShareSeal.newKey();
    Instant now = clock.instant();
    CredentialShare share =
        shares.save(
            new CredentialShare(
                id,
                credential,
                recipientLabel,
                names,
                printed,
                now,
                expiry.from(now),
                ShareSeal.seal(id, key, qrText)));
    return new NewShare(share, url(properties.publicUrl(), id, key));
  }

  /** The holder's shares of one credential, newest first, each with its verifications. */
  @PreAuthorize("hasRole('HOLDER')")
  @Transactional(readOnly = true)
  public List<SharedView> sharesOf(UUID credentialRef) {
    mine(credentialRef);
    List<CredentialShare> list = shares.findByCredentialIdOrderByCreatedAtDesc(credentialRef);
    if (list.isEmpty()) {
      return List.of();
    }
    recorder.flush();
    Map<String, List<VerificationEvent>> byShare =
        events
            .findByShareIdInOrderByVerifiedAtDesc(
                list.stream().map(CredentialShare::getId).toList())
            .stream()
            .collect(Collectors.groupingBy(VerificationEvent::getShareId));
    Instant now = clock.instant();
    List<SharedView> out = new ArrayList<>();
    for (CredentialShare s : list) {
      out.add(new SharedView(s, s.state(now), byShare.getOrDefault(s.getId(), List.of())));
    }
    return out;
  }

  /** Withdraws one of the holder's shares: from now on its link says so. */
  @PreAuthorize("hasRole('HOLDER')")
  @Transactional
  public void withdraw(String shareId) {
    CredentialShare share = shares.findById(shareId).orElseThrow();
    if (!currentUser.require().username().equals(share.getHolderUsername())) {
      throw new AccessDeniedException("a holder withdraws only their own shares");
    }
    share.withdraw(clock.instant());
  }

  /**
   * Opens a share for a visitor with the key from the link's fragment and verifies it. Never throws
   * for a bad id or key. The key is used for this call only.
   */
  public Opening open(String shareId, String keyText, Locale locale) {
    String id = shareId == null ? "" : shareId.strip().toUpperCase(Locale.ROOT);
    Optional<CredentialShare> found = id.length() > 32 ? Optional.empty() : shares.findById(id);
    Optional<byte[]> key = ShareSeal.parseKey(keyText);
    if (found.isEmpty() || key.isEmpty()) {
      return Opening.without(Opening.Result.CANNOT_OPEN);
    }
    CredentialShare share = found.get();
    switch (share.state(clock.instant())) {
      case WITHDRAWN -> {
        return Opening.without(Opening.Result.WITHDRAWN);
      }
      case EXPIRED -> {
        return Opening.without(Opening.Result.EXPIRED);
      }
      case OPEN -> {}
    }
    Optional<String> qrText = ShareSeal.open(share.getId(), key.get(), share.sealed());
    if (qrText.isEmpty()) {
      return Opening.without(Opening.Result.CANNOT_OPEN);
    }
    VerificationOutcome outcome =
        verification.verify(
            qrText.get(), Channel.SHARE, share.getRecipientLabel(), locale, share.getId());
    return new Opening(Opening.Result.VERIFIED, Optional.of(outcome));
  }

  /** The link of share {@code id} under {@code publicUrl}, as {@link ShareLinkText} writes it. */
  static String url(String publicUrl, String id, byte[] key) {
    return ShareLinkText.url(publicUrl, id, ShareSeal.keyText(key));
  }

  private IssuedCredential mine(UUID credentialRef) {
    IssuedCredential c = credentials.findById(credentialRef).orElseThrow();
    if (!currentUser.require().username().equals(c.getHolderUsername())) {
      throw new AccessDeniedException("a holder shares only their own credentials");
    }
    return c;
  }
}
