package org.talentchain.web.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.talentchain.core.api.CheckStatus;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.base.i18n.TranslationProvider;
import org.talentchain.web.verification.VerificationOutcome.CheckLine;
import org.talentchain.web.verification.VerificationOutcome.DisclosedClaim;
import org.talentchain.web.verification.VerificationOutcome.LedgerSnapshot;

/** The receipt HR files: ledger and block for a verdict; plain "cannot verify now" otherwise. */
class ReceiptRendererTest {
  final TranslationProvider i18n = new TranslationProvider();
  final ReceiptRenderer renderer = new ReceiptRenderer(i18n);

  private VerificationOutcome outcome(Verdict verdict, Locale locale, boolean ledger) {
    return new VerificationOutcome(
        verdict,
        i18n.getTranslation("verdict." + verdict.name() + ".text", locale),
        List.of(
            new CheckLine(
                "SIGNATURE", "Issuer signature", CheckStatus.PASSED, "The SM2 signature matches."),
            new CheckLine(
                "ANCHORED",
                "Anchored on chain",
                ledger ? CheckStatus.PASSED : CheckStatus.UNAVAILABLE,
                ledger
                    ? "The batch was anchored in block 42."
                    : "The ledger could not be reached.")),
        "urn:uuid:311c803c-aa10-4afa-9e89-c08d9edbe59f",
        "Bachelor of Engineering",
        "GBA Demonstration University (灣區示範大學)",
        List.of(new DisclosedClaim("holderName", "Holder", "陳大文 CHAN Tai Man")),
        ledger
            ? new LedgerSnapshot(
                "fisco-bcos",
                "chain0/group0",
                "0x1234",
                4321,
                Instant.parse("2026-11-24T10:00:00Z"))
            : null,
        Instant.parse("2026-11-24T10:00:05Z"),
        "ab".repeat(32));
  }

  private String text(byte[] pdf, String name) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Path out = Path.of("target", "pdf");
      Files.createDirectories(out);
      ImageIO.write(
          new PDFRenderer(doc).renderImageWithDPI(0, 110),
          "png",
          out.resolve(name + ".png").toFile());
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void receipt_valid_namesTheLedgerBlockAndTime() throws Exception {
    String text =
        text(
            renderer.render(outcome(Verdict.VALID, Locale.ENGLISH, true), Locale.ENGLISH),
            "receipt-valid-en");
    assertThat(text)
        .contains(
            "Verification receipt",
            "Genuine certificate",
            "FISCO BCOS consortium chain",
            "4321",
            "2026-11-24 10:00:00 UTC",
            "陳大文");
  }

  @Test
  void receipt_ledgerDown_saysCannotVerifyNowAndNotInvalid() throws Exception {
    Locale zh = Locale.of("zh", "HK");
    String text =
        text(
            renderer.render(outcome(Verdict.CANNOT_VERIFY_NOW, zh, false), zh),
            "receipt-unavailable-zh-HK");
    assertThat(text).contains("暫時未能核實", "這不代表證書無效").doesNotContain("不真確");
  }

  @Test
  void receipt_inPortuguese_isInPortuguese() throws Exception {
    Locale pt = Locale.of("pt");
    String text =
        text(renderer.render(outcome(Verdict.REVOKED, pt, true), pt), "receipt-revoked-pt");
    assertThat(text).contains("Comprovativo de verificação", "Revogado pelo emissor");
  }
}
