/**
 * Build problems are for people: one line each, naming the file, the line where known,
 * what is wrong and what to do about it.
 */
export type Severity = 'error' | 'warning';

export type Diagnostic = {
  file: string;
  line?: number;
  severity: Severity;
  message: string;
  fix: string;
};

/**
 * Text from a file (its name, a title it holds) made safe to print on one line of a terminal:
 * control characters, line breaks and direction overrides are written as escapes ('\\u001b'),
 * so a file named with a newline or ANSI codes cannot write, erase or recolour report lines.
 */
export function printable(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = diagnostic.line === undefined ? diagnostic.file : `${diagnostic.file}:${diagnostic.line}`;
  return printable(`${where}: ${diagnostic.message} — ${diagnostic.fix}`);
}

export function warning(file: string, message: string, fix: string, line?: number): Diagnostic {
  return line === undefined
    ? { file, severity: 'warning', message, fix }
    : { file, line, severity: 'warning', message, fix };
}

export function error(file: string, message: string, fix: string, line?: number): Diagnostic {
  return line === undefined
    ? { file, severity: 'error', message, fix }
    : { file, line, severity: 'error', message, fix };
}
