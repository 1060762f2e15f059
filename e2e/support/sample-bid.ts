import { bidInput } from '../../src/main/core/test-support/bid-input';
import type { CreateBidInput } from '../../src/shared/schemas';

/** A complete bid for seeding through the API: the core tests' valid bid, with its title and any field overridden. */
export function sampleBid(title: string, overrides: Partial<CreateBidInput> = {}): CreateBidInput {
  return bidInput({ title, ...overrides });
}
