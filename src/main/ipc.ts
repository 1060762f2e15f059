import { API_METHODS, ipcChannel } from '../shared/api-methods';
import type { ApiHandlers } from '../shared/contract';
import type { Envelope } from '../shared/errors';
import { dispatch } from './core/dispatch';
import { isAppUrl } from './navigation-guard';

/** The part of Electron's `ipcMain` this uses; Electron's own satisfies it, and tests pass a fake. */
export interface IpcMainLike<E> {
  handle(channel: string, listener: (event: E, input: unknown) => unknown): void;
}

export const FORBIDDEN_SENDER: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This request did not come from the Stint window, so it was refused.' },
};

/**
 * Binds one `ipcMain.handle` per method of the contract. Each call is checked for its sender first, then goes
 * through `dispatch`, which parses the input with the contract's schema, so no handler ever sees unchecked input.
 * The answer is always an envelope: thrown errors lose their code and fields crossing contextBridge.
 */
export function bindApiHandlers<E>(ipcMain: IpcMainLike<E>, api: ApiHandlers, isTrustedSender: (event: E) => boolean): void {
  for (const method of API_METHODS) {
    ipcMain.handle(ipcChannel(method), (event, input) => (isTrustedSender(event) ? dispatch(api, method, input) : FORBIDDEN_SENDER));
  }
}

/** The part of Electron's `IpcMainInvokeEvent` the sender check reads. */
export interface SenderEvent {
  readonly senderFrame: { readonly url: string } | null;
  readonly sender: { readonly mainFrame: unknown } | null;
}

/**
 * True only for calls from the app's own page in the main frame of its window. The frame's URL is checked, not
 * the window's: if the window were ever navigated elsewhere, or a frame embedded, their calls are refused.
 * A frame that is already gone (`senderFrame` null) cannot be vouched for, so it is refused too.
 */
export function isTrustedSender(event: SenderEvent, devServerUrl?: string): boolean {
  const frame = event.senderFrame;
  if (!frame || !event.sender) return false;
  if (frame !== event.sender.mainFrame) return false;
  return isAppUrl(frame.url, devServerUrl);
}
