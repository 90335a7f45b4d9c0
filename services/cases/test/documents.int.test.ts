import { createHash, randomUUID } from 'node:crypto';
import type { Principal } from '@klageportal/federation';
import { startTestService, type TestService } from '@klageportal/testkit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { createService, loadConfig } from '../src/index.js';
import { postgresFileStore } from '../src/store/file-store.js';
import type { VirusScanner } from '../src/usecases/virus-scanner.js';
import { addParty, citizen, OFFICER, registerCase } from './fixture.js';

const LIMIT = 1024 * 1024;
let failAfterChunks = Number.POSITIVE_INFINITY;
const store = postgresFileStore();
/** A scanner that finds the EICAR test string. */
const eicarScanner: VirusScanner = {
  start: () => {
    let seen = '';
    return {
      write: (piece) => {
        seen = (seen + piece.toString('latin1')).slice(-200_000);
      },
      finish: async () => (seen.includes('EICAR-STANDARD-ANTIVIRUS-TEST-FILE') ? 'INFECTED' : 'CLEAN'),
    };
  },
};

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService({
    name: 'cases',
    loadConfig,
    create: (config, options) =>
      createService(config, {
        ...options,
        deps: {
          maxUploadBytes: LIMIT,
          scanner: eicarScanner,
          // the database goes away in the middle of a file, when a test asks for it
          fileStore: {
            get: store.get,
            put: (tx, blobId, content) =>
              store.put(
                tx,
                blobId,
                (async function* () {
                  let n = 0;
                  for await (const piece of content) {
                    if (n++ >= failAfterChunks) throw new Error('connection terminated unexpectedly');
                    yield piece;
                  }
                })(),
              ),
          },
        },
      }),
    seed: true,
  });
});
afterAll(() => svc?.dispose());

const em = () => svc.service.orm.em.fork() as EntityManager;
const counts = async () => {
  const [row] = await em().execute<{ d: string; b: string; c: string; f: string }[]>(
    `select (select count(*) from cases.document) as d, (select count(*) from cases.file_blob) as b,
            (select count(*) from cases.file_chunk) as c, (select count(*) from cases.document_file) as f`,
  );
  return row;
};

const pdf = (bytes = 2000) =>
  Buffer.concat([
    Buffer.from('%PDF-1.7\n'),
    Buffer.alloc(Math.max(0, bytes - 15), 0x20),
    Buffer.from('\n%%EOF\n'),
  ]);
const png = () =>
  Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ff' +
      'ff3f0005fe02fea7d6a4f30000000049454e44ae426082',
    'hex',
  );
const exe = () =>
  Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(2000, 1)]);

async function upload(
  as: Principal,
  fields: { caseId: string; title?: string; category?: string },
  file: Buffer | null,
  filename = 'vedlegg.pdf',
) {
  const form = new FormData();
  form.set('caseId', fields.caseId);
  form.set('title', fields.title ?? 'Nye opplysninger');
  if (fields.category) form.set('category', fields.category);
  if (file) form.set('file', new Blob([file]), filename);
  const res = await fetch(`${svc.baseUrl}/documents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await svc.tokenFor(as)}` },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as { error?: string; document?: { id: string } } };
}

async function get(as: Principal, path: string) {
  const res = await fetch(`${svc.baseUrl}${path}`, {
    headers: { authorization: `Bearer ${await svc.tokenFor(as)}` },
  });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

type Docs = {
  case: {
    caseFileUrl: string | null;
    documents: {
      id: string;
      direction: string;
      category: string;
      title: string;
      senderRole: string;
      files: { filename: string; mime: string; size: number; sha256: string; downloadUrl: string }[];
    }[];
  };
};
const documentsOf = async (as: Principal, id: string) =>
  (
    await svc.graphql<Docs>(
      `query($id: ID!) { case(id: $id) { caseFileUrl documents { id direction category title senderRole
         files { filename mime size sha256 downloadUrl } } } }`,
      { id },
      as,
    )
  ).body.data!.case;

let complainant: string;
let lawyerCase: { id: string; complainant: string; lawyer: string };
let ownCase: string;
beforeAll(async () => {
  complainant = randomUUID();
  ownCase = (await registerCase(svc)).id;
  await addParty(svc, ownCase, { role: 'COMPLAINANT', personId: complainant });
  const c = await registerCase(svc);
  lawyerCase = { id: c.id, complainant: randomUUID(), lawyer: randomUUID() };
  await addParty(svc, c.id, { role: 'COMPLAINANT', personId: lawyerCase.complainant });
  await addParty(svc, c.id, {
    role: 'LAWYER',
    personId: lawyerCase.lawyer,
    email: 'ada.advokat@advokatfirma.example',
  });
});

describe('uploads', () => {
  it('store a PDF with its SHA-256 as new information from the complainant, downloadable byte for byte', async () => {
    const file = pdf(600_000);
    const sent = await upload(citizen(complainant), { caseId: ownCase }, file, 'C:\\tmp\\legeerklæring.pdf');
    expect(sent).toEqual({ status: 201, body: { document: { id: expect.any(String) } } });
    const { documents } = await documentsOf(citizen(complainant), ownCase);
    expect(documents).toEqual([
      {
        id: sent.body.document!.id,
        direction: 'IN',
        category: 'NEW_INFORMATION',
        title: 'Nye opplysninger',
        senderRole: 'COMPLAINANT',
        files: [
          {
            filename: 'legeerklæring.pdf',
            mime: 'application/pdf',
            size: file.length,
            sha256: createHash('sha256').update(file).digest('hex'),
            downloadUrl: expect.stringMatching(/^\/files\/documents\/[0-9a-f-]{36}\/files\/[0-9a-f-]{36}$/),
          },
        ],
      },
    ]);
    const { res, bytes } = await get(
      citizen(complainant),
      documents[0]!.files[0]!.downloadUrl.replace('/files', ''),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''legeerkl%C3%A6ring.pdf");
    expect(bytes.equals(file)).toBe(true);
    // someone else learns nothing, not even that it exists
    const stranger = await get(
      citizen(randomUUID()),
      documents[0]!.files[0]!.downloadUrl.replace('/files', ''),
    );
    expect(stranger.res.status).toBe(404);
  });

  it.each<[string, () => Buffer | null, string, number, string]>([
    ['a file over the limit', () => pdf(LIMIT + 1), 'stor.pdf', 413, 'TOO_LARGE'],
    ['an executable renamed to .pdf', exe, 'faktura.pdf', 415, 'TYPE_NOT_ALLOWED'],
    [
      'plain text',
      () => Buffer.from('hei, dette er bare tekst\n'.repeat(100)),
      'brev.pdf',
      415,
      'TYPE_NOT_ALLOWED',
    ],
    ['an empty file', () => Buffer.alloc(0), 'tom.pdf', 422, 'EMPTY_FILE'],
    [
      'a file with a virus',
      () =>
        Buffer.concat([
          pdf(),
          Buffer.from('X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'),
        ]),
      'v.pdf',
      422,
      'INFECTED',
    ],
    ['no file at all', () => null, '', 400, 'NO_FILE'],
  ])('refuse %s with a clear error, leaving nothing behind', async (_why, file, name, status, code) => {
    const before = await counts();
    expect(await upload(citizen(complainant), { caseId: ownCase }, file(), name)).toEqual({
      status,
      body: { error: code },
    });
    expect(await counts()).toEqual(before);
  });

  it('refuse a represented complainant: their lawyer sends documents', async () => {
    const before = await counts();
    expect(await upload(citizen(lawyerCase.complainant), { caseId: lawyerCase.id }, pdf())).toEqual({
      status: 403,
      body: { error: 'UPLOAD_NOT_ALLOWED' },
    });
    expect(await counts()).toEqual(before);
    expect(
      (await upload(citizen(lawyerCase.lawyer), { caseId: lawyerCase.id }, png(), 'skjermbilde.png')).status,
    ).toBe(201);
  });

  it('leave nothing half-written when the database fails in the middle of a file', async () => {
    const before = await counts();
    failAfterChunks = 3;
    try {
      const sent = await upload(citizen(complainant), { caseId: ownCase }, pdf(LIMIT - 10));
      expect(sent).toEqual({ status: 500, body: { error: 'INTERNAL_SERVER_ERROR' } });
    } finally {
      failAfterChunks = Number.POSITIVE_INFINITY;
    }
    expect(await counts()).toEqual(before);
    expect(svc.logs.text()).toContain('unexpected error in route');
  });

  it('refuse callers nobody vouches for, and cases they may not know of', async () => {
    const res = await fetch(`${svc.baseUrl}/documents`, { method: 'POST', body: new FormData() });
    expect(res.status).toBe(401);
    expect((await upload(citizen(randomUUID()), { caseId: ownCase }, pdf())).status).toBe(404);
    expect(
      (await upload({ kind: 'staff', staffId: 'p', roles: ['press_officer'] }, { caseId: ownCase }, pdf()))
        .status,
    ).toBe(404);
  });
});

function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const parts: Buffer[] = [];
          stream.on('data', (p: Buffer) => parts.push(p));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(parts));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.readEntry();
    });
  });
}

describe('the whole case file', () => {
  it('is one zip with every document and a manifest, for the lawyer; downloads are logged', async () => {
    const letter = pdf(300_000);
    expect(
      (
        await upload(
          OFFICER,
          { caseId: lawyerCase.id, title: 'Vedtak', category: 'DECISION' },
          letter,
          'vedtak.pdf',
        )
      ).status,
    ).toBe(201);
    const { caseFileUrl, documents } = await documentsOf(citizen(lawyerCase.lawyer), lawyerCase.id);
    expect(caseFileUrl).toBe(`/files/cases/${lawyerCase.id}/case-file.zip`);
    const { res, bytes } = await get(citizen(lawyerCase.lawyer), caseFileUrl!.replace('/files', ''));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const entries = await unzip(bytes);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as {
      documents: { title: string; direction: string; files: { path: string; sha256: string }[] }[];
    };
    expect(manifest.documents.map((d) => [d.direction, d.title])).toEqual(
      documents.map((d) => [d.direction, d.title]),
    );
    for (const doc of manifest.documents) {
      for (const f of doc.files) {
        expect(createHash('sha256').update(entries.get(f.path)!).digest('hex')).toBe(f.sha256);
      }
    }
    expect(entries.size).toBe(1 + documents.length);
    const log = await svc.graphql<{ caseAccessLog: { action: string }[] }>(
      'query($id: ID!) { caseAccessLog(caseId: $id) { action } }',
      { id: lawyerCase.id },
      citizen(lawyerCase.complainant),
    );
    expect(log.body.data!.caseAccessLog.map((e) => e.action)).toEqual(
      expect.arrayContaining(['CASE_FILE_DOWNLOADED', 'DOCUMENT_ADDED']),
    );
  });
});
