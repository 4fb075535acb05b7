/**
 * Something the page starts with code it loads later (an embed's resizing, the watch for a newer
 * version): the returned function stops it, whether or not the code has arrived. When the code
 * cannot load (offline, before the service worker kept it), nothing starts: these are extras.
 */
export function startLater(start: () => Promise<() => void>): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  start().then(
    (started) => {
      if (stopped) started();
      else stop = started;
    },
    () => undefined,
  );
  return () => {
    stopped = true;
    stop?.();
  };
}
