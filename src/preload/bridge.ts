import { API_METHODS, ipcChannel } from '../shared/api-methods';
import type { StintBridge } from '../shared/contract';

/** Sends one message to the main process and resolves to its answer (`ipcRenderer.invoke`). */
export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/**
 * The object the page sees as `window.stint`: one function per API method, each sending its input on the
 * method's own channel. The page gets these functions only, never `ipcRenderer`, so it can send nothing else.
 * Only the method list is imported at runtime: the contract's zod schemas stay out of the sandboxed preload,
 * and the main process validates every input anyway.
 */
export function buildBridge(invoke: Invoke): StintBridge {
  const bridge: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    const channel = ipcChannel(method);
    bridge[method] = (input) => invoke(channel, input);
  }
  // The main process answers every channel with the envelope StintBridge describes.
  return Object.freeze(bridge) as StintBridge;
}
