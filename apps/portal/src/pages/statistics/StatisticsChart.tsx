import { Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { type ChartSpec, chartHeight } from './chartSpec';

type DrawState = 'loading' | 'drawn' | 'failed';

/**
 * A chart drawn by the chart library, which is fetched (`import('./charts')`) the first time a
 * chart is shown: no other page loads it. The canvas is an image with a name (`label`), a
 * description (the visible hint) and `aria-details` pointing at the table with the same figures.
 * If the library cannot be loaded, the chart is left out; the table says it all.
 */
export function StatisticsChart({
  spec,
  label,
  tableId,
}: {
  spec: ChartSpec;
  label: string;
  tableId: string;
}) {
  const { messages: m } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const hintId = useId();
  const [state, setState] = useState<DrawState>('loading');

  useEffect(() => {
    let cancelled = false;
    let chart: { destroy(): void } | undefined;
    import('./charts').then(
      ({ drawChart }) => {
        if (cancelled || !canvas.current) return;
        chart = drawChart(canvas.current, spec);
        setState('drawn');
      },
      () => {
        if (!cancelled) setState('failed');
      },
    );
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [spec]);

  if (state === 'failed') return null;
  return (
    <div className="stats-chart">
      <Paragraph data-size="sm" id={hintId} className="stats-chart__hint">
        {m.statsChartHint}
      </Paragraph>
      <div className="stats-chart__canvas" style={{ height: `${chartHeight(spec)}px` }}>
        <canvas
          ref={canvas}
          role="img"
          aria-label={label}
          aria-describedby={hintId}
          aria-details={tableId}
          data-testid="stats-chart"
          data-state={state}
        />
      </div>
    </div>
  );
}
