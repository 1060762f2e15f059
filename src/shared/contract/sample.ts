import { noInputSchema, sampleDataResultSchema } from '../schemas';
import { method } from './method';

export const sampleContract = {
  loadSampleData: method(noInputSchema, sampleDataResultSchema, "Fills an empty database with two years of an interim's bids."),
};
