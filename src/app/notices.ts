import type { Notice } from '../url-state.ts';

/**
 * The notices with `more` added: one of each (the same file or update once), and one "offline"
 * for every file that came from its copy because the network is down.
 */
export function withNotices(list: readonly Notice[], more: readonly Notice[]): Notice[] {
  const out = [...list];
  const offline = (n: Notice) => n.kind === 'kept-copy' && n.failure === 'network';
  for (const n of more) {
    if (offline(n) && out.some(offline)) continue;
    if (n.kind === 'update-ready' && out.some((o) => o.kind === 'update-ready')) continue;
    if (n.kind === 'kept-copy' && out.some((o) => o.kind === 'kept-copy' && o.file === n.file))
      continue;
    out.push(n);
  }
  return out;
}
