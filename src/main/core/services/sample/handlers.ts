import type { sampleContract } from '../../../../shared/contract/sample';
import { ApiError } from '../../../../shared/errors';
import type { AreaHandlers } from '../../area-handlers';
import type { Clock } from '../../clock';
import type { Db } from '../../db/open';
import { opportunities } from '../../db/schema';
import { writeTransaction } from '../../db/transactions';
import { generatePipeline, SAMPLE_PIPELINE } from '../../fixtures/pipeline-generator';

export function sampleHandlers(db: Db, clock: Clock): AreaHandlers<typeof sampleContract> {
  return {
    // One transaction, so that the other host cannot add a bid between the check and the load.
    loadSampleData: () =>
      writeTransaction(db, (tx) => {
        if (tx.select({ id: opportunities.id }).from(opportunities).limit(1).get()) {
          throw new ApiError('CONFLICT', 'Sample data can only be loaded into an empty pipeline, so that it never mixes with your own bids.');
        }
        const counts = generatePipeline(tx, { ...SAMPLE_PIPELINE, now: clock.now() });
        return { bids: counts.bids, organisations: counts.organisations, events: counts.events };
      }),
  };
}
