import type { courtCases, YearStatistics } from './statistics.js';
import type { Cell } from './suppression.js';

/** The open-data schema version: bumped only for incompatible changes. */
export const OPEN_DATA_SCHEMA_VERSION = 1;

/** The CSV columns, in order (one figure per line; `value` empty when suppressed). */
export const CSV_COLUMNS = ['year', 'dimension', 'key', 'measure', 'value'] as const;

type Court = ReturnType<typeof courtCases>;

/** One line per published (or suppressed) figure: the long format every tool reads. */
export function openDataRows(s: YearStatistics, court: Court): [number, string, string, string, Cell][] {
  const rows: [number, string, string, string, Cell][] = [
    [s.year, 'total', 'all', 'received', s.received],
    [s.year, 'total', 'all', 'decided', s.decided],
  ];
  for (const m of s.months)
    rows.push(
      [s.year, 'month', m.month, 'received', m.received],
      [s.year, 'month', m.month, 'decided', m.decided],
    );
  for (const t of s.byCaseType) {
    rows.push(
      [s.year, 'case_type', t.caseTypeCode, 'received', t.received],
      [s.year, 'case_type', t.caseTypeCode, 'decided', t.decided],
      [s.year, 'case_type', t.caseTypeCode, 'processing_weeks_median', t.processingTime.medianWeeks],
      [s.year, 'case_type', t.caseTypeCode, 'processing_weeks_p80', t.processingTime.p80Weeks],
      [s.year, 'case_type', t.caseTypeCode, 'processing_weeks_p90', t.processingTime.p90Weeks],
    );
  }
  for (const g of s.byCaseTypeGroup)
    rows.push(
      [s.year, 'case_type_group', g.group, 'received', g.received],
      [s.year, 'case_type_group', g.group, 'decided', g.decided],
    );
  for (const b of s.byFirstInstanceBody)
    rows.push(
      [s.year, 'first_instance_body', b.firstInstanceBodyCode, 'received', b.received],
      [s.year, 'first_instance_body', b.firstInstanceBodyCode, 'decided', b.decided],
    );
  for (const o of s.outcomes) rows.push([s.year, 'outcome', o.outcome, 'decided', o.count]);
  rows.push([s.year, 'court_patient_injury', 'all', 'in_court_now', court.total]);
  for (const c of court.byStatus)
    rows.push([s.year, 'court_patient_injury', c.courtStatus, 'in_court_now', c.count]);
  return rows;
}

/** RFC 4180 CSV with a header line; codes never hold commas or quotes, but quote anyway when they do. */
export function openDataCsv(s: YearStatistics, court: Court): string {
  const cell = (v: string | number | null) => {
    const text = v === null ? '' : String(v);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [CSV_COLUMNS.join(','), ...openDataRows(s, court).map((r) => r.map(cell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** The same figures as JSON: the GraphQL shape, with the schema version and the threshold. */
export function openDataJson(s: YearStatistics, court: Court) {
  return {
    schemaVersion: OPEN_DATA_SCHEMA_VERSION,
    year: s.year,
    suppressionThreshold: s.threshold,
    note: 'null: suppressed (a small figure, or one that would reveal a small figure)',
    received: s.received,
    decided: s.decided,
    months: s.months,
    byCaseType: s.byCaseType.map((t) => ({
      caseType: t.caseTypeCode,
      group: t.board,
      firstInstanceBody: t.firstInstanceBodyCode,
      received: t.received,
      decided: t.decided,
      processingWeeks: {
        median: t.processingTime.medianWeeks,
        p80: t.processingTime.p80Weeks,
        p90: t.processingTime.p90Weeks,
      },
    })),
    byCaseTypeGroup: s.byCaseTypeGroup,
    byFirstInstanceBody: s.byFirstInstanceBody,
    outcomes: s.outcomes,
    patientInjuryCourtCases: court,
  };
}
