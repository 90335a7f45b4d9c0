import { defineProjectConfig } from '@klageportal/vitest-config';

export default defineProjectConfig({ root: import.meta.dirname });
