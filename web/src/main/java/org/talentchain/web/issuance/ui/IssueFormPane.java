package org.talentchain.web.issuance.ui;

import static org.talentchain.web.issuance.ui.ConsoleNotices.failure;
import static org.talentchain.web.issuance.ui.ConsoleNotices.success;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.talentchain.web.base.i18n.SupportedLanguage;
import org.talentchain.web.issuance.IssuanceBatch;
import org.talentchain.web.issuance.IssuanceResult;
import org.talentchain.web.issuance.IssuanceService;
import org.talentchain.web.issuance.IssueRequest;
import org.talentchain.web.issuance.IssuedClaimCode;

/**
 * The console's first tab: one credential from a form, signed and anchored on submit, and its
 * holder's one-time claim code shown once below the form.
 */
class IssueFormPane extends Div {
  private final IssuanceService issuance;
  private final Runnable onIssued;
  private final TextField holderName = new TextField();
  private final Select<String> type = new Select<>();
  private final TextField title = new TextField();
  private final TextField degree = new TextField();
  private final TextField major = new TextField();
  private final TextField level = new TextField();
  private final TextField studentNumber = new TextField();
  private final DatePicker graduation = new DatePicker();
  private final DatePicker validFrom = new DatePicker(LocalDate.now());
  private final DatePicker validUntil = new DatePicker();

  /** The last credential's claim code, shown here once (it is not stored in plain text). */
  private final Div result = new Div();

  IssueFormPane(IssuanceService issuance, Runnable onIssued) {
    this.issuance = issuance;
    this.onIssued = onIssued;
    holderName.setLabel(getTranslation("issue.holderName"));
    holderName.setId("issue-holder-name");
    holderName.setRequiredIndicatorVisible(true);
    holderName.setMaxLength(200);
    type.setLabel(getTranslation("issue.type"));
    type.setId("issue-type");
    type.setItems("EducationCredential", "FintechTalentCredential");
    type.setItemLabelGenerator(t -> getTranslation("type." + t));
    type.setValue("EducationCredential");
    title.setLabel(getTranslation("issue.title"));
    title.setId("issue-title");
    title.setRequiredIndicatorVisible(true);
    title.setMaxLength(200);
    degree.setLabel(getTranslation("claim.degree"));
    degree.setId("issue-degree");
    major.setLabel(getTranslation("claim.major"));
    major.setId("issue-major");
    level.setLabel(getTranslation("claim.certificateLevel"));
    level.setId("issue-level");
    studentNumber.setLabel(getTranslation("claim.studentNumber"));
    studentNumber.setId("issue-student-number");
    graduation.setLabel(getTranslation("claim.graduationDate"));
    graduation.setId("issue-graduation");
    validFrom.setLabel(getTranslation("issue.validFrom"));
    validFrom.setId("issue-valid-from");
    validFrom.setRequiredIndicatorVisible(true);
    validUntil.setLabel(getTranslation("issue.validUntil"));
    validUntil.setId("issue-valid-until");
    validUntil.setHelperText(getTranslation("issue.validUntil.help"));
    DatePicker.DatePickerI18n formats = dayFirst(getLocale());
    for (DatePicker picker : List.of(graduation, validFrom, validUntil)) {
      picker.setI18n(formats);
      picker.setPlaceholder(getTranslation("issue.dateFormat"));
    }
    Button submit = new Button(getTranslation("issue.submit"));
    submit.setId("issue-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickListener(e -> submit());
    FormLayout form =
        new FormLayout(
            holderName,
            type,
            title,
            degree,
            major,
            level,
            studentNumber,
            graduation,
            validFrom,
            validUntil);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
    result.setId("issue-result");
    result.setVisible(false);
    add(form, submit, result);
    addClassName("tc-card");
  }

  private void submit() {
    if (holderName.isEmpty() || title.isEmpty() || validFrom.isEmpty()) {
      holderName.setInvalid(holderName.isEmpty());
      holderName.setErrorMessage(getTranslation("issue.error.required"));
      title.setInvalid(title.isEmpty());
      title.setErrorMessage(getTranslation("issue.error.required"));
      return;
    }
    if (validUntil.getValue() != null && !validUntil.getValue().isAfter(validFrom.getValue())) {
      validUntil.setInvalid(true);
      validUntil.setErrorMessage(getTranslation("csv.error.untilBeforeFrom"));
      return;
    }
    Map<String, String> claims = new LinkedHashMap<>();
    put(claims, "degree", degree.getValue());
    put(claims, "major", major.getValue());
    put(claims, "certificateLevel", level.getValue());
    put(claims, "studentNumber", studentNumber.getValue());
    if (graduation.getValue() != null) {
      claims.put("graduationDate", graduation.getValue().toString());
    }
    IssueRequest request =
        new IssueRequest(
            holderName.getValue().strip(),
            type.getValue(),
            title.getValue().strip(),
            validFrom.getValue(),
            validUntil.getValue(),
            claims);
    try {
      IssuanceResult issued =
          issuance.issue(List.of(request), IssuanceBatch.Source.FORM, null, p -> {});
      success(
          getTranslation(
              "issue.done.one",
              holderName.getValue(),
              String.valueOf(issued.batch().getBlockNumber())));
      showClaimCode(issued.claimCodes().get(0));
      holderName.clear();
      studentNumber.clear();
      holderName.setInvalid(false);
      onIssued.run();
    } catch (IssuanceService.IssuanceException ex) {
      failure(getTranslation(ex.messageKey()));
    }
  }

  private void showClaimCode(IssuedClaimCode code) {
    result.removeAll();
    H3 heading = new H3(getTranslation("claim.issued.title", code.holderName()));
    Span value = new Span(code.code().grouped());
    value.setId("issue-claim-code");
    value.addClassName("tc-claim-code");
    Paragraph expires =
        new Paragraph(
            getTranslation(
                "claim.issued.expires",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(getLocale())
                    .format(code.expiresAt().atZone(ZoneId.systemDefault()))));
    Paragraph once = new Paragraph(getTranslation("claim.issued.once"));
    once.addClassName("tc-hint");
    result.add(heading, value, expires, once);
    result.addClassName("tc-claim-result");
    result.setVisible(true);
  }

  private static void put(Map<String, String> claims, String name, String value) {
    if (value != null && !value.isBlank()) {
      claims.put(name, value.strip());
    }
  }

  /**
   * Date input no registrar can misread: shown as ISO yyyy-MM-dd, typed as ISO or day first (25/11/
   * 2026, 25.11.2026; in Chinese also 2026/11/25), never month first: a Hong Kong registrar typing
   * 01/07/2026 means 1 July.
   */
  static DatePicker.DatePickerI18n dayFirst(Locale locale) {
    boolean chinese = SupportedLanguage.closestTo(locale).chinese();
    DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
    if (chinese) {
      i18n.setDateFormats("yyyy-MM-dd", "yyyy/M/d", "yyyy.M.d", "d/M/yyyy");
    } else {
      i18n.setDateFormats("yyyy-MM-dd", "d/M/yyyy", "d.M.yyyy", "d-M-yyyy", "yyyy/M/d");
    }
    i18n.setFirstDayOfWeek(1);
    return i18n;
  }
}
