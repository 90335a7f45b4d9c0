import {
  CaseFactRecord,
  CourtCountRecord,
  FeedPositionRecord,
  MonthlyCountRecord,
  MonthlyOutcomeRecord,
  ProcessingHistogramRecord,
} from './projection.entity.js';

export const entities = [
  FeedPositionRecord,
  CaseFactRecord,
  MonthlyCountRecord,
  MonthlyOutcomeRecord,
  ProcessingHistogramRecord,
  CourtCountRecord,
];
export {
  CaseFactRecord,
  CourtCountRecord,
  FeedPositionRecord,
  MonthlyCountRecord,
  MonthlyOutcomeRecord,
  ProcessingHistogramRecord,
};
