/**
 * A small HTTP client for the web host's tests. It uses node:http rather than fetch because fetch will not let
 * a caller set `Host` or `Origin`, which is exactly what the host's defences look at.
 */
import { request, type IncomingHttpHeaders } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { tempApi } from '../core/test-support/temp-database';
import { startWebHost, type WebHost } from './server';

export interface TestResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  json(): unknown;
}

export interface TestRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string | number>;
  /** Sent whole, with a Content-Length. */
  body?: string | Buffer;
  /** Sent one after another with chunked encoding (no Content-Length), for bodies that only reveal their size late. */
  chunks?: Buffer[];
}

export function send(port: number, options: TestRequest = {}): Promise<TestResponse> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers, agent: false }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (chunk: Buffer) => parts.push(chunk));
      res.on('end', () => {
        settled = true;
        const body = Buffer.concat(parts).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) as unknown });
      });
    });
    // The server may answer and close before a refused body is fully sent; that answer is what is tested.
    req.on('error', (error) => {
      if (!settled) reject(error);
    });
    if (options.chunks) {
      const writeNext = (index: number) => {
        const chunk = options.chunks?.[index];
        if (!chunk || req.destroyed) return void req.end();
        req.write(chunk, () => writeNext(index + 1));
      };
      writeNext(0);
    } else {
      req.end(options.body);
    }
  });
}

/** A stand-in for the built renderer: index.html, one script, and a file outside it that must never be served. */
export function tempRendererRoot(): { root: string; outsideFile: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'stint-web-test-'));
  const root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Stint</title><script type="module" src="./assets/app.js"></script>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log("stint");');
  const outsideFile = join(dir, 'secret.txt');
  writeFileSync(outsideFile, 'TOP-SECRET-OUTSIDE-THE-BUILD');
  return { root, outsideFile, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface HostUnderTest {
  setup: ReturnType<typeof tempApi>;
  renderer: ReturnType<typeof tempRendererRoot>;
  host: WebHost;
}

/**
 * Signs in before each test of the calling file, as the page does: `call` posts to the API with that session's
 * cookie, which `cookie()` gives for requests made otherwise.
 */
export function signedInPerTest(under: HostUnderTest) {
  let cookie = '';
  beforeEach(async () => {
    const signIn = await send(under.host.port, { path: `/?token=${under.host.token}` });
    cookie = (signIn.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
  });
  return {
    cookie: () => cookie,
    call: (method: string, body?: string | Buffer, extra: Partial<TestRequest> = {}) =>
      send(under.host.port, { method: 'POST', path: `/api/${method}`, headers: { 'content-type': 'application/json', cookie }, body, ...extra }),
  };
}

/**
 * A browser host over a fresh database and renderer folder for each test of the calling file, closed and
 * removed after it. Read the fields inside tests: they are replaced before every test.
 */
export function hostPerTest(): HostUnderTest {
  const current = {} as HostUnderTest;
  beforeEach(async () => {
    current.setup = tempApi();
    current.renderer = tempRendererRoot();
    current.host = await startWebHost({ api: current.setup.api, rendererRoot: current.renderer.root, log: () => {} });
  });
  afterEach(async () => {
    await current.host.close();
    current.renderer.remove();
    current.setup.temp.remove();
  });
  return current;
}
