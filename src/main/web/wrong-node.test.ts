import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** The oldest Node that better-sqlite3 13 loads in; anything older crashed the host without a word. */
const FIRST_NODE_THAT_LOADS = 22;

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A Node on this machine older than better-sqlite3 accepts (the system's own, typically), or null. */
function findOldNode(): { binary: string; version: string } | null {
  const candidates = new Set([...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'node')), '/usr/local/bin/node', '/usr/bin/node']);
  for (const binary of candidates) {
    if (!isExecutable(binary)) continue;
    const version = execFileSync(binary, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
    if (Number.parseInt(version, 10) < FIRST_NODE_THAT_LOADS) return { binary, version };
  }
  return null;
}

const oldNode = findOldNode();
let buildDir: string;

describe.skipIf(!oldNode)(
  oldNode ? `the built web.js under Node ${oldNode.version}` : `the built web.js under an old Node (skipped: no Node older than ${FIRST_NODE_THAT_LOADS} on this machine)`,
  () => {
    beforeAll(() => {
      // Inside the project, so the build's requires find node_modules as out/ does.
      buildDir = mkdtempSync(join(PROJECT_ROOT, 'node_modules', '.cache-wrong-node-'));
      execFileSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', buildDir], {
        cwd: PROJECT_ROOT,
        stdio: 'ignore',
      });
    }, 120_000);
    afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

    it('says which Node Stint needs and how to start it, and exits with 1 instead of crashing', () => {
      const dataDir = mkdtempSync(join(buildDir, 'data-'));
      const result = spawnSync(oldNode!.binary, [join(buildDir, 'main/web.js'), '--db', join(dataDir, 'stint.db')], { encoding: 'utf8', timeout: 20_000 });
      expect(result.signal).toBeNull();
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim()).toBe(`Stint needs Node 24: use npm run web, which runs the Node 24 installed with Stint (this is Node ${oldNode!.version}).`);
    }, 30_000);
  },
);
