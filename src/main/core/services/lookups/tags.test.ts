import { afterEach, describe, expect, it } from 'vitest';
import { apiContract } from '../../../../shared/contract';
import { bidInput, parsedBid } from '../../test-support/bid-input';
import { tempApi } from '../../test-support/temp-database';

let setup: ReturnType<typeof tempApi>;
afterEach(() => setup?.temp.remove());

/** The titles on the board filtered by `tag`, the filter parsed as the transport parses it. */
function titlesTagged(tag: string): string[] {
  const board = setup.api.getBoard(apiContract.getBoard.input.parse({ filters: { tags: [tag] } }));
  return board.columns.flatMap((column) => column.cards.map((card) => card.title)).sort();
}

describe('tags', () => {
  it('keep the spelling the user typed', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid({ tags: ['PE-backed', 'NHS', 'public-sector'] }));
    expect(setup.api.getBid({ id: bid.id }).tags).toEqual(['NHS', 'PE-backed', 'public-sector']);
    expect(setup.api.listTags(undefined)).toEqual(['NHS', 'PE-backed', 'public-sector']);
  });

  it('are one tag in any spelling: once on a bid, matched by the filter in any case, listed once', () => {
    setup = tempApi();
    const first = setup.api.createBid(parsedBid({ title: 'first', tags: ['PE-backed', 'pe-backed', 'PE‑BACKED'] }));
    expect(first.tags).toEqual(['PE-backed']);
    setup.api.createBid(parsedBid({ title: 'second', tags: ['pe-backed'] }));
    setup.api.createBid(parsedBid({ title: 'third', tags: ['PE-backed'] }));
    setup.api.createBid(parsedBid({ title: 'untagged', tags: [] }));

    // The spelling most bids use is the one offered.
    expect(setup.api.listTags(undefined)).toEqual(['PE-backed']);
    for (const spelling of ['PE-backed', 'pe-backed', 'Pe-Backed']) {
      expect(titlesTagged(spelling)).toEqual(['first', 'second', 'third']);
    }
  });

  it('cannot be stored twice on one bid in two spellings, even bypassing the API', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid({ tags: ['PE-backed'] }));
    const insert = setup.database.sqlite.prepare('INSERT INTO opportunity_tags (opportunity_id, tag, tag_key) VALUES (?, ?, ?)');
    expect(() => insert.run(bid.id, 'pe-backed', 'pe-backed')).toThrow(/UNIQUE constraint failed/);
  });

  it('are limited by what is stored: a tag of 40 × "İ" is kept, listed, and accepted by the board filter', () => {
    setup = tempApi();
    const tag = 'İ'.repeat(40);
    setup.api.createBid(apiContract.createBid.input.parse(bidInput({ title: 'Turkish bank', tags: [tag] })));
    const listed = setup.api.listTags(undefined);
    expect(listed).toEqual([tag]);
    for (const offered of listed) expect(titlesTagged(offered)).toEqual(['Turkish bank']);
  });
});
