import { AccessLogRecord } from './access-log.entity.js';
import { CaseRecord } from './case.entity.js';
import { CasePartyRecord } from './case-party.entity.js';
import { CaseStatusEventRecord } from './case-status-event.entity.js';
import { CaseTypeRecord } from './case-type.entity.js';
import { FirstInstanceBodyRecord } from './first-instance-body.entity.js';

export const entities = [
  FirstInstanceBodyRecord,
  CaseTypeRecord,
  CaseRecord,
  CasePartyRecord,
  CaseStatusEventRecord,
  AccessLogRecord,
];
export {
  AccessLogRecord,
  CasePartyRecord,
  CaseRecord,
  CaseStatusEventRecord,
  CaseTypeRecord,
  FirstInstanceBodyRecord,
};
