import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import {
  DOCUMENT_CATEGORIES,
  DOCUMENT_DIRECTIONS,
  type DocumentCategory,
  type DocumentDirection,
} from '../../domain/document.js';
import { CaseRecord } from './case.entity.js';

/** A document on a case, in one direction, with its files (document_file). */
@Entity({ tableName: 'document' })
@Index({ properties: ['caseId', 'createdAt'] })
export class DocumentRecord {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => CaseRecord, { mapToPk: true, joinColumn: 'case_id', deleteRule: 'cascade' })
  caseId!: string;

  @Enum({ items: [...DOCUMENT_DIRECTIONS] })
  direction!: DocumentDirection;

  @Enum({ items: [...DOCUMENT_CATEGORIES] })
  category!: DocumentCategory;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Enum({ items: ['PERSON', 'STAFF'] })
  senderKind!: 'PERSON' | 'STAFF';

  /** Identity's person id or a staff id: never a name or a fødselsnummer. */
  @Property({ type: 'string', length: 64 })
  senderId!: string;

  @Property({ type: 'string', length: 32 })
  senderRole!: string;
}

/** Stored file content, in chunks (file_chunk), with its size, type and SHA-256. */
@Entity({ tableName: 'file_blob' })
export class FileBlobRecord {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'bigint' })
  size!: number;

  @Property({ type: 'string', length: 128 })
  mime!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

/** One piece of a blob's content, in order (`seq` from 0). */
@Entity({ tableName: 'file_chunk' })
export class FileChunkRecord {
  @ManyToOne(() => FileBlobRecord, {
    primary: true,
    mapToPk: true,
    joinColumn: 'blob_id',
    deleteRule: 'cascade',
  })
  blobId!: string;

  @PrimaryKey({ type: 'integer' })
  seq!: number;

  @Property({ type: 'blob' })
  data!: Buffer;
}

/** A file of a document: the blob, and the name and type it is downloaded with. */
@Entity({ tableName: 'document_file' })
export class DocumentFileRecord {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => DocumentRecord, { mapToPk: true, joinColumn: 'document_id', deleteRule: 'cascade' })
  documentId!: string;

  @ManyToOne(() => FileBlobRecord, { mapToPk: true, joinColumn: 'blob_id' })
  blobId!: string;

  @Property({ type: 'text' })
  filename!: string;

  @Property({ type: 'integer' })
  position!: number;
}
