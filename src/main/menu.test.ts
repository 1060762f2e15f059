import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from './menu';

function submenuOf(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label || (label === 'Help' && item.role === 'help'));
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

function rolesOf(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => (item.role ? [item.role] : []));
}

function allRoles(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((menu) => rolesOf(Array.isArray(menu.submenu) ? menu.submenu : []));
}

const handlers = () => ({ showAbout: vi.fn() });

describe('buildMenuTemplate', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('has the Edit roles on %s, so copy and paste work in every field', (platform) => {
    const edit = rolesOf(submenuOf(buildMenuTemplate(platform, handlers()), 'Edit'));
    expect(edit).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it.each(['darwin', 'win32', 'linux'] as const)('has no reload or developer tools in production on %s', (platform) => {
    const roles = allRoles(buildMenuTemplate(platform, handlers()));
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
    expect(roles).not.toContain('toggleDevTools');
    expect(rolesOf(submenuOf(buildMenuTemplate(platform, handlers()), 'View'))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('adds reload and developer tools in development', () => {
    const view = rolesOf(submenuOf(buildMenuTemplate('linux', handlers(), { dev: true }), 'View'));
    expect(view).toEqual(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('puts the app menu first on macOS only, with about, hide and quit', () => {
    const mac = buildMenuTemplate('darwin', handlers());
    expect(mac.map((menu) => menu.label ?? menu.role)).toEqual(['Stint', 'File', 'Edit', 'View', 'Window', 'help']);
    expect(rolesOf(submenuOf(mac, 'Stint'))).toEqual(expect.arrayContaining(['about', 'hide', 'quit']));
    expect(rolesOf(submenuOf(mac, 'File'))).toEqual(['close']);

    const windows = buildMenuTemplate('win32', handlers());
    expect(windows.map((menu) => menu.label ?? menu.role)).toEqual(['File', 'Edit', 'View', 'Window', 'help']);
    expect(rolesOf(submenuOf(windows, 'File'))).toEqual(['quit']);
    expect(rolesOf(submenuOf(windows, 'Window'))).toEqual(['minimize', 'close']);
  });

  it.each(['darwin', 'win32', 'linux'] as const)('binds each role once on %s, so no accelerator is claimed twice', (platform) => {
    const roles = allRoles(buildMenuTemplate(platform, handlers(), { dev: true }));
    expect(new Set(roles).size).toBe(roles.length);
  });

  it('shows the About panel from Help', () => {
    const menuHandlers = handlers();
    const about = submenuOf(buildMenuTemplate('linux', menuHandlers), 'Help').find((item) => item.label === 'About Stint');
    expect(about).toBeDefined();
    expect(menuHandlers.showAbout).not.toHaveBeenCalled();
    (about!.click as () => void)();
    expect(menuHandlers.showAbout).toHaveBeenCalledOnce();
  });
});
