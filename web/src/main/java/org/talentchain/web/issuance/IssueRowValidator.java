package org.talentchain.web.issuance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.talentchain.web.issuance.CsvImport.RowError;

/**
 * Checks one row (a form entry or a CSV line) against every limit a later step enforces: the core's
 * rules for a credential draft, the database columns the row is saved into, and strict dates. It
 * runs before anything is signed, so a row that cannot be saved is never anchored.
 */
public final class IssueRowValidator {
  /** Claims per credential in the core ({@code CredentialDraft}). */
  static final int MAX_CLAIMS = 64;

  /** Characters per claim value in the core. */
  static final int MAX_CLAIM_VALUE = 1000;

  /** Characters of a credential title in the core ({@code CredentialDraft.name}). */
  static final int MAX_TITLE = 200;

  /** Claims the service adds to every credential: {@code holderName} and {@code institution}. */
  private static final int ADDED_CLAIMS = 2;

  private static final Pattern CLAIM = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
  private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z0-9]{0,63}");

  /**
   * Dates are ISO {@code yyyy-MM-dd}, resolved strictly: 2026-13-45 and 2026-02-30 are refused, not
   * rolled over.
   */
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private IssueRowValidator() {}

  /** The date in {@code text}, if it is a real calendar date written as yyyy-MM-dd. */
  public static Optional<LocalDate> parseDate(String text) {
    try {
      return Optional.of(LocalDate.parse(text.strip(), ISO_DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Every problem of {@code request} at {@code line}, or none. */
  public static List<RowError> check(long line, IssueRequest r) {
    List<RowError> errors = new ArrayList<>();
    if (r.holderName().isBlank()) {
      errors.add(new RowError(line, "holderName", "csv.error.required", ""));
    }
    maxLength(line, "holderName", r.holderName(), IssuedCredential.HOLDER_NAME_MAX, errors);
    if (!TYPE.matcher(r.credentialType()).matches()) {
      errors.add(new RowError(line, "credentialType", "csv.error.badType", r.credentialType()));
    } else {
      maxLength(
          line, "credentialType", r.credentialType(), IssuedCredential.CREDENTIAL_TYPE_MAX, errors);
    }
    if (r.title().isBlank()) {
      errors.add(new RowError(line, "title", "csv.error.required", ""));
    }
    maxLength(line, "title", r.title(), Math.min(MAX_TITLE, IssuedCredential.TITLE_MAX), errors);
    if (r.validUntil() != null && !r.validUntil().isAfter(r.validFrom())) {
      errors.add(
          new RowError(line, "validUntil", "csv.error.untilBeforeFrom", r.validUntil().toString()));
    }
    if (r.claims().size() + ADDED_CLAIMS > MAX_CLAIMS) {
      errors.add(
          new RowError(
              line, "", "csv.error.tooManyClaims", String.valueOf(MAX_CLAIMS - ADDED_CLAIMS)));
    }
    for (Map.Entry<String, String> claim : r.claims().entrySet()) {
      String name = claim.getKey();
      String value = claim.getValue();
      if (name == null || !CLAIM.matcher(name).matches()) {
        errors.add(new RowError(line, String.valueOf(name), "csv.error.badColumn", name));
        continue;
      }
      if (value == null || value.isBlank()) {
        errors.add(new RowError(line, name, "csv.error.required", ""));
        continue;
      }
      if (value.length() > MAX_CLAIM_VALUE) {
        errors.add(new RowError(line, name, "csv.error.tooLong", name));
      }
      if (isDateClaim(name) && parseDate(value).isEmpty()) {
        errors.add(new RowError(line, name, "csv.error.badDate", value));
      }
    }
    return errors;
  }

  /**
   * A claim whose name ends in {@code Date} (graduationDate, issueDate) holds a yyyy-MM-dd date.
   */
  static boolean isDateClaim(String name) {
    return name.endsWith("Date");
  }

  private static void maxLength(
      long line, String column, String value, int max, List<RowError> errors) {
    if (value != null && value.length() > max) {
      errors.add(new RowError(line, column, "csv.error.maxLength", String.valueOf(max)));
    }
  }
}
