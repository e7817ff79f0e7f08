/**
 * Small SVG charts for the benchmark report: written as files beside bench.md and embedded in it,
 * so a regression shows at a glance on any Markdown viewer. No chart library: a line chart on
 * log axes and a bar chart are all the report needs.
 */

export type Series = { name: string; points: [number, number][] };

const WIDTH = 560;
const HEIGHT = 300;
const PAD = { left: 64, right: 150, top: 36, bottom: 44 };
const COLOURS = ['#b91c1c', '#1d4ed8', '#15803d', '#a16207', '#7e22ce'];

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function svg(title: string, body: string[], height = HEIGHT): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escape(title)}" font-family="system-ui, sans-serif" font-size="11">`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="${PAD.left}" y="20" font-size="13" font-weight="600" fill="#1c1917">${escape(title)}</text>`,
    ...body,
    '</svg>',
  ].join('\n');
}

/** Powers of ten spanning [min, max], for log-axis ticks. */
function decades(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let p = Math.floor(Math.log10(min)); p <= Math.ceil(Math.log10(max)); p++) ticks.push(10 ** p);
  return ticks;
}

function formatTick(value: number): string {
  if (value >= 1e6) return `${value / 1e6}M`;
  if (value >= 1e3) return `${value / 1e3}k`;
  return String(Number(value.toPrecision(3)));
}

/** A line per series over a log x axis and a log y axis (sizes and times across 5 → 100,000 documents). */
export function logLineChart(title: string, xLabel: string, yLabel: string, series: Series[]): string {
  const points = series.flatMap((s) => s.points).filter(([x, y]) => x > 0 && y > 0);
  if (points.length === 0) return svg(title, [`<text x="${PAD.left}" y="60">no data</text>`]);
  const xs = decades(Math.min(...points.map((p) => p[0])), Math.max(...points.map((p) => p[0])));
  const ys = decades(Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[1])));
  const [x0, x1] = [Math.log10(xs[0] ?? 1), Math.log10(xs.at(-1) ?? 10)];
  const [y0, y1] = [Math.log10(ys[0] ?? 1), Math.log10(ys.at(-1) ?? 10)];
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const px = (x: number) => PAD.left + ((Math.log10(x) - x0) / (x1 - x0 || 1)) * plotW;
  const py = (y: number) => PAD.top + plotH - ((Math.log10(y) - y0) / (y1 - y0 || 1)) * plotH;
  const body: string[] = [];
  for (const x of xs)
    body.push(
      `<line x1="${px(x)}" y1="${PAD.top}" x2="${px(x)}" y2="${PAD.top + plotH}" stroke="#e7e5e4"/>`,
      `<text x="${px(x)}" y="${PAD.top + plotH + 16}" text-anchor="middle" fill="#57534e">${formatTick(x)}</text>`,
    );
  for (const y of ys)
    body.push(
      `<line x1="${PAD.left}" y1="${py(y)}" x2="${PAD.left + plotW}" y2="${py(y)}" stroke="#e7e5e4"/>`,
      `<text x="${PAD.left - 6}" y="${py(y) + 4}" text-anchor="end" fill="#57534e">${formatTick(y)}</text>`,
    );
  body.push(
    `<text x="${PAD.left + plotW / 2}" y="${HEIGHT - 8}" text-anchor="middle" fill="#44403c">${escape(xLabel)}</text>`,
    `<text transform="translate(14 ${PAD.top + plotH / 2}) rotate(-90)" text-anchor="middle" fill="#44403c">${escape(yLabel)}</text>`,
  );
  series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length];
    const valid = s.points.filter(([x, y]) => x > 0 && y > 0).sort((a, b) => a[0] - b[0]);
    if (valid.length > 1)
      body.push(
        `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${valid.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' ')}"/>`,
      );
    for (const [x, y] of valid)
      body.push(
        `<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="3.5" fill="${colour}"><title>${escape(`${s.name}: ${formatTick(x)} → ${Number(y.toPrecision(4))}`)}</title></circle>`,
      );
    const ly = PAD.top + 8 + i * 18;
    body.push(
      `<rect x="${WIDTH - PAD.right + 14}" y="${ly - 8}" width="12" height="4" fill="${colour}"/>`,
      `<text x="${WIDTH - PAD.right + 32}" y="${ly - 3}" fill="#1c1917">${escape(s.name)}</text>`,
    );
  });
  return svg(title, body);
}

export type BarGroup = { label: string; values: { name: string; value: number; limit?: number }[] };

/** Room below the bars for group labels written on a slant, so long page names do not collide. */
const SLANTED_LABELS = 130;

/** Grouped bars on a linear axis from 0 to max, each with its budget drawn as a tick when given. */
export function barChart(title: string, yLabel: string, max: number, groups: BarGroup[]): string {
  const height = HEIGHT + SLANTED_LABELS;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const py = (v: number) => PAD.top + plotH - (Math.min(v, max) / max) * plotH;
  const body: string[] = [];
  for (let i = 0; i <= 4; i++) {
    const v = (max * i) / 4;
    body.push(
      `<line x1="${PAD.left}" y1="${py(v)}" x2="${PAD.left + plotW}" y2="${py(v)}" stroke="#e7e5e4"/>`,
      `<text x="${PAD.left - 6}" y="${py(v) + 4}" text-anchor="end" fill="#57534e">${formatTick(v)}</text>`,
    );
  }
  body.push(
    `<text transform="translate(14 ${PAD.top + plotH / 2}) rotate(-90)" text-anchor="middle" fill="#44403c">${escape(yLabel)}</text>`,
  );
  const groupW = plotW / Math.max(groups.length, 1);
  const names = [...new Set(groups.flatMap((g) => g.values.map((v) => v.name)))];
  const barW = (groupW * 0.7) / Math.max(names.length, 1);
  groups.forEach((group, g) => {
    const gx = PAD.left + g * groupW + groupW * 0.15;
    const lx = (gx + groupW * 0.35).toFixed(1);
    const ly = PAD.top + plotH + 14;
    body.push(
      `<text x="${lx}" y="${ly}" transform="rotate(35 ${lx} ${ly})" text-anchor="start" fill="#44403c">${escape(group.label)}</text>`,
    );
    for (const item of group.values) {
      const i = names.indexOf(item.name);
      const x = gx + i * barW;
      const colour = COLOURS[i % COLOURS.length];
      body.push(
        `<rect x="${x.toFixed(1)}" y="${py(item.value).toFixed(1)}" width="${(barW - 2).toFixed(1)}" height="${(PAD.top + plotH - py(item.value)).toFixed(1)}" fill="${colour}"><title>${escape(`${group.label} ${item.name}: ${item.value}`)}</title></rect>`,
        `<text x="${(x + barW / 2).toFixed(1)}" y="${(py(item.value) - 3).toFixed(1)}" text-anchor="middle" font-size="9" fill="#1c1917">${Number(item.value.toFixed(1))}</text>`,
      );
      if (item.limit !== undefined)
        body.push(
          `<line x1="${x.toFixed(1)}" y1="${py(item.limit).toFixed(1)}" x2="${(x + barW - 2).toFixed(1)}" y2="${py(item.limit).toFixed(1)}" stroke="#1c1917" stroke-width="2" stroke-dasharray="3 2"/>`,
        );
    }
  });
  names.forEach((name, i) => {
    const ly = PAD.top + 8 + i * 18;
    body.push(
      `<rect x="${WIDTH - PAD.right + 14}" y="${ly - 8}" width="12" height="10" fill="${COLOURS[i % COLOURS.length]}"/>`,
      `<text x="${WIDTH - PAD.right + 32}" y="${ly}" fill="#1c1917">${escape(name)}</text>`,
    );
  });
  body.push(
    `<text x="${WIDTH - PAD.right + 14}" y="${PAD.top + 8 + names.length * 18 + 6}" fill="#57534e">- - budget</text>`,
  );
  return svg(title, body, height);
}
