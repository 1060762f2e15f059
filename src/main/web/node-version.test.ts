import { describe, expect, it } from 'vitest';
import { unsupportedNodeMessage } from './node-version';

describe('the Node version check of the browser host', () => {
  it.each(['20.20.2', 'v20.20.2', '22.12.0', '23.11.1'])('refuses Node %s, saying to use npm run web', (version) => {
    const message = unsupportedNodeMessage(version);
    expect(message).toMatch(/^Stint needs Node 24: use npm run web\b/);
    expect(message).toContain(version);
  });

  it.each(['24.0.0', '24.21.0', '26.1.0'])('accepts Node %s', (version) => {
    expect(unsupportedNodeMessage(version)).toBeNull();
  });
});
