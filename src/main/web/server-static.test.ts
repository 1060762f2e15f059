import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../shared/http-protocol';
import { CONTENT_SECURITY_POLICY, PAGE_SECURITY_HEADERS } from '../content-security-policy';
import { startWebHost } from './server';
import { hostPerTest, send } from './http-test-client';

const under = hostPerTest();

function get(path: string, method = 'GET') {
  return send(under.host.port, { method, path, headers: { [TOKEN_HEADER]: under.host.token } });
}

function expectSecurityHeaders(headers: Record<string, unknown>) {
  for (const [name, value] of Object.entries(PAGE_SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value);
}

describe('the built page', () => {
  it('serves index.html at / with the desktop app’s CSP', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expectSecurityHeaders(response.headers);
    expect(response.body).toContain('<title>Stint</title>');
  });

  it('serves assets with their content type and the same headers', async () => {
    const response = await get('/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expectSecurityHeaders(response.headers);
    expect(response.body).toBe('console.log("stint");');
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await get('/assets/app.js', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers['content-length']).toBe(String('console.log("stint");'.length));
    expect(response.body).toBe('');
  });

  it('falls back to index.html for page addresses, but not for missing assets', async () => {
    const page = await get('/board');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Stint</title>');
    const missing = await get('/assets/missing.js');
    expect(missing.status).toBe(404);
    expectSecurityHeaders(missing.headers);
    expect((await get('/bids/12')).status).toBe(404);
  });

  it('says so when the page has not been built', async () => {
    const unbuilt = await startWebHost({ api: under.setup.api, rendererRoot: `${under.renderer.root}-missing` });
    try {
      const response = await send(unbuilt.port, { path: '/', headers: { [TOKEN_HEADER]: unbuilt.token } });
      expect(response.status).toBe(404);
      expect(response.body).toContain('npm run build');
    } finally {
      await unbuilt.close();
    }
  });

  it('refuses other verbs with 405', async () => {
    const response = await send(under.host.port, { method: 'DELETE', path: '/index.html', headers: { [TOKEN_HEADER]: under.host.token } });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  });

  it('carries the CSP on refusals too (401 before sign-in)', async () => {
    const response = await send(under.host.port, { path: '/' });
    expect(response.status).toBe(401);
    expectSecurityHeaders(response.headers);
  });
});

describe('paths that try to leave the build folder', () => {
  it.each([
    '/../package.json',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '/index.html%00.js',
    '//etc/passwd',
    '/%2fetc%2fpasswd',
    '/./index.html',
    '/C:/Windows/win.ini',
    '/%E0%A4%A',
  ])('%s → 404 and no file contents', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('TOP-SECRET');
    expect(response.body).not.toContain('<title>Stint</title>');
  });

  it('does not follow a symbolic link out of the folder', async () => {
    symlinkSync(under.renderer.outsideFile, join(under.renderer.root, 'linked.txt'));
    const response = await get('/linked.txt');
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('TOP-SECRET');
  });
});
