/**
 * The API contract: every call the renderer may make, declared once with its input and result schemas, one file
 * per area merged here. The core implements it (`createApi`), the Electron shell and the browser host bind it
 * generically, and the renderer's client is typed from it.
 */
import type { z } from 'zod';
import type { ApiMethod } from '../api-methods';
import type { Envelope } from '../errors';
import { backupsContract } from './backups';
import { bidsContract } from './bids';
import { boardContract } from './board';
import { interviewsContract } from './interviews';
import { contactsContract } from './contacts';
import { contractsContract } from './contracts';
import { insightsContract } from './insights';
import { lookupsContract } from './lookups';
import type { MethodSpec } from './method';
import { outcomesContract } from './outcomes';
import { relationshipsContract } from './relationships';
import { sampleContract } from './sample';
import { settingsContract } from './settings';
import { skillsContract } from './skills';
import { transferContract } from './transfer';

export const apiContract = {
  ...boardContract,
  ...bidsContract,
  ...lookupsContract,
  ...sampleContract,
  ...interviewsContract,
  ...contractsContract,
  ...skillsContract,
  ...outcomesContract,
  ...insightsContract,
  ...relationshipsContract,
  ...settingsContract,
  ...contactsContract,
  ...backupsContract,
  ...transferContract,
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
