import path from 'node:path';
import { firstLoadReport } from '../build/first-load.js';

/** Prints the home page's first-load JavaScript (gzip) from shell/build-stats/stats.json. */
const dist = path.resolve(import.meta.dirname, '..', 'dist');
const report = firstLoadReport(dist);
const lines = report.files.map(
  (file) => `${file.file.padEnd(34)} ${String(file.bytes).padStart(8)} B  ${String(file.gzipBytes).padStart(7)} B gzip`,
);
lines.push(
  `first load: ${report.files.length} files, ${report.bytes} B, ${report.gzipBytes} B gzip (${(report.gzipBytes / 1024).toFixed(1)} KiB)`,
);
process.stdout.write(`${lines.join('\n')}\n`);
