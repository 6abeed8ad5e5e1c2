package org.talentchain.web.wallet;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentchain.core.api.HolderCredential;
import org.talentchain.core.api.Presentation;
import org.talentchain.core.api.QrPayloadCodec;
import org.talentchain.web.base.ledger.TalentChainProperties;
import org.talentchain.web.base.qr.QrCodes;
import org.talentchain.web.issuance.CredentialState;
import org.talentchain.web.issuance.IssuedCredential;
import org.talentchain.web.issuance.IssuedCredentialRepository;
import org.talentchain.web.privacy.ConsentPurpose;
import org.talentchain.web.privacy.ConsentService;
import org.talentchain.web.security.CurrentUser;
import org.talentchain.web.share.ShareService;
import org.talentchain.web.verification.VerificationEvent;
import org.talentchain.web.verification.VerificationEventRepository;
import org.talentchain.web.verification.VerificationOutcome;
import org.talentchain.web.verification.VerificationRecorder;
import org.talentchain.web.verification.VerificationService;

/**
 * The holder's wallet: their own credentials only, presentations with the claims they choose, the
 * QR code and printable certificate of each, and who verified them when.
 */
@Service
public class WalletService {
  private final IssuedCredentialRepository credentials;
  private final VerificationEventRepository events;
  private final CurrentUser currentUser;
  private final CertificatePdf certificates;
  private final VerificationService verification;
  private final TalentChainProperties properties;
  private final ShareService shares;
  private final ConsentService consents;
  private final VerificationRecorder recorder;

  WalletService(
      ConsentService consents,
      IssuedCredentialRepository credentials,
      VerificationEventRepository events,
      CurrentUser currentUser,
      CertificatePdf certificates,
      VerificationService verification,
      TalentChainProperties properties,
      ShareService shares,
      VerificationRecorder recorder) {
    this.recorder = recorder;
    this.credentials = credentials;
    this.events = events;
    this.currentUser = currentUser;
    this.certificates = certificates;
    this.verification = verification;
    this.properties = properties;
    this.shares = shares;
    this.consents = consents;
  }

  /** The signed-in holder's credentials, newest first. */
  @PreAuthorize("hasRole('HOLDER')")
  @Transactional(readOnly = true)
  public List<IssuedCredential> myCredentials() {
    return credentials.findByHolderUsernameOrderByIssuedAtDesc(currentUser.require().username());
  }

  /** One of the holder's credentials; anyone else's is refused. */
  @PreAuthorize("hasRole('HOLDER')")
  @Transactional(readOnly = true)
  public IssuedCredential mine(UUID id) {
    IssuedCredential c = credentials.findById(id).orElseThrow();
    if (!currentUser.require().username().equals(c.getHolderUsername())) {
      throw new AccessDeniedException("a holder sees only their own credentials");
    }
    c.getIssuer().getNameEn();
    return c;
  }

  /** All claims of one of the holder's credentials, in the issuer's order. */
  @PreAuthorize("hasRole('HOLDER')")
  @Transactional(readOnly = true)
  public Map<String, String> claims(UUID id) {
    return mine(id).document().claims();
  }

  /** Verifications shown per page of the holder's history. */
  public static final int HISTORY_PAGE_SIZE = 20;

  /**
   * What the wallet badges a credential as: its ledger state, except that an active credential past
   * its validity reads EXPIRED, as every verifier will say (a state key: ACTIVE, EXPIRED,
   * SUSPENDED, REVOKED).
   */
  public static String displayState(IssuedCredential c, Instant now) {
    return displayState(c.getStatus(), c.getValidUntil(), now);
  }

  static String displayState(CredentialState state, Instant validUntil, Instant now) {
    if (state == CredentialState.ACTIVE && validUntil != null && !now.isBefore(validUntil)) {
      return "EXPIRED";
    }
    return state.name();
  }

  /**
   * {@code claimNames} with the holder's name added: a presentation without it cannot be tied to
   * the person showing it, so the wallet never makes one.
   */
  public static Set<String> withHolderName(Collection<String> claimNames, Set<String> available) {
    Set<String> chosen = new LinkedHashSet<>();
    if (available.contains(VerificationOutcome.HOLDER_NAME)) {
      chosen.add(VerificationOutcome.HOLDER_NAME);
    }
    chosen.addAll(claimNames);
    return chosen;
  }

  /**
   * The QR text presenting {@code claimNames} of the credential and always the holder's name, made
   * because the holder asked for it: their consent to disclose exactly these particulars is
   * recorded with it.
   */
  @PreAuthorize("hasRole('HOLDER')")
  @Transactional
  public String qrText(UUID id, Collection<String> claimNames) {
    IssuedCredential c = mine(id);
    HolderCredential doc = c.document();
    Presentation p = doc.present(withHolderName(claimNames, doc.claims().keySet()));
    consents.record(ConsentPurpose.QR_CODE, c.getCredentialId(), p.disclosedNames());
    return QrPayloadCodec.encode(p);
  }

  /**
   * The compact self-contained QR text (format version 2, {@code TC2:}) presenting {@code
   * claimNames} and the holder's name, when the issuer signed the credential's compact twin; empty
   * otherwise. Smaller than the version 1 code, for offline checks and HR systems.
   */
  @PreAuthorize("hasRole('HOLDER')")
  @Transactional(readOnly = true)
  public Optional<String> compactQrText(UUID id, Collection<String> claimNames) {
    return compactQrText(mine(id).document(), claimNames);
  }

  static Optional<String> compactQrText(HolderCredential doc, Collection<String> claimNames) {
    return doc.compact()
        .map(
            twin ->
                QrPayloadCodec.encode(
                    doc.presentCompact(withHolderName(claimNames, doc.claims().keySet()))));
  }

  /** PNG of the QR code for on-screen display. */
  @PreAuthorize("hasRole('HOLDER')")
  public byte[] qrPng(String qrText) {
    return QrCodes.png(qrText, 3);
  }

  /**
   * The printable certificate: its QR code is a new never-expiring share link of the chosen
   * presentation, which any phone camera opens into the verification report (the holder can
   * withdraw it like any share). The holder's consent to disclose these particulars on paper is
   * recorded with it.
   */
  @PreAuthorize("hasRole('HOLDER')")
  @Transactional
  public byte[] certificatePdf(UUID id, Collection<String> claimNames, Locale locale) {
    IssuedCredential c = mine(id);
    HolderCredential doc = c.document();
    Set<String> chosen = withHolderName(claimNames, doc.claims().keySet());
    String qr = shares.createPrinted(id, chosen);
    consents.record(ConsentPurpose.PRINTED_CERTIFICATE, c.getCredentialId(), List.copyOf(chosen));
    Map<String, String> disclosed = new LinkedHashMap<>();
    doc.claims()
        .forEach(
            (name, value) -> {
              if (chosen.contains(name)) {
                disclosed.put(verification.claimLabel(name, locale), value);
              }
            });
    return certificates.render(
        c.getIssuer(),
        c.getTitle(),
        disclosed,
        c.getIssuedAt(),
        c.getValidUntil(),
        c.getCredentialId(),
        qr,
        properties.publicUrl(),
        locale);
  }

  /**
   * One page ({@link #HISTORY_PAGE_SIZE} entries, newest first, {@code page} counted from 0) of who
   * verified which of the holder's certificates and when.
   */
  @PreAuthorize("hasRole('HOLDER')")
  @Transactional(readOnly = true)
  public HistoryPage history(int page) {
    // A verification made a moment ago may still be on its way to the table.
    recorder.flush();
    Map<String, String> titles = new LinkedHashMap<>();
    myCredentials().forEach(c -> titles.put(c.getCredentialId(), c.getTitle()));
    if (titles.isEmpty()) {
      return new HistoryPage(List.of(), 0, 1);
    }
    Page<VerificationEvent> found =
        events.findByCredentialIdIn(
            titles.keySet(),
            PageRequest.of(
                Math.max(0, page), HISTORY_PAGE_SIZE, Sort.by(Sort.Direction.DESC, "verifiedAt")));
    return new HistoryPage(
        found.getContent().stream()
            .map(e -> new HistoryEntry(e, titles.get(e.getCredentialId())))
            .toList(),
        found.getNumber(),
        Math.max(1, found.getTotalPages()));
  }

  /** A verification of one of the holder's certificates, with that certificate's title. */
  public record HistoryEntry(VerificationEvent event, String certificateTitle) {}

  /** One page of the history: its entries, its number (from 0) and how many pages there are. */
  public record HistoryPage(List<HistoryEntry> entries, int page, int pages) {}
}
