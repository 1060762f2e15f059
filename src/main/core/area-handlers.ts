import type { ApiMethod } from '../../shared/api-methods';
import type { ApiHandlers } from '../../shared/contract';

/** The handlers of one area's contract (`{ getInsights: …, … }`): `createApi` merges every area's into one table. */
export type AreaHandlers<Contract> = { [M in keyof Contract & ApiMethod]: ApiHandlers[M] };
