import type { CreateBidInput } from '../../src/shared/schemas';

/** A complete bid for seeding through the API: a lead at an agency, with any field overridden. */
export function sampleBid(title: string, overrides: Partial<CreateBidInput> = {}): CreateBidInput {
  return {
    title,
    client: { name: 'Kestrel Energy' },
    agency: { name: 'Blue Quay Interim' },
    recruiter: null,
    hiringManager: null,
    source: 'agency',
    engagement: 'interim',
    rate: { amount: 700, currency: 'GBP', unit: 'day' },
    durationValue: 6,
    durationUnit: 'months',
    expectedStart: null,
    expectedEnd: null,
    location: 'Leeds',
    remoteMode: 'hybrid',
    ir35: 'outside',
    stage: 'lead',
    priority: 2,
    tags: [],
    notes: '',
    briefText: '',
    briefChecklist: [],
    ...overrides,
  };
}
