package org.talentchain.web.verification.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.talentchain.core.api.CheckStatus;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.base.i18n.DisplayTime;
import org.talentchain.web.verification.VerificationOutcome;
import org.talentchain.web.verification.VerificationOutcome.CheckLine;
import org.talentchain.web.verification.VerificationOutcome.IssuerContext;
import org.talentchain.web.verification.VerificationOutcome.Recognition;

/**
 * The itemised verification report as a person reads it: a verdict banner whose colour and wording
 * never confuse "cannot verify now" with "invalid", then every check, what the holder disclosed,
 * and which ledger answered at which block.
 */
public class VerificationReportPanel extends Div {
  private final DisplayTime displayTime;

  public VerificationReportPanel(DisplayTime displayTime) {
    this.displayTime = displayTime;
    setId("verification-report");
    addClassName("tc-report");
    setVisible(false);
  }

  /** Shows {@code outcome}; {@code receipt} downloads the PDF receipt of it. */
  public void show(VerificationOutcome outcome, DownloadHandler receipt) {
    removeAll();
    Locale locale = getLocale();
    DateTimeFormatter time = displayTime.dateTime(locale);

    Div banner = new Div();
    banner.setId("verdict");
    banner.addClassNames("tc-verdict", "tc-verdict-" + tone(outcome.verdict()));
    banner.getElement().setAttribute("data-verdict", outcome.verdict().name());
    Icon icon = icon(outcome.verdict()).create();
    icon.addClassName("tc-verdict-icon");
    H2 verdictTitle = new H2(getTranslation("verdict." + outcome.verdict().name() + ".title"));
    Paragraph verdictText = new Paragraph(outcome.verdictText());
    verdictText.setId("verdict-text");
    Div verdictWords = new Div(verdictTitle, verdictText);
    banner.add(icon, verdictWords);
    add(banner);

    if (outcome.verdict() == Verdict.UNREADABLE) {
      // Garbage gets one clear message: nothing was checked, no ledger was asked, and there is
      // nothing worth a receipt.
      Paragraph what = new Paragraph(getTranslation("report.unreadable.what"));
      what.setId("unreadable-what");
      Paragraph todo = new Paragraph(getTranslation("report.unreadable.todo"));
      todo.setId("unreadable-todo");
      verdictWords.add(what, todo);
      setVisible(true);
      return;
    }

    if (!outcome.nameDisclosed()) {
      Div warning = new Div();
      warning.setId("name-not-disclosed");
      warning.addClassNames("tc-verdict", "tc-verdict-warning", "tc-name-warning");
      Icon warn = VaadinIcon.WARNING.create();
      warn.addClassName("tc-verdict-icon");
      warning.add(
          warn,
          new Div(
              new H3(getTranslation("report.nameNotDisclosed.title")),
              new Paragraph(getTranslation("report.nameNotDisclosed.text"))));
      add(warning);
    }

    if (outcome.credentialId() != null) {
      Div facts = new Div();
      facts.addClassName("tc-facts");
      fact(facts, "report.credential", outcome.credentialTitle());
      fact(facts, "report.issuer", outcome.issuerName());
      outcome.disclosedClaims().forEach(c -> fact(facts, null, c.value(), c.label()));
      fact(facts, "report.credentialId", outcome.credentialId());
      if (outcome.particularsVerified()) {
        add(new H3(getTranslation("report.disclosed")), facts);
      } else {
        facts.addClassName("tc-facts-unverified");
        H3 heading = new H3(getTranslation("report.claimedUnverified"));
        heading.setId("claimed-unverified");
        add(heading, facts);
      }
    }

    if (outcome.issuerContext() != null) {
      add(issuerRecord(outcome.issuerContext()));
    }

    UnorderedList checks = new UnorderedList();
    checks.setId("checks");
    checks.addClassName("tc-checks");
    for (CheckLine line : outcome.checks()) {
      ListItem item = new ListItem();
      item.addClassNames("tc-check", "tc-check-" + line.status().name().toLowerCase(Locale.ROOT));
      item.getElement().setAttribute("data-check", line.code());
      item.getElement().setAttribute("data-status", line.status().name());
      Icon statusIcon = statusIcon(line.status()).create();
      statusIcon.addClassName("tc-check-icon");
      Span name = new Span(line.name());
      name.addClassName("tc-check-name");
      Span status = new Span(getTranslation("check.status." + line.status().name()));
      status.addClassName("tc-check-status");
      Span message = new Span(line.message());
      message.addClassName("tc-check-message");
      item.add(statusIcon, new Div(new Div(name, status), message));
      checks.add(item);
    }
    add(new H3(getTranslation("report.checks")), checks);

    Paragraph ledger = new Paragraph();
    ledger.setId("ledger-line");
    ledger.addClassName("tc-ledger-line");
    if (outcome.ledger() != null) {
      ledger.setText(
          getTranslation(
              "report.ledger",
              getTranslation("ledger.kind." + outcome.ledger().kind()),
              outcome.ledger().network(),
              String.valueOf(outcome.ledger().blockHeight()),
              time.format(outcome.ledger().blockTime()),
              time.format(outcome.verifiedAt())));
    } else {
      ledger.setText(getTranslation("report.ledgerUnavailable", time.format(outcome.verifiedAt())));
    }
    add(ledger);

    if (receipt != null) {
      Anchor download = new Anchor(receipt, getTranslation("report.downloadReceipt"));
      download.setId("download-receipt");
      download.addClassName("tc-secondary-action");
      add(download);
    }
    setVisible(true);
  }

  /**
   * The issuer's jurisdiction and recognitions as the consortium records them: a section of its
   * own, set apart in style and headed as not proved by the signature.
   */
  private Div issuerRecord(IssuerContext context) {
    Div section = new Div();
    section.setId("issuer-record");
    section.addClassName("tc-issuer-record");
    H3 heading = new H3(getTranslation("report.issuerRecord.title"));
    Paragraph lead = new Paragraph(getTranslation("report.issuerRecord.lead"));
    lead.addClassName("tc-hint");
    Div facts = new Div();
    facts.addClassName("tc-facts");
    fact(facts, "report.issuerRecord.jurisdiction", context.jurisdiction());
    DateTimeFormatter day = displayTime.date(getLocale());
    if (context.recognitions().isEmpty()) {
      fact(facts, "report.issuerRecord.recognitions", getTranslation("report.issuerRecord.none"));
    }
    for (Recognition r : context.recognitions()) {
      String period =
          r.validUntil() == null
              ? getTranslation("report.issuerRecord.since", day.format(r.validFrom()))
              : getTranslation(
                  "report.issuerRecord.period",
                  day.format(r.validFrom()),
                  day.format(r.validUntil()));
      Div item = new Div();
      item.getElement().setAttribute("data-recognition", r.kindCode());
      Span label = new Span(r.kind());
      label.addClassName("tc-fact-label");
      Span value = new Span(r.reference() + " · " + r.body() + " · " + period);
      value.addClassName("tc-fact-value");
      item.add(label, value);
      facts.add(item);
    }
    section.add(heading, lead, facts);
    return section;
  }

  private void fact(Div facts, String labelKey, String value, String... label) {
    if (value == null || value.isBlank()) {
      return;
    }
    Span l = new Span(labelKey != null ? getTranslation(labelKey) : label[0]);
    l.addClassName("tc-fact-label");
    Span v = new Span(value);
    v.addClassName("tc-fact-value");
    facts.add(new Div(l, v));
  }

  /**
   * The banner's colour. Red: do not accept, and asking again will not change it (not genuine,
   * revoked, issuer not trusted, unreadable). Amber: genuine, but not acceptable as it stands today
   * (suspended, which the issuer may lift; expired; not yet valid). Grey: nothing was decided (the
   * ledger did not answer). Green: genuine and current. docs/architecture.md lists the same.
   */
  static String tone(Verdict verdict) {
    return switch (verdict) {
      case VALID -> "good";
      case CANNOT_VERIFY_NOW -> "unknown";
      case SUSPENDED, EXPIRED, NOT_YET_VALID -> "warning";
      case INVALID, REVOKED, UNTRUSTED_ISSUER, UNREADABLE -> "bad";
    };
  }

  private static VaadinIcon icon(Verdict verdict) {
    return switch (verdict) {
      case VALID -> VaadinIcon.CHECK_CIRCLE;
      case CANNOT_VERIFY_NOW -> VaadinIcon.CLOCK;
      case SUSPENDED, EXPIRED, NOT_YET_VALID -> VaadinIcon.WARNING;
      case INVALID, REVOKED, UNTRUSTED_ISSUER, UNREADABLE -> VaadinIcon.CLOSE_CIRCLE;
    };
  }

  private static VaadinIcon statusIcon(CheckStatus status) {
    return switch (status) {
      case PASSED -> VaadinIcon.CHECK;
      case FAILED -> VaadinIcon.CLOSE;
      case NOT_APPLICABLE -> VaadinIcon.MINUS;
      case UNAVAILABLE -> VaadinIcon.QUESTION;
    };
  }
}
