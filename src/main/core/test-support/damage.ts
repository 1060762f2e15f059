import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, writeSync } from 'node:fs';
import { seededRandom } from '../fixtures/pipeline-generator';

/** A digest of a file's bytes, to show it was left exactly as it was. */
export function fileDigest(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * Overwrites `blocks` whole 4 KiB pages with random bytes, spread through the middle of the file (never the first
 * page, which would make it no database at all rather than a damaged one), as a failing disk or a bad copy would.
 */
export function overwritePages(file: string, blocks = 7, seed = 1): void {
  const random = seededRandom(seed);
  const descriptor = openSync(file, 'r+');
  try {
    const pages = Math.floor(fstatSync(descriptor).size / 4096);
    for (let block = 0; block < blocks; block += 1) {
      const page = 1 + Math.floor(((block + 0.5) / blocks) * (pages - 1));
      const bytes = Buffer.alloc(4096);
      for (let index = 0; index < bytes.length; index += 1) bytes[index] = random.int(0, 255);
      writeSync(descriptor, bytes, 0, bytes.length, page * 4096);
    }
  } finally {
    closeSync(descriptor);
  }
}
