package org.talentchain.examples.bank;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.talentchain.core.api.CheckResult;
import org.talentchain.core.api.CredentialVerifier;
import org.talentchain.core.api.VerificationReport;
import org.talentchain.core.spi.CredentialLedger;
import org.talentchain.core.spi.CredentialLedgerReader;
import org.talentchain.core.spi.LedgerUnavailableException;
import org.talentchain.core.spi.Ledgers;

/**
 * Verifies the text of a credential QR code (format version 1, {@code TC1:}, or the compact version
 * 2, {@code TC2:}) against a ledger, the way a bank's onboarding service would: with
 * credential-core alone on its class path (or module path).
 *
 * <pre>
 * java -p credential-core.jar:bcprov.jar:bcpkix.jar:bcutil.jar:jackson-*.jar:commons-codec.jar:\
 *   java-json-canonicalization.jar:bank-verifier-example.jar \
 *   -m org.talentchain.examples.bank/org.talentchain.examples.bank.BankVerifier LEDGER_DIR QR_FILE
 * </pre>
 *
 * A production bank would hold a FISCO BCOS ledger reader instead of the embedded ledger; the
 * verifier is the same, because it needs only the {@link CredentialLedgerReader} view.
 */
public final class BankVerifier {
  private final CredentialVerifier verifier;

  /** A verifier over {@code ledger}, with every check on (anchor, key history, revocation). */
  public BankVerifier(CredentialLedgerReader ledger) {
    this.verifier = CredentialVerifier.builder(ledger).build();
  }

  /** The itemised report for the text a camera read from a QR code. */
  public VerificationReport check(String qrText) {
    return verifier.verify(qrText);
  }

  /** One line per check, in {@code locale}, as a bank's log or case file would keep it. */
  public static String summary(VerificationReport report, Locale locale) {
    StringBuilder out = new StringBuilder("verdict: ").append(report.verdict()).append('\n');
    for (CheckResult c : report.checks()) {
      out.append(c.check())
          .append(": ")
          .append(c.status())
          .append(" — ")
          .append(VerificationReport.message(c, locale))
          .append('\n');
    }
    return out.toString();
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BankVerifier LEDGER_DIR QR_TEXT_FILE");
      System.exit(2);
    }
    String qr = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
    try (CredentialLedger ledger = Ledgers.openEmbedded(Path.of(args[0]), Clock.systemUTC())) {
      System.out.print(summary(new BankVerifier(ledger).check(qr), Locale.ENGLISH));
    } catch (LedgerUnavailableException e) {
      System.out.println("verdict: CANNOT_VERIFY_NOW — " + e.getMessage());
      System.exit(3);
    }
  }
}
