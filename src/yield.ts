/**
 * Let the browser run input and paint between two pieces of work, so that no single task blocks
 * the page for long (Lighthouse's total blocking time, a reader's first tap).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Once the browser has nothing more urgent to do (or after `timeoutMs` anyway). */
export function whenIdle(timeoutMs = 2000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 1);
  });
}

/**
 * After the browser has drawn the next frame: work started then does not share that frame's
 * style and layout with the work before it. Where frames wait (a hidden tab, an iframe out of
 * view), after `fallbackMs` anyway.
 */
export function afterNextFrame(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, fallbackMs);
  });
}
