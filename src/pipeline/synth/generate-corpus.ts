/**
 * A synthetic corpus of realistic shape for scale tests: new titles, dates spread over years,
 * tags drawn from a few hundred values, paragraphs recombined from a sample corpus, the three
 * front-matter dialects seen in scraped news, and a few long plain-text reports.
 */

export type SynthFile = { name: string; text: string };

export type SynthInput = {
  /** Paragraph texts harvested from a sample corpus. */
  paragraphs: string[];
  /** Tags and publishers seen in the sample, to seed the pools. */
  tags: string[];
  sources: string[];
  docs: number;
  seed?: number;
};

/** mulberry32: tiny, fast and the same everywhere, so a seed gives the same corpus. */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REPORT_EVERY = 1000;
const TAG_POOL_SIZE = 300;
const SOURCE_POOL_SIZE = 40;
const START = Date.UTC(2015, 0, 1);
const END = Date.UTC(2024, 11, 31);
const CJK_RUN = /[\u4e00-\u9fff]{2,}/g;

function pick<T>(rng: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('cannot pick from an empty list');
  return item;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Words for tags and titles: runs of Chinese characters cut to 2–4 characters. */
function harvestWords(paragraphs: string[]): string[] {
  const words = new Set<string>();
  for (const paragraph of paragraphs) {
    for (const run of paragraph.match(CJK_RUN) ?? []) {
      for (let i = 0; i + 2 <= run.length && words.size < 20000; i += 3) words.add(run.slice(i, i + 2 + (i % 3)));
    }
  }
  return [...words];
}

function buildPool(rng: () => number, seedValues: string[], words: string[], size: number, suffix = ''): string[] {
  const pool = new Set(seedValues);
  let guard = 0;
  while (pool.size < size && guard++ < size * 20) pool.add(`${pick(rng, words)}${suffix}`);
  return [...pool];
}

function makeTitle(rng: () => number, words: string[], index: number): string {
  const parts = [pick(rng, words), pick(rng, words), pick(rng, words)];
  const joiner = pick(rng, ['：', '，', ' ', '回应', '发布']);
  return `${parts[0]}${parts[1]}${joiner}${parts[2]}${pick(rng, words)}（${index}）`;
}

function dateParts(rng: () => number): Date {
  return new Date(START + Math.floor(rng() * (END - START)));
}

function articleBody(rng: () => number, paragraphs: string[], tags: string[]): string {
  const count = 3 + Math.floor(rng() * 12);
  const parts: string[] = ['<div>'];
  for (let i = 0; i < count; i++) {
    parts.push(`<p>${escapeHtml(pick(rng, paragraphs))}</p>`);
    if (rng() < 0.08) {
      const n = Math.floor(rng() * 1e9).toString(16);
      parts.push(
        `<p><img class="lazy" data-original="https://img.example.com/${n}.jpg" data-width="1080" data-height="608" src="https://img.example.com/blank.gif"></p>`,
      );
    }
  }
  if (rng() < 0.3) parts.push('<p class="end"> - THE END -</p>');
  if (rng() < 0.3) {
    parts.push(
      `<p class="bqian">${tags.map((tag) => `<a href="https://news.example.com/tag/${encodeURIComponent(tag)}.htm"><i>#</i>${escapeHtml(tag)}</a>`).join('')}</p>`,
    );
  }
  parts.push('</div>');
  return parts.join('\n');
}

function hexoArticle(title: string, date: Date, source: string, tags: string[], body: string): string {
  const cover = `https://img.example.com/cover/${date.getTime().toString(36)}.jpg`;
  return [
    '',
    '---',
    `title: '${title.replace(/'/g, "''")}'`,
    'categories: ',
    ' - 新媒体',
    ` - ${source}`,
    ' - 最新新闻',
    `headimg: '${cover}'`,
    `author: ${source}`,
    'comments: false',
    `date: ${date.toUTCString()}`,
    `thumbnail: '${cover}'`,
    '---',
    '',
    body,
  ].join('\n');
}

function jekyllArticle(title: string, date: Date, source: string, tags: string[], body: string): string {
  const local = new Date(date.getTime() + 8 * 3600000);
  const stamp = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} +0800`;
  return [
    '---',
    'layout: post',
    `title: "${title.replace(/"/g, '\\"')}"`,
    `date: ${stamp}`,
    'categories: synthnews',
    `tags: ${tags[0] ?? '新闻'}`,
    '---',
    body,
    `<p class="em_media">（文章来源：${escapeHtml(source)}）</p>`,
  ].join('\n');
}

function flowListArticle(title: string, date: Date, source: string, tags: string[], body: string): string {
  const url = `https://www.example.org/cn/${date.getTime().toString(36)}`;
  return [
    '---',
    'layout: post',
    `title: "${title.replace(/"/g, '\\"')}"`,
    `date: ${date.toISOString()}`,
    `author: ${source}`,
    `from: ${url}`,
    `tags: [ ${tags.join(', ')} ]`,
    `categories: [ ${source} ]`,
    '---',
    `[${title}](${url})`,
    '------',
    '',
    body,
  ].join('\n');
}

function report(rng: () => number, paragraphs: string[], words: string[], index: number, year: number): string {
  const chapters = 4 + Math.floor(rng() * 3);
  const toc: string[] = [];
  const body: string[] = [];
  let page = 4;
  for (let c = 1; c <= chapters; c++) {
    const chapter = `${pick(rng, words)}${pick(rng, words)}，${pick(rng, words)}${pick(rng, words)}`;
    toc.push(`${pad(page)} ${chapter}`);
    body.push(chapter, '');
    const sections = 3 + Math.floor(rng() * 4);
    for (let s = 1; s <= sections; s++) {
      const section = `${pick(rng, words)}${pick(rng, words)}${pick(rng, words)}`;
      toc.push(section);
      body.push(`${c}.${s}`, section, '');
      const count = 4 + Math.floor(rng() * 8);
      for (let p = 0; p < count; p++) body.push(pick(rng, paragraphs), '');
      page += 1 + Math.floor(rng() * 3);
    }
  }
  const company = `${pick(rng, words)}${pick(rng, words)}集团`;
  return [
    '',
    `${pick(rng, words)}${pick(rng, words)} ${pick(rng, words)}`,
    '',
    `${company}企业社会责任报告 ${year}（${index}）`,
    '',
    '',
    '目录',
    '',
    '前言',
    '',
    ...toc.flatMap((line) => [line, '']),
    '前言',
    '',
    ...body,
  ].join('\n');
}

export function generateCorpus(input: SynthInput): SynthFile[] {
  const rng = createRng(input.seed ?? 20211211);
  const paragraphs = input.paragraphs.filter((p) => p.length >= 20);
  if (paragraphs.length === 0) throw new Error('the sample corpus has no paragraphs to recombine');
  const words = harvestWords(paragraphs);
  const tagPool = buildPool(rng, input.tags, words, TAG_POOL_SIZE);
  const sourcePool = buildPool(rng, input.sources, words, SOURCE_POOL_SIZE, '网');
  const files: SynthFile[] = [];
  const width = String(input.docs).length;
  for (let i = 1; i <= input.docs; i++) {
    const name = `synth-${pad(i, width)}`;
    const date = dateParts(rng);
    if (i % REPORT_EVERY === 0) {
      files.push({ name: `${name}.txt`, text: report(rng, paragraphs, words, i, date.getUTCFullYear()) });
      continue;
    }
    const title = makeTitle(rng, words, i);
    const source = pick(rng, sourcePool);
    const tagCount = 1 + Math.floor(rng() * 4);
    const tags = [...new Set(Array.from({ length: tagCount }, () => pick(rng, tagPool)))];
    const body = articleBody(rng, paragraphs, tags);
    const dialect = pick(rng, [hexoArticle, jekyllArticle, flowListArticle]);
    files.push({ name: `${name}.md`, text: dialect(title, date, source, tags, body) });
  }
  return files;
}
