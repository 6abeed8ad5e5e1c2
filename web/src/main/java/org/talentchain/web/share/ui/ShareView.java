package org.talentchain.web.share.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.talentchain.web.base.i18n.DisplayTime;
import org.talentchain.web.share.ShareService;
import org.talentchain.web.share.ShareService.Opening;
import org.talentchain.web.verification.VerificationOutcome;
import org.talentchain.web.verification.VerificationService;
import org.talentchain.web.verification.ui.VerificationReportPanel;
import org.talentchain.web.verification.ui.VerifyView;

/**
 * Where a share link lands, e.g. from a phone's camera app: the browser hands over the key from the
 * address's fragment (which it never sends by itself), the server opens and verifies the share, and
 * the visitor sees the verification report; or, in their language, that the holder withdrew the
 * share, that it expired, or that the link is incomplete. Upper case {@code /S/} is what QR codes
 * carry.
 */
@Route("s/:id")
@RouteAlias("S/:id")
@AnonymousAllowed
public class ShareView extends Main implements BeforeEnterObserver, HasDynamicTitle {
  private final ShareService shares;
  private final VerificationService verification;
  private final Paragraph message = new Paragraph();
  private final VerificationReportPanel report;
  private String shareId = "";
  private boolean opened;

  public ShareView(ShareService shares, VerificationService verification, DisplayTime displayTime) {
    this.shares = shares;
    this.verification = verification;
    this.report = new VerificationReportPanel(displayTime);
    addClassName("tc-page");
    setId("share-view");
    message.setId("share-message");
    message.addClassName("tc-hint");
    message.setText(getTranslation("share.opening"));
    RouterLink verifyOther = new RouterLink(getTranslation("share.verifyOther"), VerifyView.class);
    verifyOther.addClassName("tc-secondary-action");
    Div intro = new Div(new H1(getTranslation("share.title")), message);
    intro.addClassName("tc-page-intro");
    add(intro, report, verifyOther);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    shareId = event.getRouteParameters().get("id").orElse("");
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    if (opened) {
      return;
    }
    opened = true;
    attachEvent
        .getUI()
        .getPage()
        .executeJs("return location.hash")
        .then(String.class, this::open, error -> open(""));
  }

  private void open(String fragment) {
    Opening opening = shares.open(shareId, fragment, getLocale());
    message.getElement().setAttribute("data-share", opening.result().name());
    switch (opening.result()) {
      case VERIFIED -> {
        message.setText(getTranslation("share.verified"));
        VerificationOutcome outcome = opening.outcome().orElseThrow();
        report.show(outcome, receipt(outcome));
      }
      case EXPIRED -> message.setText(getTranslation("share.expired"));
      case WITHDRAWN -> message.setText(getTranslation("share.withdrawn"));
      case CANNOT_OPEN -> message.setText(getTranslation("share.cannotOpen"));
    }
  }

  private DownloadHandler receipt(VerificationOutcome outcome) {
    Locale locale = getLocale();
    return DownloadHandler.fromInputStream(
        event -> {
          byte[] pdf = verification.receiptPdf(outcome, locale);
          return new DownloadResponse(
              new ByteArrayInputStream(pdf),
              "verification-receipt.pdf",
              "application/pdf",
              pdf.length);
        });
  }

  @Override
  public String getPageTitle() {
    return getTranslation("share.title") + " · " + getTranslation("app.name");
  }
}
