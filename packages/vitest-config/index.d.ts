import type { UserConfig } from 'vitest/config';
export function defineProjectConfig(options: { root: string }): UserConfig;
