// The chart library, loaded with `import()` from StatisticsChart only: a chunk of its own that no
// other page asks for. Only the parts the statistics page draws are registered (tree-shaken).
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  type ChartDataset,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  type Scale,
  type ScriptableScaleContext,
  Tooltip,
} from 'chart.js';
import { axisFontSize, type ChartSeries, type ChartSpec, labelWidth, wrapLabel } from './chartSpec';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Tooltip,
);

/** Text and axes: the page's own text colour (14:1 on white). */
const INK = '#1e2b3c';
const GRID = '#d5dbe2';
/**
 * Blue and brown-orange: both at least 5.9:1 on white (non-text contrast needs 3:1), and told apart
 * by more than colour (solid and dashed lines, circles and triangles, filled and hatched bars).
 */
const COLOURS: Readonly<Record<ChartSeries['style'], string>> = { first: '#1a5a96', second: '#a34a00' };
const FONT = { family: '"Inter Variable", Inter, system-ui, sans-serif', size: 14 };
/** The axes' labels: smaller on a narrow chart. */
const axisFont = (context: ScriptableScaleContext) => ({ ...FONT, size: axisFontSize(context.chart.width) });

/** Diagonal stripes in the series' colour on white: the second series of a bar chart. */
function hatch(colour: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2;
  ctx.beginPath();
  for (const offset of [-8, 0, 8]) {
    ctx.moveTo(offset, 8);
    ctx.lineTo(offset + 8, 0);
  }
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

function lineDataset(series: ChartSeries): ChartDataset<'line', (number | null)[]> {
  const colour = COLOURS[series.style];
  const second = series.style === 'second';
  return {
    label: series.label,
    data: series.values,
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: 3,
    borderDash: second ? [8, 5] : [],
    pointStyle: second ? 'triangle' : 'circle',
    pointRadius: second ? 6 : 5,
    spanGaps: false,
  };
}

function barDataset(series: ChartSeries): ChartDataset<'bar', (number | null)[]> {
  const colour = COLOURS[series.style];
  return {
    label: series.label,
    data: series.values,
    backgroundColor: series.style === 'second' ? hatch(colour) : colour,
    borderColor: colour,
    borderWidth: 2,
  };
}

function configuration(spec: ChartSpec): ChartConfiguration<'line' | 'bar', (number | null)[], string> {
  const valueAxis = spec.horizontal ? 'x' : 'y';
  const categoryAxis = spec.horizontal ? 'y' : 'x';
  return {
    type: spec.type,
    data: {
      labels: spec.labels,
      datasets: spec.series.map((series) =>
        spec.type === 'line' ? lineDataset(series) : barDataset(series),
      ) as ChartDataset<'line' | 'bar', (number | null)[]>[],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: spec.locale,
      indexAxis: spec.horizontal ? 'y' : 'x',
      plugins: {
        legend: {
          display: spec.series.length > 1,
          position: 'top',
          align: 'start',
          labels: {
            color: INK,
            font: FONT,
            usePointStyle: spec.type === 'line',
            boxWidth: 28,
            boxHeight: 14,
          },
        },
        tooltip: { titleFont: FONT, bodyFont: FONT },
      },
      scales: {
        [valueAxis]: {
          beginAtZero: true,
          ticks: { color: INK, font: axisFont, precision: 0 },
          grid: { color: GRID },
          border: { color: INK },
          title: { display: true, text: spec.valueTitle, color: INK, font: FONT },
        },
        [categoryAxis]: {
          ticks: {
            color: INK,
            font: axisFont,
            autoSkip: false,
            // long names beside a horizontal chart wrap to two lines that fit its width
            ...(spec.horizontal
              ? {
                  callback(this: Scale, value: number | string) {
                    return wrapLabel(this.getLabelForValue(Number(value)), labelWidth(this.chart.width));
                  },
                }
              : {}),
          },
          grid: { display: false },
          border: { color: INK },
        },
      },
    },
  };
}

/** Draws the chart on the canvas; the caller destroys it when the figures or the language change. */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): { destroy(): void } {
  const chart = new Chart(canvas, configuration(spec));
  return { destroy: () => chart.destroy() };
}
