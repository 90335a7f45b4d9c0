export type Person = { id: string; displayName: string; deceasedAt: Date | null };
