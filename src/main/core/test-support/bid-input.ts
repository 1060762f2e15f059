import type { ApiParsedInput } from '../../../shared/contract';
import { createBidSchema, updateBidSchema, type CreateBidInput } from '../../../shared/schemas';

/** A complete, valid bid as the form would send it; tests override only what they are about. */
export function bidInput(overrides: Partial<CreateBidInput> = {}): CreateBidInput {
  return {
    title: 'Interim Finance Director',
    client: { name: 'Northbridge Logistics' },
    agency: { name: 'Blue Quay Interim' },
    recruiter: { name: 'Priya Patel' },
    hiringManager: null,
    source: 'agency',
    engagement: 'interim',
    rate: { amount: 850, currency: 'GBP', unit: 'day' },
    durationValue: 6,
    durationUnit: 'months',
    expectedStart: '2026-04-01',
    expectedEnd: '2026-09-30',
    location: 'Manchester',
    remoteMode: 'hybrid',
    ir35: 'outside',
    stage: 'lead',
    priority: 2,
    tags: ['finance'],
    notes: '',
    briefText: 'Lead the finance function through an ERP migration.',
    briefChecklist: [
      { label: 'Scope and deliverables', done: true },
      { label: 'Reporting line and stakeholders', done: false },
    ],
    ...overrides,
  };
}

/** The same bid parsed as the transport would hand it to the core. */
export function parsedBid(overrides: Partial<CreateBidInput> = {}): ApiParsedInput<'createBid'> {
  return createBidSchema.parse(bidInput(overrides));
}

/** An edit of bid `id` as the form sends it: every field, no stage. */
export function parsedUpdate(id: number, overrides: Partial<CreateBidInput> = {}): ApiParsedInput<'updateBid'> {
  const { stage: _stage, ...fields } = bidInput(overrides);
  return updateBidSchema.parse({ ...fields, id });
}
