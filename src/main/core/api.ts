import type { ApiHandlers } from '../../shared/contract';
import { ApiError } from '../../shared/errors';
import type { Clock } from './clock';
import type { Db } from './db/open';
import { writeTransaction } from './db/transactions';
import { generatePipeline, SAMPLE_PIPELINE } from './fixtures/pipeline-generator';
import { createBoardQueries } from './services/board';
import { insightsHandlers } from './services/insights/handlers';
import { createBid, deleteBid, getBid, listTags, setArchived, updateBid } from './services/bids';
import { searchContacts } from './services/contacts';
import { searchOrganisations } from './services/organisations';
import { interviewsHandlers } from './services/interviews/handlers';
import { createMoveBid, undoMove } from './services/stages';
import { contractsHandlers } from './services/contracts/handlers';
import { skillsHandlers } from './services/skills/handlers';
import { opportunities } from './db/schema';
import { outcomesHandlers } from './services/outcomes/handlers';

/** The contract implemented over one database. Inputs arrive already parsed by the transport. */
export function createApi(db: Db, clock: Clock): ApiHandlers {
  const board = createBoardQueries(db);
  const moveBid = createMoveBid(db);
  return {
    getBoard: (input) => board.getBoard(clock.now(), input),
    getColumnPage: (input) => board.getColumnPage(clock.now(), input),
    getBid: ({ id }) => getBid(db, clock.now(), id),
    createBid: (input) => createBid(db, clock.now(), input),
    updateBid: (input) => updateBid(db, clock.now(), input),
    moveBid: (input) => moveBid(clock.now(), input),
    undoMove: (input) => undoMove(db, clock.now(), input),
    setArchived: (input) => setArchived(db, clock.now(), input),
    deleteBid: ({ id }) => deleteBid(db, id),
    searchOrganisations: (input) => searchOrganisations(db, input),
    searchContacts: (input) => searchContacts(db, input),
    listTags: () => listTags(db),
    ...interviewsHandlers(db, clock),
    // One transaction, so that the other host cannot add a bid between the check and the load.
    loadSampleData: () =>
      writeTransaction(db, (tx) => {
        if (tx.select({ id: opportunities.id }).from(opportunities).limit(1).get()) {
          throw new ApiError('CONFLICT', 'Sample data can only be loaded into an empty pipeline, so that it never mixes with your own bids.');
        }
        const counts = generatePipeline(tx, { ...SAMPLE_PIPELINE, now: clock.now() });
        return { bids: counts.bids, organisations: counts.organisations, events: counts.events };
      }),
    ...contractsHandlers(db, clock),
    ...skillsHandlers(db, clock),
    ...outcomesHandlers(db, clock),
    ...insightsHandlers(db, clock),
  };
}
