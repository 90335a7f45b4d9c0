import { PressInquiryRecord } from './press-inquiry.entity.js';

export const entities = [PressInquiryRecord];
export { PressInquiryRecord };
