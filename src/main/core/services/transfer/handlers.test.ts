import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/errors';
import { call } from '../../test-support/call';
import { refusal } from '../../test-support/refusal';
import { TEST_NOW } from '../../test-support/temp-database';
import { exported, fillEveryTable, machinesPerTest, shiftLocalIds } from '../../test-support/transfer';

const newMachine = machinesPerTest();

describe('export and import through the API', () => {
  it('exports under a dated file name, previews, imports as previewed, and refuses a bad file in words', () => {
    const source = newMachine();
    fillEveryTable(source);
    const target = newMachine();
    shiftLocalIds(target.database.sqlite);
    const { fileName, text } = call(source.api, 'exportJson', undefined);
    expect(fileName).toBe('stint-export-2026-03-02.json');
    const preview = call(target.api, 'previewImport', { format: 'stint-json', file: text });
    if (preview.format !== 'stint-json') throw new Error('A JSON preview answered as another format');
    expect(preview).toMatchObject({ format: 'stint-json', exportedAt: TEST_NOW, problems: [], problemCount: 0 });
    expect(preview.totals.added).toBeGreaterThan(1_000);
    const result = call(target.api, 'commitImport', { format: 'stint-json', file: text, token: preview.token ?? '' });
    expect(result).toEqual({ format: 'stint-json', kinds: preview.kinds, totals: preview.totals });
    expect(exported(target.database.db)).toEqual(exported(source.database.db));

    const refused = refusal(() => call(target.api, 'commitImport', { format: 'stint-json', file: 'nonsense', token: 'ab.cd' }));
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused.message).toMatch(/^This file cannot be imported: This file is not JSON/);
    expect(refusal(() => call(target.api, 'previewImport', { format: 'xlsx', file: text } as never)).message).toBe('This request’s format must be one of: stint-json, csv-bids, csv-contacts');
  });
});
