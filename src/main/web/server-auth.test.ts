import { networkInterfaces } from 'node:os';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { sessionCookieName, TOKEN_HEADER } from '../../shared/http-protocol';
import { startWebHost } from './server';
import { hostPerTest, send } from './http-test-client';

const under = hostPerTest();

const jsonHeaders = { 'content-type': 'application/json' };

async function signIn(): Promise<string> {
  const response = await send(under.host.port, { path: `/?token=${under.host.token}` });
  const setCookie = response.headers['set-cookie']?.[0] ?? '';
  return setCookie.split(';')[0] ?? '';
}

describe('signing in with the printed URL', () => {
  it('prints one loopback URL carrying a random base64url token', () => {
    expect(under.host.url).toBe(`http://127.0.0.1:${under.host.port}/?token=${under.host.token}`);
    expect(under.host.origin).toBe(`http://127.0.0.1:${under.host.port}`);
    expect(under.host.token).toMatch(/^[\w-]{43}$/);
  });

  it('exchanges the token for an HttpOnly, SameSite=Strict cookie and redirects to the address without it', async () => {
    const response = await send(under.host.port, { path: `/?token=${under.host.token}` });
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('/');
    const cookie = response.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(new RegExp(`^${sessionCookieName(under.host.port)}=[\\w-]+;`));
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    // The cookie holds a session secret of its own, so the token is never stored in the browser.
    expect(cookie).not.toContain(under.host.token);
  });

  it('keeps the rest of the address and drops only the token', async () => {
    const response = await send(under.host.port, { path: `/board?view=archived&token=${under.host.token}` });
    expect(response.headers.location).toBe('/board?view=archived');
  });

  it('never redirects off the site, whatever path the link carries', async () => {
    const response = await send(under.host.port, { path: `//evil.example/?token=${under.host.token}` });
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('/');
  });

  it('refuses a wrong token with 401 and sets no cookie', async () => {
    const response = await send(under.host.port, { path: '/?token=not-the-token' });
    expect(response.status).toBe(401);
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.body).toContain('npm run web');
  });

  it('uses a different token each run unless one is given', async () => {
    const other = await startWebHost({ api: under.setup.api, rendererRoot: under.renderer.root });
    const fixed = await startWebHost({ api: under.setup.api, rendererRoot: under.renderer.root, token: 'given-token' });
    try {
      expect(other.token).not.toBe(under.host.token);
      expect(fixed.url).toBe(`http://127.0.0.1:${fixed.port}/?token=given-token`);
    } finally {
      await Promise.all([other.close(), fixed.close()]);
    }
  });
});

describe('requests without sign-in', () => {
  it('answers the page with 401 and a plain hint to open the printed URL', async () => {
    const response = await send(under.host.port, { path: '/' });
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.body).toContain('npm run web');
    expect(response.body).not.toContain('<title>');
  });

  it('answers the API with a 401 envelope', async () => {
    const response = await send(under.host.port, { method: 'POST', path: '/api/getBoard', headers: jsonHeaders, body: '{}' });
    expect(response.status).toBe(401);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED', message: expect.stringContaining('npm run web') } });
  });

  it('refuses a made-up session cookie', async () => {
    const response = await send(under.host.port, { path: '/', headers: { cookie: `${sessionCookieName(under.host.port)}=${under.host.token}` } });
    expect(response.status).toBe(401);
  });

  it('accepts the cookie from the sign-in, and the token in its header for scripts', async () => {
    const cookie = await signIn();
    expect((await send(under.host.port, { path: '/', headers: { cookie } })).status).toBe(200);
    expect((await send(under.host.port, { path: '/', headers: { cookie: `theme=dark; ${cookie}` } })).status).toBe(200);
    expect((await send(under.host.port, { path: '/', headers: { [TOKEN_HEADER]: under.host.token } })).status).toBe(200);
    expect((await send(under.host.port, { path: '/', headers: { [TOKEN_HEADER]: 'wrong' } })).status).toBe(401);
  });

  it('keeps the sessions of two hosts open at once apart, as a browser sends both hosts every cookie of 127.0.0.1', async () => {
    const other = await startWebHost({ api: under.setup.api, rendererRoot: under.renderer.root, log: () => {} });
    try {
      const cookie = await signIn();
      const otherSignIn = await send(other.port, { path: `/?token=${other.token}` });
      const otherCookie = otherSignIn.headers['set-cookie']?.[0]?.split(';')[0] ?? '';
      // Same name would mean the second sign-in replaced the first cookie in the browser.
      expect(otherCookie.split('=')[0]).not.toBe(cookie.split('=')[0]);
      const jar = `${cookie}; ${otherCookie}`;
      expect((await send(under.host.port, { path: '/', headers: { cookie: jar } })).status).toBe(200);
      expect((await send(other.port, { path: '/', headers: { cookie: jar } })).status).toBe(200);
      // Each host accepts only its own session.
      expect((await send(other.port, { path: '/', headers: { cookie } })).status).toBe(401);
    } finally {
      await other.close();
    }
  });
});

describe('DNS rebinding and cross-site requests', () => {
  it('refuses a foreign Host with 403, before looking at sign-in', async () => {
    const cookie = await signIn();
    for (const hostHeader of [`evil.example:${under.host.port}`, '127.0.0.1', `127.0.0.1:${under.host.port + 1}`]) {
      const response = await send(under.host.port, { path: '/', headers: { host: hostHeader, cookie } });
      expect(response.status, hostHeader).toBe(403);
    }
    const unsignedIn = await send(under.host.port, { path: '/', headers: { host: `evil.example:${under.host.port}` } });
    expect(unsignedIn.status).toBe(403);
  });

  it('answers at localhost with its port too', async () => {
    const response = await send(under.host.port, { path: '/', headers: { host: `localhost:${under.host.port}`, [TOKEN_HEADER]: under.host.token } });
    expect(response.status).toBe(200);
  });

  it('refuses a foreign Origin with 403 even with a valid cookie, and accepts its own', async () => {
    const cookie = await signIn();
    const call = (origin: string) =>
      send(under.host.port, { method: 'POST', path: '/api/listTags', headers: { ...jsonHeaders, cookie, origin }, body: '{}' });
    for (const origin of ['http://evil.example', 'null', `http://localhost:${under.host.port}`, `https://127.0.0.1:${under.host.port}`]) {
      const response = await call(origin);
      expect(response.status, origin).toBe(403);
      expect(response.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect((await call(under.host.origin)).status).toBe(200);
  });

  it('refuses a foreign Origin on the sign-in link as well', async () => {
    const response = await send(under.host.port, { path: `/?token=${under.host.token}`, headers: { origin: 'http://evil.example' } });
    expect(response.status).toBe(403);
    expect(response.headers['set-cookie']).toBeUndefined();
  });
});

describe('listening', () => {
  it('binds to 127.0.0.1 only', async () => {
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal && address.family === 'IPv4')
      .map((address) => address?.address as string);
    // 127.0.0.2 and ::1 are this machine too: only a bind to 127.0.0.1 itself (not 0.0.0.0 or ::) refuses them.
    for (const address of ['127.0.0.2', '::1', ...others]) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: address, port: under.host.port });
        socket.once('connect', () => (socket.destroy(), resolve(true)));
        socket.once('error', () => resolve(false));
      });
      expect(reached, address).toBe(false);
    }
    expect(under.host.url.startsWith('http://127.0.0.1:')).toBe(true);
  });
});
