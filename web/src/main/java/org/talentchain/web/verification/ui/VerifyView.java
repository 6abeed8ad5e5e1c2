package org.talentchain.web.verification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.talentchain.web.base.i18n.DisplayTime;
import org.talentchain.web.base.policy.PrivacyPolicy;
import org.talentchain.web.base.qr.ShareLinkText;
import org.talentchain.web.base.ui.CollectionStatement;
import org.talentchain.web.verification.Channel;
import org.talentchain.web.verification.UnreadableInputException;
import org.talentchain.web.verification.VerificationOutcome;
import org.talentchain.web.verification.VerificationService;

/**
 * The public verifier: no login. An employer scans the QR code with the camera (decoded in the
 * browser), uploads a photo or screenshot of it (decoded on the server), or pastes its text, and
 * gets the itemised report in their language with a receipt to file. A share link read any of these
 * ways opens that share's page on this application.
 */
@Route("verify")
@Menu(title = "nav.verify", order = 3)
@AnonymousAllowed
public class VerifyView extends Main implements LocaleChangeObserver, HasDynamicTitle {
  /** Largest image accepted for QR decoding; phone photos are a few MB. */
  static final long MAX_IMAGE_BYTES = 10L * 1024 * 1024;

  private final VerificationService verification;
  private final VerifierActionLimit limit;
  private final H1 title = new H1();
  private final Paragraph lead = new Paragraph();
  private final TextField organisation = new TextField();
  private final TabSheet methods = new TabSheet();
  private final Tab cameraTab = new Tab();
  private final Tab uploadTab = new Tab();
  private final Tab pasteTab = new Tab();
  private final QrCameraScanner scanner = new QrCameraScanner();
  private final Button startCamera = new Button();
  private final Paragraph cameraHint = new Paragraph();
  private final Upload upload;
  private final Paragraph uploadHint = new Paragraph();
  private final TextArea pasted = new TextArea();
  private final Button verifyPasted = new Button();
  private final Paragraph inputError = new Paragraph();
  private final VerificationReportPanel report;

  public VerifyView(
      VerificationService verification,
      VerifierActionLimit limit,
      DisplayTime displayTime,
      PrivacyPolicy privacy) {
    this.verification = verification;
    this.limit = limit;
    this.report = new VerificationReportPanel(displayTime);
    addClassName("tc-page");
    setId("verify-view");

    organisation.setId("verifier-organisation");
    organisation.setMaxLength(200);
    organisation.setClearButtonVisible(true);
    organisation.setWidth("min(100%, 420px)");

    startCamera.setId("start-camera");
    startCamera.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    startCamera.addClickListener(e -> scanner.start());
    scanner.addDetectedListener(
        e -> {
          scanner.stop();
          verifyText(e.text(), Channel.CAMERA);
        });
    scanner.addCameraErrorListener(e -> showInputError(cameraErrorKey(e.errorName())));
    Div camera = new Div(cameraHint, startCamera, scanner);
    camera.addClassName("tc-camera");

    upload =
        new Upload(
            UploadHandler.inMemory(
                (metadata, data) -> getUI().ifPresent(ui -> ui.access(() -> verifyImage(data)))));
    upload.setId("qr-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize((int) MAX_IMAGE_BYTES);
    upload.setAcceptedFileTypes(
        "image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp", ".png", ".jpg", ".jpeg");
    upload.addFileRejectedListener(e -> showInputError("verify.error.imageRejected"));
    Div uploadPane = new Div(uploadHint, upload);

    pasted.setId("qr-text");
    pasted.setWidthFull();
    pasted.setMinRows(4);
    pasted.setMaxLength(20_000);
    pasted.setMaxHeight("12em");
    verifyPasted.setId("verify-pasted");
    verifyPasted.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    verifyPasted.addClickListener(e -> verifyText(pasted.getValue(), Channel.PASTE));
    Div pastePane = new Div(pasted, verifyPasted);

    methods.add(cameraTab, camera);
    methods.add(uploadTab, uploadPane);
    methods.add(pasteTab, pastePane);
    methods.setWidthFull();
    methods.addSelectedChangeListener(e -> scanner.stop());

    inputError.setId("input-error");
    inputError.addClassName("tc-input-error");
    inputError.setVisible(false);

    Div intro = new Div(title, lead);
    intro.addClassName("tc-page-intro");
    add(
        intro,
        organisation,
        methods,
        new CollectionStatement(CollectionStatement.Purpose.VERIFIER, privacy),
        inputError,
        report);
  }

  private void verifyText(String text, Channel channel) {
    inputError.setVisible(false);
    if (text == null || text.isBlank()) {
      showInputError("verify.error.empty");
      return;
    }
    // A share link's QR (what phones and printed certificates carry) opens the share here.
    Optional<ShareLinkText> share = ShareLinkText.parse(text);
    if (share.isPresent()) {
      getUI().ifPresent(ui -> ui.getPage().setLocation(share.get().relativeLocation()));
      return;
    }
    if (!limit.allows(clientAddress())) {
      report.setVisible(false);
      showInputError("verify.error.tooMany");
      return;
    }
    VerificationOutcome outcome =
        verification.verify(text, channel, organisation.getValue(), getLocale());
    report.show(outcome, receipt(outcome));
    report.scrollIntoView();
  }

  private void verifyImage(byte[] image) {
    upload.clearFileList();
    try {
      verifyText(verification.readQrImage(image), Channel.UPLOAD);
    } catch (UnreadableInputException e) {
      report.setVisible(false);
      showInputError(e.messageKey());
    }
  }

  /** The visitor's address as Tomcat resolved it when the session began (see base.abuse). */
  private String clientAddress() {
    return getUI().map(ui -> ui.getSession().getBrowser().getAddress()).orElse("");
  }

  private DownloadHandler receipt(VerificationOutcome outcome) {
    var locale = getLocale();
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

  private void showInputError(String key) {
    inputError.setText(getTranslation(key));
    inputError.setVisible(true);
  }

  static String cameraErrorKey(String domExceptionName) {
    return switch (domExceptionName == null ? "" : domExceptionName) {
      case "NotAllowedError", "SecurityError" -> "verify.camera.denied";
      case "NotFoundError", "OverconstrainedError" -> "verify.camera.none";
      case "NotSupportedError" -> "verify.camera.unsupported";
      default -> "verify.camera.busy";
    };
  }

  @Override
  protected void onDetach(DetachEvent detachEvent) {
    scanner.stop();
    super.onDetach(detachEvent);
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    inputError.setVisible(false);
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    title.setText(getTranslation("verify.title"));
    lead.setText(getTranslation("verify.lead"));
    organisation.setLabel(getTranslation("verify.organisation"));
    organisation.setHelperText(getTranslation("verify.organisation.help"));
    cameraTab.setLabel(getTranslation("verify.tab.camera"));
    uploadTab.setLabel(getTranslation("verify.tab.upload"));
    pasteTab.setLabel(getTranslation("verify.tab.paste"));
    startCamera.setText(getTranslation("verify.camera.start"));
    cameraHint.setText(getTranslation("verify.camera.hint"));
    uploadHint.setText(getTranslation("verify.upload.hint"));
    pasted.setLabel(getTranslation("verify.paste.label"));
    pasted.setPlaceholder("TC1:...");
    verifyPasted.setText(getTranslation("verify.paste.submit"));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("verify.title") + " · " + getTranslation("app.name");
  }
}
