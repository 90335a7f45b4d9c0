import { CaseRecord } from './case.entity.js';
import { CaseTypeRecord } from './case-type.entity.js';
import { FirstInstanceBodyRecord } from './first-instance-body.entity.js';

export const entities = [FirstInstanceBodyRecord, CaseTypeRecord, CaseRecord];
export { CaseRecord, CaseTypeRecord, FirstInstanceBodyRecord };
