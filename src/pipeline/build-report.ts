import type { BuildReport } from './build-bundle.ts';
import { formatDiagnostic, printable } from './diagnostics.ts';

/** The build report as people read it at the end of a build. */
export function formatBuildReport(report: BuildReport): string {
  const lines = [
    `Yuelan bundle: ${report.filesRead} files read, ${report.documents} documents written, ${report.rejections.length} rejected, ${report.warnings.length} warnings (${(report.milliseconds / 1000).toFixed(2)} s)`,
  ];
  if (report.dictionary) {
    lines.push(`Entities: ${report.dictionary.entities} from ${printable(report.dictionary.file)}`);
  }
  if (report.rejections.length > 0) {
    lines.push('Rejected:');
    for (const d of report.rejections) lines.push(`  ${formatDiagnostic(d)}`);
  }
  if (report.warnings.length > 0) {
    lines.push('Warnings:');
    for (const d of report.warnings) lines.push(`  ${formatDiagnostic(d)}`);
  }
  const sources = Object.entries(report.provenance);
  if (sources.length > 0) {
    lines.push('Report titles, dates and publishers taken from:');
    for (const [file, from] of sources)
      lines.push(
        `  ${printable(file)}: title from ${from.title}; date from ${from.date ?? 'nowhere (undated)'}; publisher from ${from.publisher ?? 'nowhere (none named)'}`,
      );
  }
  const rules = Object.entries(report.rules);
  if (rules.length > 0) {
    lines.push('Cleaning rules fired:');
    lines.push(`  ${rules.map(([rule, count]) => `${rule} ×${count}`).join(', ')}`);
  }
  const removed = Object.values(report.removedText).flat();
  if (removed.length > 0)
    lines.push(
      `Text removed by cleaning rules: ${removed.length} passages in ${Object.keys(report.removedText).length} files (listed with --json)`,
    );
  return lines.join('\n');
}
