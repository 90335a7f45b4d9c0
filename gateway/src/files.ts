const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const FILE_ROUTES: [string, RegExp, 'upload' | 'download'][] = [
  ['POST', /^\/documents$/, 'upload'],
  ['GET', new RegExp(`^/documents/${UUID}/files/${UUID}$`), 'download'],
  ['GET', new RegExp(`^/cases/${UUID}/case-file\\.zip$`), 'download'],
];

/** Which of the cases service's file routes a `/files/…` request is for (null: none). */
export function filesRoute(method: string, path: string): 'upload' | 'download' | null {
  return FILE_ROUTES.find(([m, pattern]) => m === method && pattern.test(path))?.[2] ?? null;
}

/** The open-data files stats serves: `statistikk-<year>.json|csv`. */
export const OPEN_DATA_FILE = /^statistikk-\d{4}\.(json|csv)$/;
