import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppFile, serveAppRequest } from './app-protocol';
import { CONTENT_SECURITY_POLICY, PAGE_SECURITY_HEADERS } from './content-security-policy';

const ROOT = join(tmpdir(), 'stint-renderer');

describe('resolveAppFile', () => {
  it('serves index.html for the root, with or without a slash, query or fragment', () => {
    for (const url of ['app://stint/', 'app://stint', 'app://stint/?token=1', 'app://stint/#board', 'app://STINT/']) {
      expect(resolveAppFile(ROOT, url)).toBe(join(ROOT, 'index.html'));
    }
  });

  it('maps a path to the file inside the folder, decoding it once', () => {
    expect(resolveAppFile(ROOT, 'app://stint/assets/index-B4x.js')).toBe(join(ROOT, 'assets', 'index-B4x.js'));
    expect(resolveAppFile(ROOT, 'app://stint/assets/my%20font.woff2')).toBe(join(ROOT, 'assets', 'my font.woff2'));
    // Double encoding stays a literal name inside the folder rather than becoming `..`.
    expect(resolveAppFile(ROOT, 'app://stint/%252e%252e/secret')).toBe(join(ROOT, '%2e%2e', 'secret'));
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a host that starts like ours', 'app://stint.evil/index.html'],
    ['a port', 'app://stint:1234/index.html'],
    ['credentials', 'app://user:pw@stint/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['http', 'http://stint/index.html'],
    ['an encoded slash before dots', 'app://stint/..%2f..%2fetc%2fpasswd'],
    ['an encoded slash after dots', 'app://stint/assets/..%2F..%2F..%2Fsecret'],
    ['fully encoded dots and slash', 'app://stint/%2e%2e%2f%2e%2e%2fsecret'],
    ['a backslash', 'app://stint/..\\..\\secret'],
    ['an encoded backslash', 'app://stint/..%5c..%5csecret'],
    ['an encoded backslash inside a name', 'app://stint/assets%5cindex.js'],
    ['a NUL byte', 'app://stint/index.html%00.png'],
    ['an absolute path after a double slash', 'app://stint//etc/passwd'],
    ['an encoded absolute path', 'app://stint/%2fetc%2fpasswd'],
    ['a Windows drive', 'app://stint/C:/Windows/win.ini'],
    ['an encoded Windows drive', 'app://stint/C%3a%5cWindows%5cwin.ini'],
    ['an alternate data stream', 'app://stint/index.html::$DATA'],
    ['a UNC path', 'app://stint/%5c%5cserver%5cshare'],
    ['malformed percent-encoding', 'app://stint/%E0%A4%A'],
    ['a directory', 'app://stint/assets/'],
    ['not a URL', 'not a url'],
  ])('refuses %s (%s)', (_name, url) => {
    expect(resolveAppFile(ROOT, url)).toBeNull();
  });

  it('keeps every path the URL parser folds inside the folder', () => {
    // The parser removes these dot segments itself; what is left must still be inside the root.
    expect(resolveAppFile(ROOT, 'app://stint/../../etc/passwd')).toBe(join(ROOT, 'etc', 'passwd'));
    expect(resolveAppFile(ROOT, 'app://stint/%2e%2e/%2e%2e/etc/passwd')).toBe(join(ROOT, 'etc', 'passwd'));
    expect(resolveAppFile(ROOT, 'app://stint/assets/%2E%2E/%2E%2E/%2E%2E/x')).toBe(join(ROOT, 'x'));
    expect(resolveAppFile(ROOT, 'app://stint/assets/%2e/index.js')).toBe(join(ROOT, 'assets', 'index.js'));
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['icon.PNG', 'image/png'],
    ['font.woff2', 'font/woff2'],
    ['data.json', 'application/json; charset=utf-8'],
    ['favicon.ico', 'image/x-icon'],
    ['archive.exe', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s is %s', (path, type) => {
    expect(contentTypeFor(path)).toBe(type);
  });
});

describe('serveAppRequest', () => {
  let base: string;
  let root: string;

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'stint-protocol-'));
    root = join(base, 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Stint</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    // A file beside the folder that no request may reach.
    writeFileSync(join(base, 'secret.txt'), 'secret');
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => serveAppRequest(root, { url, method }, readFile);

  it('serves the page with its type and every security header', async () => {
    const response = await get('app://stint/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Stint</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    for (const [name, value] of Object.entries(PAGE_SECURITY_HEADERS)) expect(response.headers.get(name)).toBe(value);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves scripts as JavaScript', async () => {
    const response = await get('app://stint/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404, still with the CSP, for missing files, directories and escapes', async () => {
    for (const url of ['app://stint/missing.js', 'app://stint/assets', 'app://stint/../secret.txt', 'app://stint/..%2fsecret.txt', 'app://stint/%2e%2e%2fsecret.txt', 'app://other/index.html']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('secret');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers HEAD without a body and refuses writes', async () => {
    const head = await get('app://stint/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await get('app://stint/index.html', 'POST');
    expect(post.status).toBe(405);
  });
});
