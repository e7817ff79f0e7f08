import { parseDocument } from 'yaml';
import { error, warning, type Diagnostic } from '../diagnostics.ts';

export type FrontMatter = {
  /** The YAML mapping, or null when the file has no front matter. */
  data: Record<string, unknown> | null;
  body: string;
  /** 1-based line of the source where the body starts. */
  bodyLine: number;
};

export type FrontMatterResult = { value: FrontMatter; diagnostics: Diagnostic[] } | { rejection: Diagnostic };

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;
/** Hexo and Jekyll allow blank lines before the opening fence; so do the scrapers that feed us. */
const MAX_LEADING_BLANK_LINES = 5;
/** Guards against YAML that is a bomb rather than metadata. */
const MAX_FRONT_MATTER_CHARS = 64 * 1024;
const MAX_DEPTH = 8;

function depthOf(value: unknown, depth = 0): number {
  if (depth > MAX_DEPTH) return depth;
  if (Array.isArray(value)) return Math.max(depth, ...value.map((v) => depthOf(v, depth + 1)));
  if (typeof value === 'object' && value !== null) {
    return Math.max(depth, ...Object.values(value).map((v) => depthOf(v, depth + 1)));
  }
  return depth;
}

/** Splits Hexo/Jekyll YAML front matter from the body and parses it with the YAML 1.2 core schema. */
export function parseFrontMatter(file: string, text: string): FrontMatterResult {
  const lines = text.split('\n');
  let open = 0;
  while (open < lines.length && open < MAX_LEADING_BLANK_LINES && lines[open]?.trim() === '') open++;
  if (!FENCE.test(lines[open] ?? '')) {
    return { value: { data: null, body: text, bodyLine: 1 }, diagnostics: [] };
  }
  let close = -1;
  for (let i = open + 1; i < lines.length; i++) {
    if (CLOSING_FENCE.test(lines[i] ?? '')) {
      close = i;
      break;
    }
  }
  if (close === -1) {
    return {
      rejection: error(file, 'the front matter opened here never closes', "end it with a line of '---'", open + 1),
    };
  }
  const yamlText = lines.slice(open + 1, close).join('\n');
  const body = lines.slice(close + 1).join('\n');
  const bodyLine = close + 2;
  if (yamlText.length > MAX_FRONT_MATTER_CHARS) {
    return {
      rejection: error(file, 'the front matter is over 64 KB', 'keep only metadata in it', open + 1),
    };
  }
  // core schema: dates stay strings (we parse them ourselves), 'yes'/'no' stay strings.
  const doc = parseDocument(yamlText, { schema: 'core', uniqueKeys: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = (yamlError.linePos?.[0].line ?? 0) + open + 1;
    const reason = (yamlError.message.split('\n')[0] ?? 'syntax error').replace(/ at line \d+, column \d+:?$/, '');
    return {
      rejection: error(file, `the front matter is not valid YAML (${reason})`, 'fix the YAML syntax', line),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return {
      rejection: error(file, `the front matter cannot be expanded (${reason})`, 'remove YAML aliases', open + 1),
    };
  }
  const diagnostics: Diagnostic[] = [];
  if (data === null || data === undefined) {
    diagnostics.push(warning(file, 'the front matter is empty', 'add a title and a date', open + 1));
    return { value: { data: {}, body, bodyLine }, diagnostics };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      rejection: error(
        file,
        'the front matter is not a mapping of keys to values',
        "write it as 'key: value' lines",
        open + 2,
      ),
    };
  }
  if (depthOf(data) > MAX_DEPTH) {
    return {
      rejection: error(file, `the front matter nests deeper than ${MAX_DEPTH} levels`, 'flatten it', open + 1),
    };
  }
  return { value: { data: data as Record<string, unknown>, body, bodyLine }, diagnostics };
}
