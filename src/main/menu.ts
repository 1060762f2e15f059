import type { MenuItemConstructorOptions } from 'electron';

export interface MenuHandlers {
  /** Shows the About panel (name, version). */
  showAbout: () => void;
}

export interface MenuOptions {
  /** Reload and developer tools exist only in development: in use they would lose unsaved form input. */
  dev?: boolean;
}

const SEPARATOR: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The native menu. Items use Electron's roles wherever one exists, so labels, accelerators and behaviour follow
 * each platform's conventions (Cmd on macOS, Ctrl elsewhere) and the Edit commands work in every text field.
 */
export function buildMenuTemplate(platform: NodeJS.Platform, handlers: MenuHandlers, options: MenuOptions = {}): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const dev = options.dev ?? false;

  const appMenu: MenuItemConstructorOptions = {
    label: 'Stint',
    submenu: [{ role: 'about' }, SEPARATOR, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, SEPARATOR, { role: 'quit' }],
  };
  // macOS convention: File > Close Window and Quit in the app menu. Elsewhere File > Quit, and closing the
  // window lives in Window, so no accelerator is bound twice.
  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: mac ? [{ role: 'close', label: 'Close Window' }] : [{ role: 'quit' }],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [{ role: 'undo' }, { role: 'redo' }, SEPARATOR, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, SEPARATOR, { role: 'selectAll' }],
  };
  const devItems: MenuItemConstructorOptions[] = dev ? [{ role: 'reload' }, { role: 'toggleDevTools' }, SEPARATOR] : [];
  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [...devItems, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, SEPARATOR, { role: 'togglefullscreen' }],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: 'Window',
    submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, SEPARATOR, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
  };
  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ label: 'About Stint', click: () => handlers.showAbout() }],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
