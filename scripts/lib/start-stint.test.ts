import { describe, expect, it, vi } from 'vitest';
import { startStint } from './start-stint.mjs';

function steps(electron: { binary: string } | { binary: null; reason: string }) {
  return {
    ensure: vi.fn(async () => electron),
    openDesktop: vi.fn(),
    openBrowser: vi.fn(),
    log: vi.fn(),
  };
}

describe('npm start', () => {
  it('opens the desktop app with the arguments once the binary is there (installed or just downloaded)', async () => {
    const fake = steps({ binary: '/x/electron' });
    await expect(startStint(['--inspect'], fake)).resolves.toBe('desktop');
    expect(fake.openDesktop).toHaveBeenCalledWith(['--inspect']);
    expect(fake.openBrowser).not.toHaveBeenCalled();
  });

  it('says why in one line and starts the browser host when there is no binary', async () => {
    const fake = steps({ binary: null, reason: 'the Electron binary could not be downloaded (fetch failed)' });
    await expect(startStint(['--db', 'trial.db'], fake)).resolves.toBe('browser');
    expect(fake.openBrowser).toHaveBeenCalledWith(['--db', 'trial.db']);
    expect(fake.openDesktop).not.toHaveBeenCalled();
    expect(fake.log).toHaveBeenCalledTimes(1);
    expect(fake.log.mock.calls[0]?.[0]).toBe(
      'Stint opens in your browser instead: the Electron binary could not be downloaded (fetch failed). ' +
        'Run `npm start` again once online (or `npx install-electron`) for the desktop app.',
    );
  });
});
