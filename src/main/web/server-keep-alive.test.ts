import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, expect, it } from 'vitest';
import { hostPerTest } from './http-test-client';

const under = hostPerTest();
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
afterEach(() => agent.destroy());

function get(path: string): Promise<{ status: number; reusedSocket: boolean }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: under.host.port, path, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, reusedSocket: req.reusedSocket }));
    });
    req.on('error', reject);
    req.end();
  });
}

// A client that sent a call just as the host dropped its idle connection got "socket hang up" instead of an answer
// (an e2e test's call after a 6 s drag). The connection must still be there after a pause of that length.
it('keeps an idle connection open through a pause longer than Node’s default 5 s (6 s with its margin)', { timeout: 15_000 }, async () => {
  expect((await get('/api/getBoard')).status).toBe(401);
  await sleep(6_500);
  const second = await get('/api/getBoard');
  expect(second).toEqual({ status: 401, reusedSocket: true });
});
