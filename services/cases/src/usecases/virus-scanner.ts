/**
 * A hook for scanning uploads as they stream in: `start()` per file, `write` each piece, then
 * `finish()` says whether the file is clean. The default does nothing (no scanner is connected
 * here); a ClamAV (clamd INSTREAM) scanner would implement the same three calls.
 */
export type VirusScanner = {
  start(): { write(piece: Buffer): void; finish(): Promise<'CLEAN' | 'INFECTED'> };
};

export const noVirusScanner: VirusScanner = {
  start: () => ({ write: () => {}, finish: async () => 'CLEAN' }),
};
