import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { apiContract } from '../../shared/contract';
import type { CreateBidInput } from '../../shared/schemas';
import { bidInput } from './test-support/bid-input';

/** Every message the contract gives, with its field's path, including those inside a union's alternatives. */
function messagesOf(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): string[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    const nested = issue.code === 'invalid_union' ? issue.errors.flatMap((alternative) => messagesOf(alternative, path)) : [];
    return [`${path.map(String).join('.')}: ${issue.message}`, ...nested];
  });
}

function refusalsOf(bid: Partial<CreateBidInput>): string[] {
  const result = apiContract.createBid.input.safeParse(bidInput(bid));
  return result.success ? [] : messagesOf(result.error.issues);
}

/** A bid with `value` in one required text field, and where that field's message is expected. */
const REQUIRED_FIELDS: [string, (value: string) => Partial<CreateBidInput>, string][] = [
  ['a title', (value) => ({ title: value }), 'title: Title is required'],
  ['a client name', (value) => ({ client: { name: value } }), 'client.name: Organisation name is required'],
  ['an agency name', (value) => ({ agency: { name: value } }), 'agency.name: Organisation name is required'],
  ['a recruiter name', (value) => ({ recruiter: { name: value } }), 'recruiter.name: Contact name is required'],
  ['a checklist item', (value) => ({ briefChecklist: [{ label: value, done: false }] }), 'briefChecklist.0.label: Checklist item is required'],
  ['a tag', (value) => ({ tags: ['finance', value] }), 'tags.1: Tag is required'],
];

const INVISIBLE: [string, string][] = [
  ['NUL characters', '\u0000\u0000\u0000'],
  ['zero-width spaces', '\u200B\u200B'],
  ['a joiner, a word joiner and a byte-order mark between spaces', ' \u200D\u2060\uFEFF '],
  ['control characters and a tab', '\u0001\u001B\t\u007F'],
  ['a soft hyphen and a braille blank', '\u00AD\u2800'],
];

describe('required text', () => {
  for (const [field, bidWith, expected] of REQUIRED_FIELDS) {
    it.each(INVISIBLE)(`refuses ${field} made only of %s as required`, (_name, value) => {
      expect(refusalsOf(bidWith(value))).toContain(expected);
    });
  }

  it('accepts text with one visible character among invisible ones, and emoji', () => {
    expect(refusalsOf({ title: '\u200BCFO\u200B', tags: ['🚀'], briefChecklist: [{ label: '✓', done: true }] })).toEqual([]);
  });
});

describe('characters no text field stores', () => {
  const TEXT_FIELDS: [string, (value: string) => Partial<CreateBidInput>, string][] = [
    ['title', (value) => ({ title: `CFO ${value}` }), 'Title'],
    ['notes', (value) => ({ notes: `Call back ${value}` }), 'Notes'],
    ['briefText', (value) => ({ briefText: `Scope ${value}` }), 'Brief'],
    ['location', (value) => ({ location: `Leeds ${value}` }), 'Location'],
    ['tags.0', (value) => ({ tags: [`erp${value}`] }), 'Tag'],
  ];

  it.each(TEXT_FIELDS)('refuses a lone surrogate in %s, naming the field', (path, bidWith, label) => {
    for (const broken of ['\uD83D', '\uDE80', '\uDE80\uD83D']) {
      expect(refusalsOf(bidWith(broken))).toEqual([`${path}: ${label} contains a broken character (half of an emoji or symbol); type or paste it again`]);
    }
  });

  it.each(TEXT_FIELDS)('refuses NUL and other control characters in %s, naming the field', (path, bidWith, label) => {
    for (const control of ['\u0000', '\u0007', '\u001B[31m', '\u0085']) {
      expect(refusalsOf(bidWith(control))).toEqual([`${path}: ${label} cannot contain control characters such as NUL (tabs and line breaks are fine)`]);
    }
  });

  it('keeps tabs, line breaks and whole emoji', () => {
    expect(refusalsOf({ notes: 'First call:\tgood\r\nSecond: 🚀 booked', briefText: 'Line one\nLine two' })).toEqual([]);
  });

  it('refuses them in a move note and a search too', () => {
    expect(apiContract.moveBid.input.safeParse({ id: 1, to: 'won', note: 'signed\u0000' }).error?.issues[0]?.message).toBe(
      'Note cannot contain control characters such as NUL (tabs and line breaks are fine)',
    );
    expect(apiContract.getBoard.input.safeParse({ filters: { text: 'erp\uD800' } }).error?.issues[0]?.message).toBe(
      'Search contains a broken character (half of an emoji or symbol); type or paste it again',
    );
  });
});
