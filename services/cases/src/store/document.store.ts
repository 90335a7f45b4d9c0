import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CaseDocument, DocumentCategory, DocumentDirection } from '../domain/document.js';
import type { OverviewScope } from '../domain/overview.js';
import { DocumentFileRecord, DocumentRecord, FileBlobRecord } from './entities/index.js';

type Row = {
  id: string;
  case_id: string;
  direction: DocumentDirection;
  category: DocumentCategory;
  title: string;
  created_at: Date;
  sender_kind: 'PERSON' | 'STAFF';
  sender_id: string;
  sender_role: string;
  file_id: string | null;
  blob_id: string | null;
  filename: string | null;
  mime: string | null;
  size: string | number | null;
  sha256: string | null;
  form_kind: string | null;
  form_data: Record<string, unknown> | string | null;
};

const COLUMNS = `d.id, d.case_id, d.direction, d.category, d.title, d.created_at, d.sender_kind, d.sender_id,
       d.sender_role, f.id as file_id, f.blob_id, f.filename, b.mime, b.size, b.sha256,
       a.kind as form_kind, a.data as form_data`;
/** A document's files (in order) and form answer, joined to `d`. */
const JOINS = `left join cases.form_answer a on a.document_id = d.id
  left join cases.document_file f on f.document_id = d.id
  left join cases.file_blob b on b.id = f.blob_id`;
const SELECT = `select ${COLUMNS}
  from cases.document d
  ${JOINS}`;

function group(rows: Row[]): CaseDocument[] {
  const byId = new Map<string, CaseDocument>();
  for (const r of rows) {
    let doc = byId.get(r.id);
    if (!doc) {
      doc = {
        id: r.id,
        caseId: r.case_id,
        direction: r.direction,
        category: r.category,
        title: r.title,
        createdAt: new Date(r.created_at),
        senderKind: r.sender_kind,
        senderId: r.sender_id,
        senderRole: r.sender_role,
        files: [],
        form: r.form_kind
          ? {
              kind: r.form_kind,
              data: typeof r.form_data === 'string' ? JSON.parse(r.form_data) : (r.form_data ?? {}),
            }
          : null,
      };
      byId.set(r.id, doc);
    }
    if (r.file_id) {
      doc.files.push({
        id: r.file_id,
        blobId: r.blob_id!,
        filename: r.filename!,
        mime: r.mime!,
        size: Number(r.size),
        sha256: r.sha256!,
      });
    }
  }
  return [...byId.values()];
}

/** The documents of many cases with their files, in one statement, oldest first per case. */
export async function findDocumentsByCaseIds(
  em: EntityManager,
  caseIds: readonly string[],
): Promise<Map<string, CaseDocument[]>> {
  const result = new Map<string, CaseDocument[]>(caseIds.map((id) => [id, []]));
  if (caseIds.length === 0) return result;
  const rows = await em.execute<Row[]>(
    `${SELECT} where d.case_id in (?) order by d.case_id, d.created_at, d.id, f.position`,
    [[...new Set(caseIds)]],
  );
  for (const doc of group(rows)) result.get(doc.caseId)?.push(doc);
  return result;
}

/** A document with the number of the case it is on. */
export type DocumentOnCase = { caseNumber: string; document: CaseDocument };

/**
 * The newest documents on the cases an overview looks among (overviewScope), newest first, with
 * their files and form answers and the case number, in one statement: each case in scope gives
 * its newest `first` documents (a backward scan of document(case_id, created_at)), and the newest
 * `first` of those are kept. `excludeCaseIds` leaves out cases the caller found it may not show.
 * Which of these the viewer may see is for the use case to decide (citizenAccess).
 */
export async function findLatestDocumentsInScope(
  em: EntityManager,
  scope: OverviewScope,
  options: { first: number; excludeCaseIds: readonly string[] },
): Promise<DocumentOnCase[]> {
  if (scope.caseNumbers !== null && scope.caseNumbers.length === 0) return [];
  const where = ['p.person_id = ?'];
  const params: unknown[] = [scope.partyPersonId];
  if (scope.excludeLawyerRows) where.push(`p.role <> 'LAWYER'`);
  if (scope.caseNumbers !== null) {
    where.push('c.case_number in (?)');
    params.push([...scope.caseNumbers]);
  }
  if (options.excludeCaseIds.length) {
    where.push('c.id not in (?)');
    params.push([...new Set(options.excludeCaseIds)]);
  }
  const rows = await em.execute<(Row & { case_number: string })[]>(
    `with scope as (
       select distinct c.id, c.case_number
         from cases.case_party p
         join cases.complaint_case c on c.id = p.case_id
        where ${where.join(' and ')}
     ), latest as (
       select l.id, s.case_number
         from scope s
         cross join lateral (
           select d.id, d.created_at from cases.document d
            where d.case_id = s.id
            order by d.created_at desc, d.id desc
            limit ?
         ) l
        order by l.created_at desc, l.id desc
        limit ?
     )
     select latest.case_number, ${COLUMNS}
       from latest
       join cases.document d on d.id = latest.id
       ${JOINS}
      order by d.created_at desc, d.id desc, f.position`,
    [...params, options.first, options.first],
  );
  const caseNumbers = new Map(rows.map((r) => [r.id, r.case_number]));
  return group(rows).map((document) => ({ caseNumber: caseNumbers.get(document.id)!, document }));
}

/** One document with its files, or null. */
export async function findDocument(em: EntityManager, id: string): Promise<CaseDocument | null> {
  const rows = await em.execute<Row[]>(`${SELECT} where d.id = ? order by f.position`, [id]);
  return group(rows)[0] ?? null;
}

/** A blob row before its content (file_chunk rows refer to it); finished by finishBlob. */
export async function startBlob(tx: EntityManager, now: Date): Promise<string> {
  const id = randomUUID();
  await tx.insert(FileBlobRecord, {
    id,
    sha256: '',
    size: 0,
    mime: 'application/octet-stream',
    createdAt: now,
  });
  return id;
}

export async function finishBlob(
  tx: EntityManager,
  id: string,
  facts: { sha256: string; size: number; mime: string },
): Promise<void> {
  await tx.nativeUpdate(FileBlobRecord, { id }, facts);
}

export type NewDocument = Omit<CaseDocument, 'id' | 'files' | 'form'> & {
  files: { blobId: string; filename: string }[];
};

/** Inserts a document and its files (inside the caller's transaction). */
export async function insertDocument(tx: EntityManager, input: NewDocument): Promise<string> {
  const id = randomUUID();
  const { files, ...doc } = input;
  await tx.insert(DocumentRecord, { id, ...doc });
  if (files.length) {
    await tx.insertMany(
      DocumentFileRecord,
      files.map((f, position) => ({
        id: randomUUID(),
        documentId: id,
        blobId: f.blobId,
        filename: f.filename,
        position,
      })),
    );
  }
  return id;
}
