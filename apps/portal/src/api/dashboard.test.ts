import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyFilter, MY_CASES_QUERY, PAGE_SIZE } from './cases';
import { DASHBOARD_QUERY, dashboardVariables, fetchDashboard, LATEST_DOCUMENTS } from './dashboard';
import { documentId } from './graphql';
import { START_PAGE_QUERY } from './startPage';

function answer(body: unknown, status = 200) {
  return vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify(body), { status }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The selection of a root field in an operation's text, whitespace collapsed. */
function selection(query: string, field: string): string {
  const start = query.indexOf(`${field}(`) >= 0 ? query.indexOf(`${field}(`) : query.indexOf(`${field} {`);
  let depth = 0;
  let end = query.indexOf('{', start);
  for (let i = end; i < query.length; i++) {
    if (query[i] === '{') depth++;
    if (query[i] === '}' && --depth === 0) {
      end = i;
      break;
    }
  }
  return query
    .slice(query.indexOf('{', start), end + 1)
    .replace(/\s+/g, ' ')
    .trim();
}

const cases = {
  items: [
    {
      caseNumber: '26/00102',
      available: true,
      unavailableReason: null,
      case: {
        id: 'c2',
        caseNumber: '26/00102',
        status: 'RECEIVED',
        receivedAt: '2026-01-05T08:00:00Z',
        caseType: { code: 'PSN_ANSVAR', name: 'Pasientskade' },
      },
      lastEvent: { status: 'RECEIVED', at: '2026-01-05T08:00:00Z' },
    },
  ],
  pageInfo: { endCursor: 'x', hasNextPage: false },
  totalCount: 1,
};
const latest = [
  {
    caseId: 'c2',
    caseNumber: '26/00102',
    document: {
      id: 'd1',
      title: 'Vedtak',
      category: 'DECISION',
      direction: 'OUT',
      createdAt: '2026-11-26T09:00:00Z',
      senderRole: 'CASE_OFFICER',
    },
  },
];
const viewer = {
  authenticated: true,
  kind: 'CITIZEN',
  consentRequired: false,
  person: { id: 'p', displayName: 'Per Klagesen' },
  actingFor: null,
};

describe('the Dashboard operation', () => {
  it('is one named operation: the viewer, the first page of Mine saker, the newest documents and the case types', () => {
    expect(DASHBOARD_QUERY.match(/^query Dashboard\(/gm)).toHaveLength(1);
    expect(DASHBOARD_QUERY.match(/\bquery\b/g)).toHaveLength(1);
    for (const variable of ['$language: Language!', '$first: Int!', '$latest: Int!', '$filter: CaseFilter']) {
      expect(DASHBOARD_QUERY).toContain(variable);
    }
    expect(DASHBOARD_QUERY).toContain('myLatestDocuments(first: $latest)');
    expect(DASHBOARD_QUERY).toContain('caseTypes { code name(language: $language) validTo }');
  });

  it('asks myCases exactly as Mine saker’s own query does, so both fill the same list', () => {
    expect(selection(DASHBOARD_QUERY, 'myCases')).toBe(selection(MY_CASES_QUERY, 'myCases'));
  });

  it('asks for the viewer only what the start page asks too', () => {
    const asked = selection(DASHBOARD_QUERY, 'viewer');
    const start = selection(START_PAGE_QUERY, 'viewer');
    for (const field of ['authenticated', 'kind', 'consentRequired', 'actingFor { id displayName }']) {
      expect(asked).toContain(field);
      expect(start).toContain(field);
    }
    expect(asked).toContain('person { id displayName }');
  });

  it('asks for the first page with no filter and the newest documents by default', () => {
    expect(dashboardVariables('NB', emptyFilter)).toEqual({
      language: 'NB',
      filter: {},
      first: PAGE_SIZE,
      after: null,
      latest: LATEST_DOCUMENTS,
    });
  });

  it('sends one request by its trusted-document id and returns every part', async () => {
    const fetch = answer({ data: { viewer, myCases: cases, myLatestDocuments: latest, caseTypes: [] } });
    vi.stubGlobal('fetch', fetch);
    const variables = dashboardVariables('NN', emptyFilter);
    const result = await fetchDashboard(variables);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(JSON.parse(String(init.body))).toEqual({ documentId: documentId(DASHBOARD_QUERY), variables });
    expect(result).toEqual({
      data: { viewer, myCases: cases, myLatestDocuments: latest, caseTypes: [] },
      myCasesError: null,
      latestDocumentsError: null,
    });
  });

  it('keeps what answered when a field is refused, with the refusal beside it', async () => {
    vi.stubGlobal(
      'fetch',
      answer({
        data: {
          viewer: { ...viewer, consentRequired: true },
          myCases: null,
          myLatestDocuments: null,
          caseTypes: [],
        },
        errors: [
          { message: 'no', path: ['myCases'], extensions: { code: 'FORBIDDEN', reason: 'CONSENT_REQUIRED' } },
          {
            message: 'no',
            path: ['myLatestDocuments'],
            extensions: { code: 'FORBIDDEN', reason: 'CONSENT_REQUIRED' },
          },
        ],
      }),
    );
    const result = await fetchDashboard(dashboardVariables('NB', emptyFilter));
    expect(result.data.viewer?.consentRequired).toBe(true);
    expect(result.myCasesError).toEqual({ code: 'FORBIDDEN', reason: 'CONSENT_REQUIRED' });
    expect(result.latestDocumentsError).toEqual({ code: 'FORBIDDEN', reason: 'CONSENT_REQUIRED' });
  });

  it('fails as a whole only when nothing answered', async () => {
    vi.stubGlobal('fetch', answer({ errors: [{ message: 'Gateway unavailable' }] }, 502));
    await expect(fetchDashboard(dashboardVariables('NB', emptyFilter))).rejects.toThrow(
      'GraphQL request failed',
    );
  });
});
