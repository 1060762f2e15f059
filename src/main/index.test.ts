import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS, ipcChannel } from '../shared/api-methods';
import { APP_ENTRY_URL } from './app-origin';

// The entry file imports 'electron'; every test hands it a fresh fake instead of the real module.
const current = vi.hoisted(() => ({ electron: undefined as unknown as Record<string, unknown> }));
vi.mock('electron', () => {
  const names = ['app', 'BrowserWindow', 'dialog', 'ipcMain', 'Menu', 'nativeTheme', 'protocol', 'session', 'shell'];
  return Object.defineProperties({}, Object.fromEntries(names.map((name) => [name, { enumerable: true, get: () => current.electron[name] }])));
});

/**
 * Just enough of Electron's main-process API for the shell's entry file to run in plain Node. The real module
 * cannot load here (it needs the Electron binary); this stands in for it through `vi.mock('electron')`.
 */
interface FakeElectronOptions {
  userData: string;
  appPath: string;
  gotLock?: boolean;
  isPackaged?: boolean;
}

class FakeWindow extends EventEmitter {
  static instances: FakeWindow[] = [];
  static getAllWindows = () => FakeWindow.instances.filter((window) => !window.destroyed);

  destroyed = false;
  minimized = false;
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeWindow.instances.push(this);
  }

  isMinimized(): boolean {
    return this.minimized;
  }
}

function createFakeElectron({ userData, appPath, gotLock = true, isPackaged = false }: FakeElectronOptions) {
  let becomeReady!: () => void;
  const ready = new Promise<void>((resolve) => {
    becomeReady = resolve;
  });
  let isReady = false;
  const ipcHandlers = new Map<string, (event: unknown, input: unknown) => unknown>();
  const appEvents = new EventEmitter();
  FakeWindow.instances = [];

  const app = Object.assign(appEvents, {
    isPackaged,
    requestSingleInstanceLock: vi.fn(() => gotLock),
    quit: vi.fn(),
    enableSandbox: vi.fn(),
    getPath: vi.fn((name: string) => {
      if (name === 'downloads') return join(userData, 'Downloads');
      if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
      return userData;
    }),
    getAppPath: vi.fn(() => appPath),
    getVersion: () => '0.1.0',
    isReady: () => isReady,
    whenReady: () => ready,
    setAboutPanelOptions: vi.fn(),
    showAboutPanel: vi.fn(),
  });

  return {
    module: {
      app,
      BrowserWindow: FakeWindow,
      dialog: { showErrorBox: vi.fn() },
      ipcMain: {
        handle: vi.fn((channel: string, listener: (event: unknown, input: unknown) => unknown) => {
          ipcHandlers.set(channel, listener);
        }),
      },
      Menu: { buildFromTemplate: vi.fn((template: unknown[]) => ({ template })), setApplicationMenu: vi.fn() },
      nativeTheme: { shouldUseDarkColors: false },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      session: { defaultSession: new EventEmitter() },
      shell: { openExternal: vi.fn(async () => undefined) },
    },
    ipcHandlers,
    /** Fires 'ready' and lets the start-up code that waits on it run. */
    async becomeReady() {
      isReady = true;
      becomeReady();
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

type FakeElectron = ReturnType<typeof createFakeElectron>;

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

let userData: string;
let fake: FakeElectron;

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'stint-shell-'));
  vi.resetModules();
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined as unknown as string);
});

afterEach(() => {
  // Closes the database the shell opened, as quitting would.
  fake?.module.app.emit('will-quit');
  vi.unstubAllEnvs();
  rmSync(userData, { recursive: true, force: true });
});

async function launch(options: { gotLock?: boolean; isPackaged?: boolean } = {}) {
  fake = createFakeElectron({ userData, appPath: PROJECT_ROOT, ...options });
  current.electron = fake.module;
  await import('./index');
  return fake;
}

function mainFrameEvent(url = APP_ENTRY_URL) {
  const mainFrame = { url };
  return { senderFrame: mainFrame, sender: { mainFrame } };
}

// The first import transforms the shell's whole module graph (core, drizzle, zod): about 4.5 s on a loaded 2-core
// machine, close to Vitest's 5 s default. Later tests reuse the transform and take milliseconds.
describe('the Electron shell', { timeout: 30_000 }, () => {
  it('quits at once when another instance holds the lock, without opening the database', async () => {
    const { module } = await launch({ gotLock: false });
    await fake.becomeReady();
    expect(module.app.quit).toHaveBeenCalledOnce();
    expect(module.app.getPath).not.toHaveBeenCalled();
    expect(existsSync(join(userData, 'stint.db'))).toBe(false);
    expect(module.ipcMain.handle).not.toHaveBeenCalled();
    expect(module.protocol.handle).not.toHaveBeenCalled();
    expect(FakeWindow.instances).toHaveLength(0);
  });

  it('registers the app scheme as privileged before ready, and serves it only after', async () => {
    const { module } = await launch();
    expect(module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(module.app.enableSandbox).toHaveBeenCalled();
    expect(module.protocol.handle).not.toHaveBeenCalled();
    await fake.becomeReady();
    expect(module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('on ready opens the database, binds every method, and shows the app page in a hidden-until-ready window', async () => {
    const { module } = await launch();
    await fake.becomeReady();

    expect(existsSync(join(userData, 'stint.db'))).toBe(true);
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(API_METHODS.map(ipcChannel).sort());
    expect(module.Menu.setApplicationMenu).toHaveBeenCalledOnce();

    const [window] = FakeWindow.instances;
    expect(FakeWindow.instances).toHaveLength(1);
    expect(window!.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL);
    expect(window!.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(window!.show).not.toHaveBeenCalled();
    window!.emit('ready-to-show');
    expect(window!.show).toHaveBeenCalledOnce();
  });

  it('saves a file the page made through the native save dialog, and downloads nothing else', async () => {
    const { module } = await launch();
    await fake.becomeReady();
    const download = (url: string) => {
      const item = { getURL: () => url, getFilename: () => 'stint-export-2026-11-30.json', setSaveDialogOptions: vi.fn() };
      const event = { preventDefault: vi.fn() };
      module.session.defaultSession.emit('will-download', event, item);
      return { item, event };
    };
    const ours = download('blob:app://stint/5b0e');
    expect(ours.event.preventDefault).not.toHaveBeenCalled();
    expect(ours.item.setSaveDialogOptions).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: join(userData, 'Downloads', 'stint-export-2026-11-30.json') }));
    const foreign = download('https://example.com/stint-export-2026-11-30.json');
    expect(foreign.event.preventDefault).toHaveBeenCalledOnce();
    expect(foreign.item.setSaveDialogOptions).not.toHaveBeenCalled();
  });

  it('answers IPC from the app page with real data, refuses other senders, and closes the database on quit', async () => {
    await launch();
    await fake.becomeReady();
    const listTags = fake.ipcHandlers.get(ipcChannel('listTags'))!;

    expect(listTags(mainFrameEvent(), undefined)).toEqual({ ok: true, value: [] });
    expect(listTags(mainFrameEvent('https://evil.example/'), undefined)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    fake.module.app.emit('will-quit');
    // The database is closed: a late call gets a plain error envelope, not a crash.
    expect(listTags(mainFrameEvent(), undefined)).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: 'Stint’s database is not open.' } });
  });

  it('opens the window on the recovery screen when the file is not a database, leaving the file as it was', async () => {
    const text = 'not a database at all, only text that is long enough to read a header from';
    writeFileSync(join(userData, 'stint.db'), text);
    const { module } = await launch();
    await fake.becomeReady();

    expect(module.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(module.app.quit).not.toHaveBeenCalled();
    expect(FakeWindow.instances).toHaveLength(1);
    const status = fake.ipcHandlers.get(ipcChannel('getDatabaseStatus'))!;
    expect(status(mainFrameEvent(), undefined)).toMatchObject({ ok: true, value: { state: 'unavailable', problem: 'not_stint' } });
    const listTags = fake.ipcHandlers.get(ipcChannel('listTags'))!;
    expect(listTags(mainFrameEvent(), undefined)).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: expect.stringContaining('is not a Stint database') } });
    expect(readFileSync(join(userData, 'stint.db'), 'utf8')).toBe(text);
  });

  it('quits rather than crashing when the user-data folder cannot hold a database', async () => {
    mkdirSync(join(userData, 'stint.db')); // a folder where the file should be
    const { module } = await launch();
    await fake.becomeReady();
    expect(module.dialog.showErrorBox).toHaveBeenCalledOnce();
    expect(module.app.quit).toHaveBeenCalledOnce();
  });

  it('shows any other start-up failure and quits instead of leaving a process with no window', async () => {
    fake = createFakeElectron({ userData, appPath: PROJECT_ROOT });
    fake.module.protocol.handle.mockImplementation(() => {
      throw new Error('scheme already handled');
    });
    current.electron = fake.module;
    await import('./index');
    await fake.becomeReady();
    expect(fake.module.dialog.showErrorBox).toHaveBeenCalledWith('Stint could not start', 'scheme already handled');
    expect(fake.module.app.quit).toHaveBeenCalledOnce();
  });

  it('brings the existing window forward when Stint is launched again', async () => {
    await launch();
    await fake.becomeReady();
    const [window] = FakeWindow.instances;
    window!.minimized = true;

    fake.module.app.emit('second-instance');
    expect(window!.restore).toHaveBeenCalledOnce();
    expect(window!.focus).toHaveBeenCalledOnce();
    expect(FakeWindow.instances).toHaveLength(1);
  });

  it('hardens every web contents that is created', async () => {
    await launch();
    const contents = Object.assign(new EventEmitter(), {
      setWindowOpenHandler: vi.fn(),
      session: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
    });
    fake.module.app.emit('web-contents-created', {}, contents);
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: { url: string }) => unknown;
    expect(openHandler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(fake.module.shell.openExternal).toHaveBeenCalledWith('https://example.com/');
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.session.setPermissionCheckHandler).toHaveBeenCalled();
  });

  it('loads the dev server and offers developer tools only in development', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    await launch();
    await fake.becomeReady();
    expect(FakeWindow.instances[0]!.loadURL).toHaveBeenCalledWith('http://localhost:5173');
    const template = fake.module.Menu.buildFromTemplate.mock.calls[0]?.[0] as { submenu?: { role?: string }[] }[];
    expect(template.flatMap((menu) => menu.submenu ?? []).map((item) => item.role)).toContain('toggleDevTools');
    const listTags = fake.ipcHandlers.get(ipcChannel('listTags'))!;
    expect(listTags(mainFrameEvent('http://localhost:5173/'), undefined)).toEqual({ ok: true, value: [] });
  });

  it('ignores a dev server address in a packaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://evil.example');
    await launch({ isPackaged: true });
    await fake.becomeReady();
    expect(FakeWindow.instances[0]!.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL);
    const template = fake.module.Menu.buildFromTemplate.mock.calls[0]?.[0] as { submenu?: { role?: string }[] }[];
    expect(template.flatMap((menu) => menu.submenu ?? []).map((item) => item.role)).not.toContain('toggleDevTools');
  });
});
