import { describe, expect, it } from 'vitest';
import type { TransferRecord, UidKind } from './kinds';
import { triggerKeyField } from './trigger-keys';

const BID = '01900000-0000-7000-8000-0000000000b1';
const CONTACT = '01900000-0000-7000-8000-0000000000c1';
const OWN = '01900000-0000-7000-8000-0000000000f1';

/** Uids of the records that exist: bid 12 and contact 15 (contact 16 is gone). */
const uidOf = (to: UidKind, id: number) => (to === 'bids' && id === 12 ? BID : to === 'contacts' && id === 15 ? CONTACT : undefined);
/** This database's ids for those uids. */
const localIdOf = (to: UidKind, uid: string) => (uid === BID ? 512 : uid === CONTACT ? 515 : undefined);
const reminder = (rule: string | null, triggerKey: string | null) => ({ uid: OWN, updatedAt: 0, rule, triggerKey }) as TransferRecord;

describe('a reminder’s trigger in an export', () => {
  it('names the records it answers by uid, and by this database’s ids again on import', () => {
    const stored = reminder('door_open', 'door:12@1772442000000:15');
    expect(triggerKeyField.references(stored)).toEqual([
      { to: 'bids', id: 12 },
      { to: 'contacts', id: 15 },
    ]);
    const exported = triggerKeyField.toExport(stored, uidOf, OWN);
    expect(exported).toBe(`door:${BID}@1772442000000:${CONTACT}`);
    expect(triggerKeyField.toLocal(reminder('door_open', exported), localIdOf)).toEqual({ value: 'door:512@1772442000000:515' });
  });

  it('writes a record that is gone as gone-<the reminder’s uid>, which no rule matches, and keeps it so', () => {
    const exported = triggerKeyField.toExport(reminder('door_open', 'door:12@1772442000000:16'), uidOf, OWN);
    expect(exported).toBe(`door:${BID}@1772442000000:gone-${OWN}`);
    const local = triggerKeyField.toLocal(reminder('door_open', exported), localIdOf);
    expect(local).toEqual({ value: `door:512@1772442000000:gone-${OWN}` });
    // Exported again from the database it went to, where the bid is 512: the same text.
    const uidHere = (to: UidKind, id: number) => (to === 'bids' && id === 512 ? BID : undefined);
    expect(triggerKeyField.toExport(reminder('door_open', 'value' in local ? local.value : null), uidHere, OWN)).toBe(exported);
  });

  it('leaves alone a reminder the user set, and a trigger in no form it knows', () => {
    expect(triggerKeyField.toExport(reminder(null, null), uidOf, OWN)).toBeNull();
    expect(triggerKeyField.toExport(reminder('skills_mot', 'mot:first'), uidOf, OWN)).toBe('mot:first');
    expect(triggerKeyField.toLocal(reminder('skills_mot', 'mot:first'), localIdOf)).toEqual({ value: 'mot:first' });
  });

  it('refuses a uid that leads nowhere, and a number from another database', () => {
    const stray = '01900000-0000-7000-8000-0000000000ee';
    expect(triggerKeyField.toLocal(reminder('gone_quiet', `quiet:${stray}@5`), localIdOf)).toEqual({
      problem: `Trigger key names a bid (uid ${stray}) that is neither in the file nor here`,
    });
    expect(triggerKeyField.toLocal(reminder('gone_quiet', 'quiet:12@5'), localIdOf)).toMatchObject({ problem: expect.stringContaining('by their number') });
  });
});
