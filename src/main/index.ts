/**
 * The Electron shell: one window showing the built page from `app://stint/`, one IPC handler per API method,
 * one database. Everything that can be decided without Electron lives in the small modules imported here,
 * which are unit-tested in plain Node; this file only wires them to Electron's objects.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, Notification, protocol, session as electronSession, shell } from 'electron';
import { systemClock } from './core/clock';
import { startDueTimer, watchDueReminders } from './core/services/reminders/due-watch';
import { DATABASE_FILE } from './core/user-data';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin';
import { serveAppRequest } from './app-protocol';
import type { DatabaseSession } from './core/session/database-session';
import { openSessionOrReport } from './database-startup';
import { handleDownload } from './downloads';
import { bindApiHandlers, isTrustedSender } from './ipc';
import { buildMenuTemplate } from './menu';
import { hardenWebContents } from './navigation-guard';
import { APP_USER_MODEL_ID, goToAddressScript, notifyDue } from './notifications';
import { buildWindowOptions } from './window-options';

// electron-vite dev sets this to its dev server. A packaged app never loads a page from the network.
const devServerUrl = (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) || undefined;
const rendererRoot = join(__dirname, '../renderer');
const preloadPath = join(__dirname, '../preload/index.js');

let mainWindow: BrowserWindow | null = null;
let session: DatabaseSession | null = null;

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(buildWindowOptions(preloadPath, nativeTheme.shouldUseDarkColors));
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  // A failed load leaves the window hidden; say why in the log instead of an unhandled rejection.
  window.loadURL(devServerUrl ?? APP_ENTRY_URL).catch((error: unknown) => console.error('Stint could not load its page:', error));
  return window;
}

function showNotification(notification: { title: string; body: string }, onClick: () => void): void {
  const shown = new Notification({ title: notification.title, body: notification.body });
  shown.on('click', onClick);
  shown.show();
}

/** Brings the window forward (opening one if it was closed) at an address of the app. */
function openAddress(address: string): void {
  focusExistingWindow();
  const window = mainWindow;
  if (!window) return;
  const go = () => void window.webContents.executeJavaScript(goToAddressScript(address)).catch(() => undefined);
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', go);
  else go();
}

/** A second launch (double-clicked again, or opened from a file manager) brings the running window forward. */
function focusExistingWindow(): void {
  if (!mainWindow) {
    if (app.isReady() && session) mainWindow = createWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function start(): void {
  session = openSessionOrReport({
    file: join(app.getPath('userData'), DATABASE_FILE),
    // `electron .` makes the project root the app path; drizzle/ holds the migrations the app ships.
    migrationsFolder: join(app.getAppPath(), 'drizzle'),
    clock: systemClock,
    // The rules run now and once a minute; a reminder falling due while the app runs becomes a notification.
    whileOpen: (database, rules) =>
      startDueTimer(watchDueReminders(database.db, systemClock, rules), (due) =>
        notifyDue(due, { isSupported: () => Notification.isSupported(), show: showNotification }, openAddress),
      ),
    report: (title, message) => dialog.showErrorBox(title, message),
  });
  if (!session) {
    app.quit();
    return;
  }

  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererRoot, request, readFile));
  // Exports and calendars the page saves go through the native save dialog; nothing else is downloaded.
  electronSession.defaultSession.on('will-download', (event, item) => handleDownload(event, item, { folder: app.getPath('downloads'), devServerUrl }));
  // A database that cannot be used still opens the window: the page shows the recovery screen.
  bindApiHandlers(ipcMain, session.api, (event) => isTrustedSender(event, devServerUrl));

  app.setAboutPanelOptions({ applicationName: 'Stint', applicationVersion: app.getVersion() });
  const template = buildMenuTemplate(process.platform, { showAbout: () => app.showAboutPanel() }, { dev: devServerUrl !== undefined });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));

  mainWindow = createWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another Stint already has the database open; it is told to come forward through 'second-instance'.
  app.quit();
} else {
  // Both must happen before 'ready': privileges cannot be granted to a scheme later, and the sandbox applies
  // to every renderer created after this call.
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  app.enableSandbox();

  // Every web contents, including any created later, is locked to the app's page.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { devServerUrl, openExternal: (url) => shell.openExternal(url) });
  });
  app.on('second-instance', focusExistingWindow);
  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open opens one again.
    if (session && BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    session?.close();
    session = null;
  });

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Stint could not start', error instanceof Error ? error.message : String(error));
      app.quit();
    });
}
