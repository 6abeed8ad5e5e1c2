package org.talentchain.web.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.talentchain.web.base.i18n.DisplayTime;
import org.talentchain.web.base.i18n.TranslationProvider;
import org.talentchain.web.base.ledger.LedgerConnection;
import org.talentchain.web.base.policy.StatusFreshness;
import org.talentchain.web.base.qr.QrCodes;
import org.talentchain.web.consortium.IssuerProfileRepository;
import org.talentchain.web.consortium.IssuerRecognitionRepository;
import org.talentchain.web.issuance.IssuedCredentialRepository;

/** What a photo of a QR code may hold for the verifier: a presentation or a share link. */
class QrImageInputTest {
  final VerificationService service =
      new VerificationService(
          mock(IssuerRecognitionRepository.class),
          new StatusFreshness(java.time.Duration.ofHours(24)),
          mock(LedgerConnection.class),
          mock(IssuerProfileRepository.class),
          mock(VerificationEventRepository.class),
          mock(VerificationRecorder.class),
          mock(IssuedCredentialRepository.class),
          new TranslationProvider(),
          new SimpleMeterRegistry(),
          new DisplayTime("Asia/Hong_Kong"),
          java.time.Duration.ZERO);

  @Test
  void readQrImage_shareLinkQr_returnsTheLink() throws Exception {
    String link =
        "HTTPS://VERIFY.GBA-TALENT.EXAMPLE.ORG/S/ABCDEFGHIJKLMN23"
            + "#ABCDEFGHIJKLMNOPQRSTUVWXYZ234567ABCDEFGHIJKLMNOPQRST";

    assertThat(service.readQrImage(QrCodes.png(link, 4))).isEqualTo(link);
  }

  @Test
  void readQrImage_someOtherAddress_isNotOurs() {
    byte[] image = QrCodes.png("https://phishing.example/S/login", 4);

    assertThatThrownBy(() -> service.readQrImage(image))
        .isInstanceOf(UnreadableInputException.class)
        .extracting(e -> ((UnreadableInputException) e).messageKey())
        .isEqualTo("verify.error.notOurs");
  }
}
