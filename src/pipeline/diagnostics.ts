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

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = diagnostic.line === undefined ? diagnostic.file : `${diagnostic.file}:${diagnostic.line}`;
  return `${where}: ${diagnostic.message} — ${diagnostic.fix}`;
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
