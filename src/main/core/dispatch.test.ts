import { afterEach, describe, expect, it, vi } from 'vitest';
import { bidInput } from './test-support/bid-input';
import { tempApi } from './test-support/temp-database';
import { dispatch } from './dispatch';

let setup: ReturnType<typeof tempApi>;
afterEach(() => setup?.temp.remove());

function bidCount(): number {
  return setup.database.sqlite.prepare('SELECT count(*) FROM opportunities').pluck().get() as number;
}

function fieldErrorFor(input: unknown, method: 'createBid' | 'moveBid' = 'createBid') {
  const result = dispatch(setup.api, method, input);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('bad input at the boundary', () => {
  it.each([
    ['a negative rate', { rate: { amount: -5, currency: 'GBP', unit: 'day' } }, 'rate.amount', 'Rate cannot be negative'],
    ['an end before the start', { expectedStart: '2026-05-01', expectedEnd: '2026-04-01' }, 'expectedEnd', 'The end date cannot be before the start date'],
    ['a 10 MB note', { notes: 'x'.repeat(10 * 1024 * 1024) }, 'notes', 'Notes can be at most 20,000 characters'],
    ['an unknown stage', { stage: 'hired' }, 'stage', 'Stage must be one of: lead, brief, submitted, shortlisted, interview, offer, won, rejected, withdrawn, role_pulled, no_response'],
    ['an empty title', { title: '   ' }, 'title', 'Title is required'],
    ['a made-up currency format', { rate: { amount: 500, currency: 'pounds', unit: 'day' } }, 'rate.currency', 'Currency must be a three-letter code such as GBP or EUR'],
    ['a date that does not exist', { expectedStart: '2026-02-30' }, 'expectedStart', 'Expected start must be a date in the form YYYY-MM-DD'],
    ['three decimals of money', { rate: { amount: 500.125, currency: 'GBP', unit: 'day' } }, 'rate.amount', 'Rate can have at most two decimals'],
  ])('refuses %s with a message at the field and writes nothing', (_name, override, field, message) => {
    setup = tempApi();
    const error = fieldErrorFor(bidInput(override as never));
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.[field]).toBe(message);
    expect(error.message).toContain(message);
    expect(bidCount()).toBe(0);
  });

  it('refuses unknown keys, prototype-pollution keys and wrong types', () => {
    setup = tempApi();
    const polluted = JSON.parse(`{"__proto__": {"admin": true}, ${JSON.stringify(bidInput()).slice(1)}`) as unknown;
    expect(fieldErrorFor(polluted).code).toBe('VALIDATION');
    expect(fieldErrorFor({ ...bidInput(), isAdmin: true }).message).toBe('"isAdmin" is not a field Stint accepts');
    expect(fieldErrorFor(null).code).toBe('VALIDATION');
    expect(fieldErrorFor({ id: '1', to: 'won' }, 'moveBid').fields?.id).toBe('Bid id must be a whole number');
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(bidCount()).toBe(0);
  });

  it('passes the value through for good input', () => {
    setup = tempApi();
    const result = dispatch(setup.api, 'createBid', bidInput());
    expect(result).toMatchObject({ ok: true, value: { title: 'Interim Finance Director', stage: 'lead' } });
    expect(bidCount()).toBe(1);
  });

  it('reports a user-facing error as it is, and an unexpected one plainly without its stack', () => {
    setup = tempApi();
    expect(dispatch(setup.api, 'getBid', { id: 7 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That bid no longer exists. It may have been deleted in another window; reload to see the current data.' },
    });
    const log = vi.fn();
    setup.database.close();
    const result = dispatch(setup.api, 'getBid', { id: 1 }, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/^Stint could not complete that: .*Nothing was changed\.$/) } });
    expect(log).toHaveBeenCalledOnce();
  });
});

describe('a write the disk refuses', () => {
  it('says the disk is full, and keeps every bid stored before', () => {
    setup = tempApi();
    expect(dispatch(setup.api, 'createBid', bidInput({ title: 'Interim CFO' })).ok).toBe(true);
    // SQLite's own limit on the file's size: the next page it needs fails as a full disk does (SQLITE_FULL).
    const pages = setup.database.sqlite.pragma('page_count', { simple: true }) as number;
    setup.database.sqlite.pragma(`max_page_count = ${pages}`);
    const log = vi.fn();
    const refusals = Array.from({ length: 40 }, (_, index) => dispatch(setup.api, 'createBid', bidInput({ title: `Bid ${index}`, notes: 'x'.repeat(4000) }), log)).filter((result) => !result.ok);
    expect(refusals[0]).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Stint could not save that: the disk holding its database is full. Free some space and try again; everything saved before is safe.' },
    });
    expect(log).not.toHaveBeenCalled();
    expect(setup.database.sqlite.prepare(`SELECT count(*) FROM opportunities WHERE title = 'Interim CFO'`).pluck().get()).toBe(1);
    expect(setup.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
