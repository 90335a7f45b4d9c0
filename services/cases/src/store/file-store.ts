import { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FileChunkRecord } from './entities/index.js';

/**
 * Where file content lives, behind the smallest interface the documents need. The default keeps
 * it in PostgreSQL (file_chunk rows of 256 KiB), so one database backup holds the cases with
 * their files; an S3-compatible store can implement the same two methods later.
 */
export type FileStore = {
  /** Stores a new blob's content inside the caller's transaction, as it streams in. */
  put(tx: EntityManager, blobId: string, content: AsyncIterable<Buffer>): Promise<void>;
  /** The blob's content as a stream, read piece by piece (never all of it in memory). */
  get(em: EntityManager, blobId: string): Readable;
};

export const CHUNK_BYTES = 256 * 1024;

export function postgresFileStore(): FileStore {
  return {
    async put(tx, blobId, content) {
      let seq = 0;
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      const flush = async (data: Buffer) => {
        await tx.insert(FileChunkRecord, { blobId, seq: seq++, data });
      };
      for await (const piece of content) {
        pending.push(piece);
        pendingBytes += piece.length;
        while (pendingBytes >= CHUNK_BYTES) {
          const all = Buffer.concat(pending);
          await flush(all.subarray(0, CHUNK_BYTES));
          const rest = all.subarray(CHUNK_BYTES);
          pending = rest.length ? [Buffer.from(rest)] : [];
          pendingBytes = rest.length;
        }
      }
      if (pendingBytes > 0) await flush(Buffer.concat(pending));
    },
    get(em, blobId) {
      let seq = 0;
      return Readable.from(
        (async function* () {
          while (true) {
            const rows = await em.execute<{ data: Buffer }[]>(
              'select data from cases.file_chunk where blob_id = ? and seq = ?',
              [blobId, seq++],
            );
            const data = rows[0]?.data;
            if (!data) return;
            yield Buffer.from(data);
          }
        })(),
        { objectMode: false },
      );
    },
  };
}
