/**
 * Self-sizing for an embedded page. The page reports its content height to the parent on load and
 * on every change, in the three dialects newsroom pages already understand:
 *
 * - Datawrapper: `{ "datawrapper-height": { "<key>": height } }`. Older parent scripts find the
 *   iframe by `id="datawrapper-chart-<key>"`, newer ones by the message's source window.
 * - Pym.js: the string `pymxPYMx<childId>xPYMxheightxPYMx<height>`, with the `childId` that
 *   `pym.Parent` put in the iframe's URL.
 * - AMP: `{ sentinel: "amp", type: "embed-size", height }` for an `amp-iframe resizable`.
 *
 * It only sends: the embed listens to no inbound message, so no other page can drive it.
 */

export interface SizeMessageOptions {
  datawrapperKey: string;
  /** Pym's child id, from the `childId` URL parameter; no Pym message without it. */
  pymChildId?: string | null;
}

export type SizeMessage = string | Record<string, unknown>;

/** The messages that say "my content is `height` pixels tall" in every dialect. */
export function sizeMessages(height: number, options: SizeMessageOptions): SizeMessage[] {
  const h = Math.ceil(height);
  const messages: SizeMessage[] = [
    { 'datawrapper-height': { [options.datawrapperKey]: h } },
    { sentinel: 'amp', type: 'embed-size', height: h },
  ];
  // Pym's parent matches ids with a regex built from the id: only send ids it can match safely.
  if (options.pymChildId && /^[\w-]{1,80}$/.test(options.pymChildId))
    messages.push(['pym', options.pymChildId, 'height', String(h)].join('xPYMx'));
  return messages;
}

/** The content height of the page: what the iframe must be to show it all without scrolling. */
export function contentHeight(doc: Document = document): number {
  return Math.ceil(doc.body.getBoundingClientRect().height);
}

/**
 * Report the height now and whenever it changes. Returns a function that stops. Does nothing
 * outside an iframe.
 */
export function startAutoResize(options: SizeMessageOptions, win: Window = window): () => void {
  if (win.parent === win) return () => {};
  let last = -1;
  let frame = 0;
  const send = () => {
    frame = 0;
    const height = contentHeight(win.document);
    if (height === last || height === 0) return;
    last = height;
    // Any origin: the message only says how tall the content is.
    for (const message of sizeMessages(height, options)) win.parent.postMessage(message, '*');
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(send);
  };
  const observer = new ResizeObserver(schedule);
  observer.observe(win.document.body);
  win.addEventListener('load', schedule);
  schedule();
  return () => {
    observer.disconnect();
    win.removeEventListener('load', schedule);
    win.cancelAnimationFrame(frame);
  };
}
