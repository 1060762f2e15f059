/** The Node that Stint pins for every npm script (package.json `engines`, `.nvmrc`). */
export const REQUIRED_NODE_MAJOR = 24;

/**
 * Why this Node cannot run the browser host, or null when it can. better-sqlite3 13 does not fail politely on an
 * older Node: it dies with a segmentation fault and no message, so the version is checked before it loads.
 */
export function unsupportedNodeMessage(version: string): string | null {
  const major = Number.parseInt(version.replace(/^v/, ''), 10);
  if (major >= REQUIRED_NODE_MAJOR) return null;
  return `Stint needs Node ${REQUIRED_NODE_MAJOR}: use npm run web, which runs the Node ${REQUIRED_NODE_MAJOR} installed with Stint (this is Node ${version}).`;
}
