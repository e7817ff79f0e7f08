import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildBundleFromDir, DATA_DIR } from './build-bundle.ts';
import { formatBuildReport } from './build-report.ts';
import { resolveContentDir } from './content-dir.ts';
import { writeBundle } from './emit/write-bundle.ts';

const USAGE = `Usage: npm run bundle -- [--content DIR] [--out DIR] [--strict] [--json]
  --content DIR  the content folder (default: $CONTENT_DIR or content/)
  --out DIR      where the bundle goes (default: .bundle/${DATA_DIR})
  --strict       exit 1 on any rejection or warning
  --json         print the report as JSON`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        content: { type: 'string' },
        out: { type: 'string' },
        strict: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (cause) {
    console.error(cause instanceof Error ? cause.message : String(cause));
    console.error(USAGE);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const contentDir = args.content ? path.resolve(args.content) : resolveContentDir();
  const outDir = path.resolve(args.out ?? path.join('.bundle', DATA_DIR));
  const result = await buildBundleFromDir(contentDir);
  await writeBundle(outDir, result.files);
  // maxRSS is in kilobytes: the peak memory of the whole build, for benchmarks.
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  if (args.json) console.log(JSON.stringify({ ...result.report, peakRssMb }, null, 2));
  else
    console.log(
      `${formatBuildReport(result.report)}\nWrote ${result.files.size} files to ${path.relative(process.cwd(), outDir) || '.'}`,
    );
  if (args.strict && (result.report.rejections.length > 0 || result.report.warnings.length > 0)) return 1;
  return 0;
}

// exitCode, not exit(): exiting at once would cut off a long report still being written to a pipe.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (cause: unknown) => {
    // Only a fault of Yuelan itself gets here: bad input is reported, not thrown.
    console.error(`yuelan bundle: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`);
    process.exitCode = 1;
  },
);
