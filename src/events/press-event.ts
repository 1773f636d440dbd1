/**
 * What every press event shares: it bubbles out of the widget's shadow root to the page and carries a
 * typed `detail`. Each subclass only names its `type`, and says when it can be canceled.
 */
export abstract class PressEvent<Detail> extends CustomEvent<Detail> {
  static readonly type: string;
  static readonly cancelable: boolean = false;

  constructor(detail: Detail) {
    const { type, cancelable } = new.target as typeof PressEvent;
    super(type, { detail, bubbles: true, composed: true, cancelable });
  }
}
