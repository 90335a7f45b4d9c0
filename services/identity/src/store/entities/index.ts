import { PersonRecord } from './person.entity.js';

export const entities = [PersonRecord];
export { PersonRecord };
