import { afterEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS, ipcChannel } from '../shared/api-methods';
import type { ApiHandlers } from '../shared/contract';
import { bidInput } from './core/test-support/bid-input';
import { tempApi } from './core/test-support/temp-database';
import { bindApiHandlers, isTrustedSender, type SenderEvent } from './ipc';

type Listener = (event: SenderEvent, input: unknown) => unknown;

/** ipcMain as far as the binding can tell: it records each handler by channel. */
function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    handle(channel: string, listener: Listener) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`); // Electron throws likewise
      handlers.set(channel, listener);
    },
    call(method: (typeof API_METHODS)[number], input: unknown, event: SenderEvent = trustedEvent()) {
      const listener = handlers.get(ipcChannel(method));
      if (!listener) throw new Error(`no handler for ${method}`);
      return listener(event, input);
    },
  };
}

/** An event from the app page in the main frame of its window. */
function trustedEvent(url = 'app://stint/index.html'): SenderEvent {
  const mainFrame = { url };
  return { senderFrame: mainFrame, sender: { mainFrame } };
}

/** An API whose every method is a spy, for checking that refused calls reach nothing. */
function spyApi(): ApiHandlers {
  return Object.fromEntries(API_METHODS.map((method) => [method, vi.fn(() => 'called')])) as unknown as ApiHandlers;
}

let setup: ReturnType<typeof tempApi> | undefined;
afterEach(() => {
  setup?.temp.remove();
  setup = undefined;
});

describe('bindApiHandlers', () => {
  it('registers exactly one handler per API method on its own channel', () => {
    const ipc = fakeIpcMain();
    bindApiHandlers(ipc, spyApi(), () => true);
    expect([...ipc.handlers.keys()].sort()).toEqual(API_METHODS.map((method) => `stint:${method}`).sort());
  });

  it('refuses an untrusted sender with FORBIDDEN and calls nothing', () => {
    const ipc = fakeIpcMain();
    const api = spyApi();
    const isTrusted = vi.fn(() => false);
    bindApiHandlers(ipc, api, isTrusted);
    const event = trustedEvent('https://evil.example/');

    for (const method of API_METHODS) {
      expect(ipc.call(method, {}, event)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(isTrusted).toHaveBeenCalledTimes(API_METHODS.length);
    expect(isTrusted).toHaveBeenCalledWith(event);
    for (const method of API_METHODS) expect(api[method]).not.toHaveBeenCalled();
  });

  it('answers bad input with a VALIDATION envelope naming the field, and writes nothing', () => {
    setup = tempApi();
    const ipc = fakeIpcMain();
    bindApiHandlers(ipc, setup.api, () => true);

    const result = ipc.call('createBid', bidInput({ rate: { amount: -5, currency: 'GBP', unit: 'day' } }));
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'rate.amount': 'Rate cannot be negative' } } });
    expect(ipc.call('getBid', { id: 'DROP TABLE' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(setup.database.sqlite.prepare('SELECT count(*) FROM opportunities').pluck().get()).toBe(0);
  });

  it('returns the real value for good input, as a plain envelope that survives structured cloning', () => {
    setup = tempApi();
    const ipc = fakeIpcMain();
    bindApiHandlers(ipc, setup.api, () => true);

    const created = ipc.call('createBid', bidInput());
    expect(created).toMatchObject({ ok: true, value: { title: 'Interim Finance Director', stage: 'lead', client: { name: 'Northbridge Logistics' } } });
    // IPC copies values with the structured clone algorithm; a class instance or function would not arrive intact.
    expect(structuredClone(created)).toEqual(created);

    const id = (created as { value: { id: number } }).value.id;
    expect(ipc.call('getBid', { id })).toMatchObject({ ok: true, value: { id, title: 'Interim Finance Director' } });
    expect(ipc.call('listTags', undefined)).toEqual({ ok: true, value: ['finance'] });
  });

  it('reports a missing record as NOT_FOUND rather than throwing across IPC', () => {
    setup = tempApi();
    const ipc = fakeIpcMain();
    bindApiHandlers(ipc, setup.api, () => true);
    expect(ipc.call('getBid', { id: 404 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('isTrustedSender', () => {
  it('trusts the app page in the main frame', () => {
    expect(isTrustedSender(trustedEvent())).toBe(true);
    expect(isTrustedSender(trustedEvent('app://stint/'))).toBe(true);
  });

  it.each(['https://evil.example/', 'file:///tmp/page.html', 'app://evil/index.html', 'http://localhost:5173/', 'about:blank', 'data:text/html,x'])('refuses a main frame showing %s', (url) => {
    expect(isTrustedSender(trustedEvent(url))).toBe(false);
  });

  it('trusts the dev server origin only in development', () => {
    expect(isTrustedSender(trustedEvent('http://localhost:5173/'), 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender(trustedEvent('http://localhost:5173/'))).toBe(false);
    expect(isTrustedSender(trustedEvent('http://localhost:9999/'), 'http://localhost:5173')).toBe(false);
  });

  it('refuses a sub-frame, even one showing the app page', () => {
    const mainFrame = { url: 'app://stint/index.html' };
    const subFrame = { url: 'app://stint/index.html' };
    expect(isTrustedSender({ senderFrame: subFrame, sender: { mainFrame } })).toBe(false);
  });

  it('refuses when the frame or the sender is gone', () => {
    expect(isTrustedSender({ senderFrame: null, sender: { mainFrame: { url: 'app://stint/' } } })).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'app://stint/' }, sender: null })).toBe(false);
    // A destroyed window reports no main frame; a frame must not match it by both being missing.
    expect(isTrustedSender({ senderFrame: null, sender: { mainFrame: null } })).toBe(false);
  });
});
