import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_REASONS } from '../../../../shared/domain';
import { tempApi } from '../../test-support/temp-database';
import { refusal } from '../../test-support/refusal';

let setup: ReturnType<typeof tempApi>;
afterEach(() => setup?.temp.remove());

describe('rejection reasons', () => {
  it('lists the built-in taxonomy grouped in my control / outside it, in its own order, none retired', () => {
    setup = tempApi();
    const list = setup.api.listRejectionReasons(undefined);
    const byControl = (control: 'mine' | 'outside') => BUILT_IN_REASONS.filter((reason) => reason.control === control).map((reason) => reason.code);
    expect(list.mine.map((reason) => reason.code)).toEqual(byControl('mine'));
    expect(list.outside.map((reason) => reason.code)).toEqual(byControl('outside'));
    expect([...list.mine, ...list.outside].every((reason) => !reason.retired)).toBe(true);
    expect(list.mine.find((reason) => reason.code === 'skills_gap')).toMatchObject({ label: 'Skills gap', pointsAtGap: true });
  });

  it("adds the user's own reasons after the built-ins, alphabetically, in the group they chose", () => {
    setup = tempApi();
    setup.api.addRejectionReason({ label: 'Too hands-on for the brief', control: 'mine', pointsAtGap: false });
    const added = setup.api.addRejectionReason({ label: 'Agency lost the client', control: 'outside', pointsAtGap: false });
    setup.api.addRejectionReason({ label: 'AI strategy exposure', control: 'mine', pointsAtGap: true });
    expect(added).toMatchObject({ code: null, label: 'Agency lost the client', control: 'outside', retired: false });
    const list = setup.api.listRejectionReasons(undefined);
    expect(list.mine.slice(-2).map((reason) => [reason.label, reason.pointsAtGap])).toEqual([
      ['AI strategy exposure', true],
      ['Too hands-on for the brief', false],
    ]);
    expect(list.outside.at(-1)?.label).toBe('Agency lost the client');
  });

  it('refuses a name already taken, in any spelling, saying which reason has it', () => {
    setup = tempApi();
    const builtIn = refusal(() => setup.api.addRejectionReason({ label: '  skills GAP ', control: 'mine', pointsAtGap: false }));
    expect(builtIn).toMatchObject({ code: 'CONFLICT', message: '“Skills gap” is already a built-in reason: tick it instead.' });
    expect(builtIn.fields).toEqual({ label: builtIn.message });
    setup.api.addRejectionReason({ label: 'Too hands-on', control: 'mine', pointsAtGap: false });
    expect(() => setup.api.addRejectionReason({ label: 'TOO  HANDS-ON', control: 'outside', pointsAtGap: false })).toThrow(
      'You already have a reason called “Too hands-on”.',
    );
  });

  it('brings a retired reason back when its name is added again, instead of a second one', () => {
    setup = tempApi();
    const own = setup.api.addRejectionReason({ label: 'Too hands-on', control: 'mine', pointsAtGap: false });
    setup.api.setRejectionReasonRetired({ reasonId: own.id, retired: true });
    const again = setup.api.addRejectionReason({ label: 'too hands-on', control: 'mine', pointsAtGap: false });
    expect(again).toMatchObject({ id: own.id, label: 'Too hands-on', retired: false });
    expect(refusal(() => setup.api.addRejectionReason({ label: 'Too Hands-On', control: 'mine', pointsAtGap: false })).message).toBe(
      'You already have a reason called “Too hands-on”.',
    );
  });

  it("renames the user's own reasons, but never a built-in one or onto another's name", () => {
    setup = tempApi();
    const own = setup.api.addRejectionReason({ label: 'Too hands on', control: 'mine', pointsAtGap: false });
    expect(setup.api.renameRejectionReason({ reasonId: own.id, label: 'Too hands-on for a strategic brief' })).toMatchObject({
      id: own.id,
      label: 'Too hands-on for a strategic brief',
    });
    // A change of letter case alone is a rename of the same reason, not a clash with itself.
    expect(setup.api.renameRejectionReason({ reasonId: own.id, label: 'Too Hands-On for a strategic brief' }).label).toBe('Too Hands-On for a strategic brief');
    expect(() => setup.api.renameRejectionReason({ reasonId: own.id, label: 'Rate' })).toThrow('“Rate” is already a built-in reason');
    const skillsGap = setup.api.listRejectionReasons(undefined).mine[0];
    expect(refusal(() => setup.api.renameRejectionReason({ reasonId: skillsGap?.id ?? 0, label: 'Skills' }))).toMatchObject({
      code: 'CONFLICT',
      message: '“Skills gap” is a built-in reason: built-in reasons keep their names so that charts compare like with like. Add a reason of your own instead.',
    });
    expect(refusal(() => setup.api.renameRejectionReason({ reasonId: 9999, label: 'Gone' })).code).toBe('NOT_FOUND');
  });

  it("retires and restores the user's own reasons; built-in ones cannot be retired", () => {
    setup = tempApi();
    const own = setup.api.addRejectionReason({ label: 'Too hands-on', control: 'mine', pointsAtGap: false });
    expect(setup.api.setRejectionReasonRetired({ reasonId: own.id, retired: true }).retired).toBe(true);
    expect(setup.api.listRejectionReasons(undefined).mine.find((reason) => reason.id === own.id)?.retired).toBe(true);
    expect(setup.api.setRejectionReasonRetired({ reasonId: own.id, retired: false }).retired).toBe(false);
    const rate = setup.api.listRejectionReasons(undefined).mine.find((reason) => reason.code === 'rate');
    expect(() => setup.api.setRejectionReasonRetired({ reasonId: rate?.id ?? 0, retired: true })).toThrow(
      '“Rate” is a built-in reason: built-in reasons cannot be retired. Leave it unticked when it does not apply.',
    );
  });
});
