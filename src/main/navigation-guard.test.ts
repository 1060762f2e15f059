import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents, isAppUrl, isExternalWebUrl, type GuardableContents } from './navigation-guard';

const DEV = 'http://localhost:5173';

describe('isAppUrl', () => {
  it.each(['app://stint/', 'app://stint/index.html', 'app://stint/assets/index-abc.js?x=1#top', 'app://STINT/index.html'])('accepts the app page %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://stint.evil.com/',
    'app://stint:8080/',
    'app://user@stint/',
    'app://evil@stint/', // credentials in front of the right host are still refused
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'not a url',
    '',
  ])('refuses %s without a dev server', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('accepts the dev server origin only when one is given, and only that origin', () => {
    expect(isAppUrl('http://localhost:5173/index.html', DEV)).toBe(true);
    expect(isAppUrl('http://localhost:5174/index.html', DEV)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', DEV)).toBe(false);
    expect(isAppUrl('http://localhost.evil.com:5173/', DEV)).toBe(false);
    expect(isAppUrl('app://stint/index.html', DEV)).toBe(true);
  });

  it('never treats two opaque origins as the same', () => {
    expect(isAppUrl('data:text/html,x', 'data:text/html,y')).toBe(false);
    expect(isAppUrl('file:///a', 'not a url')).toBe(false);
  });

  it('counts only http and https as external web links', () => {
    expect(isExternalWebUrl('https://example.com/job')).toBe(true);
    expect(isExternalWebUrl('http://example.com/job')).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'app://stint/', 'mailto:a@b.c', 'garbage']) {
      expect(isExternalWebUrl(url)).toBe(false);
    }
  });
});

/** A web contents as far as the guard can tell: events, a window-open handler and a session. */
class FakeContents extends EventEmitter implements GuardableContents {
  windowOpenHandler?: (details: { url: string }) => { action: 'deny' };
  requestHandler?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
  checkHandler?: (contents: unknown, permission: string) => boolean;

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }

  session = {
    setPermissionRequestHandler: (handler: typeof this.requestHandler | null) => {
      this.requestHandler = handler ?? undefined;
    },
    setPermissionCheckHandler: (handler: typeof this.checkHandler | null) => {
      this.checkHandler = handler ?? undefined;
    },
  };

  /** Emits a navigation event and says whether the guard stopped it. */
  navigate(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', url: string): boolean {
    const details = { url, preventDefault: vi.fn() };
    this.emit(event, details);
    return details.preventDefault.mock.calls.length > 0;
  }
}

function harden(devServerUrl?: string) {
  const contents = new FakeContents();
  const openExternal = vi.fn(async (_url: string) => undefined);
  const log = vi.fn();
  hardenWebContents(contents, { openExternal, log, ...(devServerUrl ? { devServerUrl } : {}) });
  return { contents, openExternal, log };
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'] as const)('stops %s to a foreign page and lets the app page through', (event) => {
    const { contents, log } = harden();
    expect(contents.navigate(event, 'https://evil.example/phish')).toBe(true);
    expect(contents.navigate(event, 'file:///etc/passwd')).toBe(true);
    expect(contents.navigate(event, 'app://other/index.html')).toBe(true);
    expect(contents.navigate(event, 'http://localhost:5173/')).toBe(true);
    expect(log).toHaveBeenCalledWith('Refused to navigate to https://evil.example/phish');
    expect(contents.navigate(event, 'app://stint/index.html')).toBe(false);
  });

  it('allows the dev server in development, and nothing else besides the app page', () => {
    const { contents } = harden(DEV);
    expect(contents.navigate('will-navigate', 'http://localhost:5173/index.html')).toBe(false);
    expect(contents.navigate('will-redirect', 'http://localhost:5173/')).toBe(false);
    expect(contents.navigate('will-navigate', 'https://evil.example/')).toBe(true);
  });

  it('opens no window, sending only http(s) links to the browser', () => {
    const { contents, openExternal } = harden();
    const open = contents.windowOpenHandler!;
    expect(open({ url: 'https://example.com/advert' })).toEqual({ action: 'deny' });
    expect(open({ url: 'http://example.com/advert' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.com/advert'], ['http://example.com/advert']]);

    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'app://stint/index.html', 'smb://host/share', 'ms-settings:', 'not a url']) {
      expect(open({ url })).toEqual({ action: 'deny' });
    }
    expect(openExternal).toHaveBeenCalledTimes(2);
  });

  it('survives the browser failing to open a link', async () => {
    const contents = new FakeContents();
    const log = vi.fn();
    hardenWebContents(contents, { openExternal: () => Promise.reject(new Error('no browser')), log });
    expect(contents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.stringContaining('no browser')));
  });

  it('refuses to attach a <webview>', () => {
    const { contents } = harden();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, { nodeIntegration: true }, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])('denies the permission %s on request and on check', (permission) => {
    const { contents } = harden();
    const callback = vi.fn();
    contents.requestHandler!(contents, permission, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    expect(contents.checkHandler!(contents, permission)).toBe(false);
  });
});
