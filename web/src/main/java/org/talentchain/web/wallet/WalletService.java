package org.talentchain.web.wallet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentchain.core.api.HolderCredential;
import org.talentchain.core.api.Presentation;
import org.talentchain.core.api.QrPayloadCodec;
import org.talentchain.web.base.ledger.TalentChainProperties;
import org.talentchain.web.base.qr.QrCodes;
import org.talentchain.web.issuance.IssuedCredential;
import org.talentchain.web.issuance.IssuedCredentialRepository;
import org.talentchain.web.privacy.ConsentPurpose;
import org.talentchain.web.privacy.ConsentService;
import org.talentchain.web.security.CurrentUser;
import org.talentchain.web.verification.VerificationEvent;
import org.talentchain.web.verification.VerificationEventRepository;
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
  private final ConsentService consents;

  WalletService(
      ConsentService consents,
      IssuedCredentialRepository credentials,
      VerificationEventRepository events,
      CurrentUser currentUser,
      CertificatePdf certificates,
      VerificationService verification,
      TalentChainProperties properties) {
    this.credentials = credentials;
    this.events = events;
    this.currentUser = currentUser;
    this.certificates = certificates;
    this.verification = verification;
    this.properties = properties;
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

  /**
   * The QR text presenting only {@code claimNames} of the credential, made because the holder asked
   * for it: their consent to disclose exactly these particulars is recorded with it.
   */
  @PreAuthorize("hasRole('HOLDER')")
  @Transactional
  public String qrText(UUID id, Collection<String> claimNames) {
    IssuedCredential c = mine(id);
    Presentation p = c.document().present(claimNames);
    consents.record(ConsentPurpose.QR_CODE, c.getCredentialId(), p.disclosedNames());
    return QrPayloadCodec.encode(p);
  }

  /** PNG of the QR code for on-screen display. */
  @PreAuthorize("hasRole('HOLDER')")
  public byte[] qrPng(String qrText) {
    return QrCodes.png(qrText, 3);
  }

  /**
   * The printable certificate carrying the chosen presentation; the holder's consent to disclose
   * these particulars on paper is recorded with it.
   */
  @PreAuthorize("hasRole('HOLDER')")
  @Transactional
  public byte[] certificatePdf(UUID id, Collection<String> claimNames, Locale locale) {
    IssuedCredential c = mine(id);
    HolderCredential doc = c.document();
    Presentation presentation = doc.present(claimNames);
    consents.record(
        ConsentPurpose.PRINTED_CERTIFICATE, c.getCredentialId(), presentation.disclosedNames());
    String qr = QrPayloadCodec.encode(presentation);
    Map<String, String> disclosed = new LinkedHashMap<>();
    doc.claims()
        .forEach(
            (name, value) -> {
              if (claimNames.contains(name)) {
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

  /** Who verified the holder's credentials and when, newest first. */
  @PreAuthorize("hasRole('HOLDER')")
  @Transactional(readOnly = true)
  public List<VerificationEvent> history() {
    List<String> ids = new ArrayList<>();
    myCredentials().forEach(c -> ids.add(c.getCredentialId()));
    return ids.isEmpty() ? List.of() : events.findTop50ByCredentialIdInOrderByVerifiedAtDesc(ids);
  }
}
