/** Focus, across shadow roots. */

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): HTMLElement | undefined {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return (el as HTMLElement | null) ?? undefined;
}
