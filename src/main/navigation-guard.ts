import { isAppOrigin, parseUrl } from './app-origin';

/**
 * True only for the app's own page: `app://stint/...`, or in development the electron-vite dev server's origin.
 * Everything else (remote sites, file://, data:, javascript:) is foreign.
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (isAppOrigin(parsed)) return true;
  if (!devServerUrl) return false;
  const devServer = parseUrl(devServerUrl);
  // Opaque origins serialise as "null"; two of them must never count as the same origin.
  return devServer !== null && devServer.origin !== 'null' && parsed.origin === devServer.origin;
}

/** Links the user may open in their own browser: plain web pages, never file:, custom schemes or javascript:. */
export function isExternalWebUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && (parsed.protocol === 'https:' || parsed.protocol === 'http:');
}

interface PreventableEvent {
  preventDefault(): void;
}

/** The navigation details Electron passes (`Event<WebContentsWillNavigateEventParams>` and friends). */
export interface NavigationEvent extends PreventableEvent {
  url: string;
}

type PermissionRequestHandler = (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type PermissionCheckHandler = (webContents: unknown, permission: string) => boolean;

/**
 * The part of Electron's WebContents the guard touches, so that tests can pass a plain fake.
 * Electron's own WebContents satisfies it.
 */
export interface GuardableContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  session: {
    setPermissionRequestHandler(handler: PermissionRequestHandler | null): void;
    setPermissionCheckHandler(handler: PermissionCheckHandler | null): void;
  };
}

export interface GuardOptions {
  /** Set only in development, when the page comes from the electron-vite dev server. */
  devServerUrl?: string;
  /** Opens a web link in the user's browser (`shell.openExternal`), passed in so tests can watch it. */
  openExternal: (url: string) => unknown;
  /** Where refusals are reported; they mean a bug or an attack, so they are worth seeing. */
  log?: (message: string) => void;
}

/**
 * Locks a web contents to the app's own page: it can open no windows, navigate or be redirected nowhere else,
 * attach no <webview>, and is granted no permission (camera, notifications, geolocation...). The page needs
 * none of these, so each one refused is attack surface removed should a script ever be injected.
 */
export function hardenWebContents(contents: GuardableContents, options: GuardOptions): void {
  const log = options.log ?? ((message: string) => console.warn(message));

  contents.setWindowOpenHandler(({ url }) => {
    // A link with target=_blank (say, a job advert's address in the notes) belongs in the user's browser.
    if (isExternalWebUrl(url)) void Promise.resolve(options.openExternal(url)).catch((error: unknown) => log(`Could not open ${url}: ${String(error)}`));
    else log(`Refused to open a window for ${url}`);
    return { action: 'deny' };
  });

  const keepOnAppPage = (event: NavigationEvent) => {
    if (isAppUrl(event.url, options.devServerUrl)) return;
    event.preventDefault();
    log(`Refused to navigate to ${event.url}`);
  };
  contents.on('will-navigate', keepOnAppPage);
  // Sub-frames too: the CSP already forbids frames, this holds even if that ever changes.
  contents.on('will-frame-navigate', keepOnAppPage);
  contents.on('will-redirect', keepOnAppPage);

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('Refused to attach a <webview>');
  });

  contents.session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`Refused the permission "${permission}"`);
    callback(false);
  });
  contents.session.setPermissionCheckHandler(() => false);
}
