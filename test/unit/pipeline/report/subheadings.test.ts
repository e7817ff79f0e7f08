import { expect, test } from 'vitest';
import type { TocNode } from '../../../../src/shared/bundle-schema.ts';
import { buildReport } from '../../../../src/pipeline/report/build-report.ts';

const flat = (nodes: readonly TocNode[]): TocNode[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
const subheadings = (report: ReturnType<typeof buildReport>): string[] =>
  flat(report.toc)
    .filter((n) => n.kind === 'subheading')
    .map((n) => n.title);
const long = (words: string): string =>
  `${words}, and the work goes on in every country where the company operates today.`;

// Two chapters, each with a short line above a paragraph: a true sub-heading and lines that
// only look like one by their shape (a chart's figure, a person's name in a caption).
const lines = [
  'Contents',
  'Our People 3',
  'Our Planet 9',
  '\fOur People',
  long('We hire'),
  'Health and Safety',
  long('We keep people safe'),
  'Mohamed Osman',
  long('A caption tells who speaks'),
  '\fOur Planet',
  long('We cut emissions'),
  'Water Stewardship',
  long('We save water'),
];

test('where headings are set large, only lines set large or bold are sub-headings', () => {
  const scales = lines.map((line) =>
    ['Our People', 'Our Planet', 'Health and Safety', 'Water Stewardship'].includes(line.replace('\f', '')) ? 1.4 : 1,
  );
  const report = buildReport('r.pdf', lines.join('\n'), [], { lineScales: scales });
  expect(subheadings(report)).toEqual(['Health and Safety', 'Water Stewardship']);
});

test('where the type is not known, or headings are set like the body, the shape decides', () => {
  expect(subheadings(buildReport('r.txt', lines.join('\n')))).toEqual([
    'Health and Safety',
    'Mohamed Osman',
    'Water Stewardship',
  ]);
  const flatType = lines.map(() => 1);
  expect(subheadings(buildReport('r.pdf', lines.join('\n'), [], { lineScales: flatType }))).toHaveLength(3);
});

test("a chart's figure, the rest of a wrapped sentence and running Chinese text are no sub-headings", () => {
  const text = [
    'Contents',
    'Our People 3',
    'Our Planet 9',
    '\fOur People',
    '-3.3%',
    long('Prices fell'),
    'and exploring new',
    long('markets where'),
    '\fOur Planet',
    '入的70%。各地区加快建设',
    `${'创新组织载体的建设不断推进，'.repeat(4)}成效明显。`,
  ].join('\n');
  expect(subheadings(buildReport('r.txt', text))).toEqual([]);
});
