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
      // one buffer for every chunk: the driver copies each into its own message before the
      // insert resolves, so the file never piles up in memory, not even as garbage
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      let filled = 0;
      let seq = 0;
      const flush = async () => {
        await tx.insert(FileChunkRecord, { blobId, seq: seq++, data: chunk.subarray(0, filled) });
        filled = 0;
      };
      for await (const piece of content) {
        let offset = 0;
        while (offset < piece.length) {
          const n = piece.copy(chunk, filled, offset);
          filled += n;
          offset += n;
          if (filled === CHUNK_BYTES) await flush();
        }
      }
      if (filled > 0) await flush();
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
