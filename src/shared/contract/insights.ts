import { getInsightBidsSchema, getInsightsSchema, insightBidsSchema, insightsSchema } from '../schemas';
import { method } from './method';

export const insightsContract = {
  getInsights: method(getInsightsSchema, insightsSchema, "Every Insights chart's numbers and the findings, for bids passing the filters."),
  getInsightBids: method(getInsightBidsSchema, insightBidsSchema, 'The bids behind one bar or point of an Insights chart.'),
};
