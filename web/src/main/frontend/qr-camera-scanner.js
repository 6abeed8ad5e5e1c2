// <tc-qr-scanner>: reads QR codes from the device camera in the browser with jsQR, so a
// verifier's phone or laptop never uploads video. It emits:
//   qr-detected  {detail: {text}}   once per distinct code seen
//   camera-error {detail: {name}}   NotAllowedError, NotFoundError, NotReadableError, ...
import jsQR from 'jsqr';

class QrCameraScanner extends HTMLElement {
  constructor() {
    super();
    this._stream = null;
    this._frame = 0;
    this._last = null;
  }

  connectedCallback() {
    if (!this._video) {
      this._video = document.createElement('video');
      this._video.setAttribute('playsinline', '');
      this._video.muted = true;
      this._video.className = 'tc-qr-video';
      this._canvas = document.createElement('canvas');
      this._canvas.hidden = true;
      this.append(this._video, this._canvas);
    }
  }

  disconnectedCallback() {
    this.stop();
  }

  async start() {
    if (this._stream) {
      return;
    }
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      this._fail('NotSupportedError');
      return;
    }
    try {
      this._stream = await navigator.mediaDevices.getUserMedia({
        audio: false,
        video: { facingMode: 'environment', width: { ideal: 1280 }, height: { ideal: 720 } },
      });
    } catch (e) {
      this._fail(e && e.name ? e.name : 'NotReadableError');
      return;
    }
    this._last = null;
    this._video.srcObject = this._stream;
    await this._video.play().catch(() => {});
    this.setAttribute('scanning', '');
    this._tick();
  }

  stop() {
    cancelAnimationFrame(this._frame);
    if (this._stream) {
      this._stream.getTracks().forEach((t) => t.stop());
      this._stream = null;
    }
    if (this._video) {
      this._video.srcObject = null;
    }
    this.removeAttribute('scanning');
  }

  // The text of the QR code in one frame (ImageData), or null; also what the decode-rate test
  // measures, so it measures exactly what the camera runs.
  static decode(image) {
    const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
    return code && code.data ? code.data : null;
  }

  _tick() {
    if (!this._stream) {
      return;
    }
    const v = this._video;
    if (v.readyState >= v.HAVE_ENOUGH_DATA && v.videoWidth > 0) {
      const c = this._canvas;
      c.width = v.videoWidth;
      c.height = v.videoHeight;
      const ctx = c.getContext('2d', { willReadFrequently: true });
      ctx.drawImage(v, 0, 0, c.width, c.height);
      const image = ctx.getImageData(0, 0, c.width, c.height);
      const text = QrCameraScanner.decode(image);
      if (text && text !== this._last) {
        this._last = text;
        this.dispatchEvent(new CustomEvent('qr-detected', { detail: { text } }));
      }
    }
    this._frame = requestAnimationFrame(() => this._tick());
  }

  _fail(name) {
    this.stop();
    this.dispatchEvent(new CustomEvent('camera-error', { detail: { name } }));
  }
}

customElements.define('tc-qr-scanner', QrCameraScanner);
