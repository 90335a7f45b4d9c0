import { ConsentRecord } from './consent.entity.js';
import { ContactPointRecord } from './contact-point.entity.js';
import { MandateRecord } from './mandate.entity.js';
import { PersonRecord } from './person.entity.js';
import { SessionRecord } from './session.entity.js';

export const entities = [PersonRecord, ContactPointRecord, ConsentRecord, MandateRecord, SessionRecord];
export { ConsentRecord, ContactPointRecord, MandateRecord, PersonRecord, SessionRecord };
