/**
 * How fast a value file is read, without the database: csv-parse alone, the CSV reader with line
 * numbers (`readCsvRecords`), and the whole reading of `openValueFile` (decoding, sniffing, cells).
 * `node --import tsx bench/parse-values.ts [rows]` (300 000 by default); best of three.
 */
import { Parser } from 'csv-parse';
import { readCsvRecords } from '../src/importers/values/csv';
import { openValueFile } from '../src/importers/values/read-file';
const rows = Number(process.argv[2] ?? 300_000);
const lines = ['measure;period;sex;area;value'];
for (let i = 0; i < rows; i++) lines.push(`"Mått ${i % 2000}";2023-${String((i % 12) + 1).padStart(2, '0')};${'TKM'[i % 3]};;${(i % 1000) / 10}`.replace('.', ','));
const text = `${lines.join('\n')}\n`;
const bytes = new TextEncoder().encode(text);
const chunks = () => { const out: Uint8Array[] = []; for (let o = 0; o < bytes.length; o += 64 * 1024) out.push(bytes.subarray(o, o + 64 * 1024)); return out; };
const strChunks = () => { const out: string[] = []; for (let o = 0; o < text.length; o += 64 * 1024) out.push(text.slice(o, o + 64 * 1024)); return out; };
const best = async (label: string, f: () => Promise<number>) => {
  let min = Infinity; let n = 0;
  for (let k = 0; k < 3; k++) { const t = performance.now(); n = await f(); min = Math.min(min, performance.now() - t); }
  console.log(`${label}: ${n} rows in ${min.toFixed(0)} ms = ${Math.round((n / min) * 1000).toLocaleString('sv-SE')} rows/s`);
};
await best('csv-parse alone (sync chunks, no info)', async () => { let n = 0; const p = new Parser({ delimiter: ';', relax_column_count: true, bom: true }); p.on('readable', () => { while (p.read()) n++; }); for (const c of strChunks()) p.write(c); p.end(); await new Promise((r) => p.on('end', r)); return n; });
await best('readCsvRecords (async iteration, line numbers)', async () => { let n = 0; for await (const _ of readCsvRecords(strChunks(), ';')) n++; return n; });
await best('openValueFile rows (decode, sniff, cells parsed)', async () => { let n = 0; const f = await openValueFile(chunks()); for await (const _ of f.rows) n++; return n; });
console.log(`${(bytes.length / 1024 / 1024).toFixed(1)} MB`);
