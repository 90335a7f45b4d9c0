import { CaseTypeYearRecord } from './case-type-year.entity.js';

export const entities = [CaseTypeYearRecord];
export { CaseTypeYearRecord };
