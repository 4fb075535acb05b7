/**
 * Inline styles through the CSS object model only. The built site's Content-Security-Policy has
 * no 'unsafe-inline' for styles, which blocks `style="…"` attributes, including the string lit's
 * own `styleMap` writes on first render; `element.style.setProperty` is allowed.
 *
 * Used in element position: `<div ${setStyle({ left: '4px' })}>`. Property names are CSS names
 * (`aspect-ratio`, not `aspectRatio`).
 */
import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

type Styles = Readonly<Record<string, string>>;

class SetStyle extends Directive {
  private previous: Styles = {};

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('setStyle() goes in an element position');
  }

  override render(_styles: Styles) {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Styles]) {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of Object.keys(this.previous))
      if (!(name in styles)) style.removeProperty(name);
    for (const [name, value] of Object.entries(styles))
      if (this.previous[name] !== value) style.setProperty(name, value);
    this.previous = styles;
    return noChange;
  }
}

export const setStyle = directive(SetStyle);
