/**
 * The API contract: every call the renderer may make, declared once with its input and result schemas.
 * The core implements it (`createApi`), the Electron shell and the browser host bind it generically,
 * and the renderer's client is typed from it.
 */
import { z } from 'zod';
import type { ApiMethod } from './api-methods';
import type { Envelope } from './errors';
import {
  bidIdSchema,
  bidSchema,
  boardQuerySchema,
  boardSchema,
  columnPageResultSchema,
  columnPageSchema,
  createBidSchema,
  lookupSchema,
  moveBidSchema,
  moveResultSchema,
  namedRefSchema,
  noInputSchema,
  organisationSchema,
  sampleDataResultSchema,
  setArchivedSchema,
  undoMoveSchema,
  updateBidSchema,
} from './schemas';

interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
  doc: string;
}

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, doc: string) {
  return { input, output, doc };
}

export const apiContract = {
  getBoard: method(boardQuerySchema, boardSchema, "Every lane's count and first page of cards, after the filters."),
  getColumnPage: method(columnPageSchema, columnPageResultSchema, 'A further page of one lane, for scrolling.'),
  getBid: method(bidIdSchema, bidSchema, 'One bid with every field and its stage history.'),
  createBid: method(createBidSchema, bidSchema, 'Creates a bid (and any organisation or contact typed in) and its first stage event.'),
  updateBid: method(updateBidSchema, bidSchema, "Replaces a bid's fields; its stage changes only through moveBid."),
  moveBid: method(moveBidSchema, moveResultSchema, 'Moves a bid to another stage and records the stage event.'),
  undoMove: method(undoMoveSchema, bidSchema, "Reverts a bid's latest move and removes its stage event."),
  setArchived: method(setArchivedSchema, bidSchema, 'Archives a bid (hidden from the board) or restores it.'),
  deleteBid: method(bidIdSchema, z.object({ id: z.number() }), 'Deletes a bid and its history for good.'),
  searchOrganisations: method(lookupSchema, z.array(organisationSchema), 'Organisations whose name contains the query.'),
  searchContacts: method(lookupSchema, z.array(namedRefSchema), 'Contacts whose name contains the query.'),
  listTags: method(noInputSchema, z.array(z.string()), 'Every tag in use, alphabetically.'),
  loadSampleData: method(noInputSchema, sampleDataResultSchema, "Fills an empty database with two years of an interim's bids."),
} satisfies Record<ApiMethod, MethodSpec>;

export type ApiContract = typeof apiContract;
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<ApiContract[M]['output']>;
/** Inputs after parsing: defaults filled in, strings trimmed. This is what the core receives. */
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>;

/** What the renderer calls. */
export type StintApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };

/** What the core implements: inputs already parsed by the transport. */
export type ApiHandlers = { [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> };

/** What the preload exposes: each call resolves to an envelope, because errors lose their fields crossing contextBridge. */
export type StintBridge = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<Envelope<ApiOutput<M>>> };
