package org.talentchain.web.verification.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * Scans QR codes with the visitor's camera. Decoding runs in the browser (jsQR from the npm
 * registry): only the decoded text reaches the server, never the video.
 */
@Tag("tc-qr-scanner")
@NpmPackage(value = "jsqr", version = "1.4.0")
@JsModule("./qr-camera-scanner.js")
public class QrCameraScanner extends HtmlComponent {

  public QrCameraScanner() {
    setId("qr-camera");
  }

  /** Asks for the camera (the browser prompts the visitor) and starts scanning. */
  public void start() {
    getElement().callJsFunction("start");
  }

  /** Stops scanning and releases the camera. */
  public void stop() {
    getElement().callJsFunction("stop");
  }

  public Registration addDetectedListener(ComponentEventListener<DetectedEvent> listener) {
    return addListener(DetectedEvent.class, listener);
  }

  public Registration addCameraErrorListener(ComponentEventListener<CameraErrorEvent> listener) {
    return addListener(CameraErrorEvent.class, listener);
  }

  /** A QR code was read; {@link #text()} is its content as scanned. */
  @DomEvent("qr-detected")
  public static class DetectedEvent extends ComponentEvent<QrCameraScanner> {
    private final String text;

    public DetectedEvent(
        QrCameraScanner source, boolean fromClient, @EventData("event.detail.text") String text) {
      super(source, fromClient);
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  /** The camera could not be used; {@link #errorName()} is the browser's DOMException name. */
  @DomEvent("camera-error")
  public static class CameraErrorEvent extends ComponentEvent<QrCameraScanner> {
    private final String errorName;

    public CameraErrorEvent(
        QrCameraScanner source, boolean fromClient, @EventData("event.detail.name") String name) {
      super(source, fromClient);
      this.errorName = name;
    }

    public String errorName() {
      return errorName;
    }
  }
}
