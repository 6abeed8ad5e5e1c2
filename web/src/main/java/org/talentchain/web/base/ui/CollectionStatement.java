package org.talentchain.web.base.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.time.Period;
import org.talentchain.web.base.policy.PrivacyPolicy;

/**
 * A personal information collection statement (PIPL art. 17, PDPO DPP 1(3), Macao Law 8/2005 art.
 * 10), shown where personal data is collected, folded under the form and open on request: for what
 * purpose, which data, how long it is kept, who receives it, the person's rights, whom to contact,
 * and the three laws. Each {@link Purpose} has its own wording; rights, contact and laws are
 * shared.
 *
 * <p>To embed: {@code add(new CollectionStatement(CollectionStatement.Purpose.BULK_UPLOAD,
 * privacyPolicy))}, with the {@link PrivacyPolicy} bean injected into the view. The texts are under
 * {@code privacy.<purpose>.*} and {@code privacy.common.*} in the translation bundles; changing
 * them means changing {@link PrivacyPolicy#STATEMENT_VERSION}.
 */
public class CollectionStatement extends Details implements LocaleChangeObserver {
  /** Where data is collected; each has its own purpose, data, retention and recipients. */
  public enum Purpose {
    /** The public verifier: what an employer submits. */
    VERIFIER,
    /** The holder's wallet: QR codes, printed certificates, history. */
    WALLET,
    /** HR bulk verification: the files of a recruitment round. */
    BULK_UPLOAD,
    /** The holder's own data page: download and closing the account. */
    MY_DATA;

    String key() {
      return switch (this) {
        case VERIFIER -> "verifier";
        case WALLET -> "wallet";
        case BULK_UPLOAD -> "bulk";
        case MY_DATA -> "myData";
      };
    }
  }

  private final Purpose purpose;
  private final PrivacyPolicy policy;

  public CollectionStatement(Purpose purpose, PrivacyPolicy policy) {
    this.purpose = purpose;
    this.policy = policy;
    setId("collection-statement-" + purpose.key());
    addClassName("tc-collection-statement");
    getElement().setAttribute("data-purpose", purpose.name());
    render();
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    render();
  }

  private void render() {
    setSummaryText(getTranslation("privacy.title"));
    String prefix = "privacy." + purpose.key() + ".";
    String retention = period(policy.verificationRetention());
    DescriptionList list = new DescriptionList();
    term(list, "privacy.label.purpose", getTranslation(prefix + "purpose"));
    term(list, "privacy.label.data", getTranslation(prefix + "data"));
    term(list, "privacy.label.retention", getTranslation(prefix + "retention", retention));
    term(list, "privacy.label.recipients", getTranslation(prefix + "recipients"));
    term(list, "privacy.label.rights", getTranslation("privacy.common.rights"));
    term(list, "privacy.label.contact", getTranslation("privacy.common.contact", policy.contact()));
    term(list, "privacy.label.laws", getTranslation("privacy.common.laws"));
    Paragraph version =
        new Paragraph(getTranslation("privacy.version", PrivacyPolicy.STATEMENT_VERSION));
    version.addClassName("tc-hint");
    Div body = new Div(list, version);
    removeAll();
    add(body);
  }

  private void term(DescriptionList list, String labelKey, String text) {
    list.add(
        new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(text));
  }

  /** "2 years", "18 months", "90 days" in the reader's language; mixed periods as ISO 8601. */
  private String period(Period period) {
    Period p = period.normalized();
    if (p.getDays() == 0 && p.getMonths() == 0) {
      return count("privacy.period.year", p.getYears());
    }
    if (p.getDays() == 0) {
      return count("privacy.period.month", p.toTotalMonths());
    }
    if (p.toTotalMonths() == 0) {
      return count("privacy.period.day", p.getDays());
    }
    return p.toString();
  }

  /** "1 year" from {@code key}, "2 years" from {@code key + "s"}. */
  private String count(String key, long n) {
    return n == 1 ? getTranslation(key) : getTranslation(key + "s", n);
  }
}
