import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** A throwaway project folder for each test of the npm scripts, with a way to lay files into it. */
export function useTempProject(): { root: () => string; write: (path: string, text?: string) => void } {
  let root = '';
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'stint-scripts-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  return {
    root: () => root,
    write(path, text = '') {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    },
  };
}
