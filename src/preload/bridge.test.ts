import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { API_METHODS, ipcChannel } from '../shared/api-methods';
import { buildBridge } from './bridge';

describe('buildBridge', () => {
  it('exposes exactly the API methods, each a function, and nothing else', () => {
    const bridge = buildBridge(vi.fn());
    expect(Object.keys(bridge).sort()).toEqual([...API_METHODS].sort());
    for (const method of API_METHODS) expect(typeof bridge[method]).toBe('function');
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('send');
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it.each(API_METHODS)('sends %s on its own channel with the input, and resolves to the answer', async (method) => {
    const answer = { ok: true, value: method };
    const invoke = vi.fn(async (_channel: string, _input: unknown) => answer);
    const bridge = buildBridge(invoke);
    const input = { marker: method };
    await expect((bridge[method] as (input: unknown) => Promise<unknown>)(input)).resolves.toBe(answer);
    expect(invoke).toHaveBeenCalledExactlyOnceWith(ipcChannel(method), input);
  });

  it('passes a refusal envelope through untouched, so the page sees its code and fields', async () => {
    const refusal = { ok: false, error: { code: 'VALIDATION', message: 'Rate cannot be negative', fields: { 'rate.amount': 'Rate cannot be negative' } } };
    const bridge = buildBridge(async () => refusal);
    await expect(bridge.createBid({} as never)).resolves.toEqual(refusal);
  });
});

describe('the preload bundle', () => {
  // The sandboxed preload bundles everything it imports. Pulling in the contract (and with it zod) would bloat
  // it and put schema code in the page's process for nothing, since the main process validates every input.
  it('imports at runtime only electron, its own files and the method list', () => {
    const dir = import.meta.dirname;
    const sources = readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    expect(sources.length).toBeGreaterThan(0);
    for (const name of sources) {
      const text = readFileSync(join(dir, name), 'utf8');
      const runtimeImports = [...text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)].map((match) => match[1]);
      for (const source of runtimeImports) expect(['electron', './bridge', '../shared/api-methods'], `${name} imports ${source}`).toContain(source);
    }
  });
});
