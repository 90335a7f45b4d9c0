import { AccessLogRecord } from './access-log.entity.js';
import { CaseRecord } from './case.entity.js';
import { CasePartyRecord } from './case-party.entity.js';
import { CaseStatusEventRecord } from './case-status-event.entity.js';
import { CaseTypeRecord } from './case-type.entity.js';
import { DocumentFileRecord, DocumentRecord, FileBlobRecord, FileChunkRecord } from './document.entity.js';
import { FirstInstanceBodyRecord } from './first-instance-body.entity.js';
import { FormAnswerRecord, WaiverRecord } from './form.entity.js';
import { NotificationConsentRecord, OutboxCursorRecord, OutboxRecord } from './outbox.entity.js';

export const entities = [
  FirstInstanceBodyRecord,
  CaseTypeRecord,
  CaseRecord,
  CasePartyRecord,
  CaseStatusEventRecord,
  AccessLogRecord,
  DocumentRecord,
  FileBlobRecord,
  FileChunkRecord,
  DocumentFileRecord,
  OutboxRecord,
  OutboxCursorRecord,
  NotificationConsentRecord,
  FormAnswerRecord,
  WaiverRecord,
];
export {
  AccessLogRecord,
  CasePartyRecord,
  CaseRecord,
  CaseStatusEventRecord,
  CaseTypeRecord,
  DocumentFileRecord,
  DocumentRecord,
  FileBlobRecord,
  FileChunkRecord,
  FirstInstanceBodyRecord,
  FormAnswerRecord,
  NotificationConsentRecord,
  OutboxCursorRecord,
  OutboxRecord,
  WaiverRecord,
};
