import { homedir } from 'node:os';
import { join } from 'node:path';

/** The app's name as Electron uses it for the userData folder (package.json `productName`). */
export const APP_NAME = 'Stint';
export const DATABASE_FILE = 'stint.db';

/**
 * Where Electron's `app.getPath('userData')` puts Stint's data, computed without Electron so that the browser
 * host opens the same database as the desktop app.
 */
export function defaultUserDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME);
}
