import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { Count } from '../../api/statistics';
import { useI18n } from '../../i18n/I18nProvider';
import { formatCount, SUPPRESSED_MARK, suppressionNote } from './statisticsTexts';

/** "–" on screen; screen readers hear "ikke vist" (not a dash, not a zero). */
export function SuppressedMark() {
  const { messages: m } = useI18n();
  return (
    <>
      <span aria-hidden="true">{SUPPRESSED_MARK}</span>
      <span className="ds-sr-only">{m.statisticsSuppressedCell}</span>
    </>
  );
}

/**
 * A figure in a table: the number, or "–" when suppressed. `data-value` holds the figure as the API
 * gave it (empty when suppressed), as in the open-data CSV.
 */
export function CountCell({ value }: { value: Count }) {
  const { language } = useI18n();
  return (
    <Table.Cell
      className="numeric"
      data-value={value === null ? '' : String(value)}
      data-suppressed={value === null ? 'true' : undefined}
    >
      {value === null ? <SuppressedMark /> : formatCount(value, language)}
    </Table.Cell>
  );
}

/** The visible explanation of "–", with the threshold the figures were suppressed below. */
export function SuppressionNote({ threshold, id }: { threshold: number; id?: string }) {
  const { language, messages: m } = useI18n();
  return (
    <Paragraph data-size="sm" id={id} className="suppression-note" data-testid="suppression-note">
      {suppressionNote(threshold, m, language)}
    </Paragraph>
  );
}
