/** Calling a Vite plugin's hooks directly, as the build would, without running a build. */
import type { Plugin } from 'vite';

type HandlerOf<H> = H extends { handler: infer F } ? F : H;
type Hook<K extends keyof Plugin> = Extract<
  HandlerOf<NonNullable<Plugin[K]>>,
  (...args: never[]) => unknown
>;

/** A hook's function, whether the plugin wrote it as a function or as `{ order, handler }`. */
export function hook<K extends keyof Plugin>(plugin: Plugin, name: K): Hook<K> {
  const h: unknown = plugin[name];
  const fn = h && typeof h === 'object' && 'handler' in h ? h.handler : h;
  if (typeof fn !== 'function') throw new Error(`${plugin.name} has no ${name} hook`);
  return fn as Hook<K>;
}

/** The files a plugin emits, by name, and the errors it raises (`this.error` throws, as Vite's). */
export function fakeContext() {
  const emitted = new Map<string, string | Uint8Array>();
  return {
    emitted,
    context: {
      emitFile(file: { fileName?: string; source?: string | Uint8Array }) {
        emitted.set(file.fileName!, file.source!);
        return file.fileName!;
      },
      error(message: string): never {
        throw new Error(message);
      },
    } as never,
  };
}
