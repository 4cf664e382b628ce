// Times wtf_wikipedia parsing one wikitext file and prints MB/s (UTF-8 bytes).
import { readFileSync } from 'node:fs';
import wtf from 'wtf_wikipedia';

const path = process.argv[2];
if (!path) {
  console.error('usage: node parse.mjs FILE [runs]');
  process.exit(2);
}
const runs = Number(process.argv[3] ?? 3);
const text = readFileSync(path, 'utf8');
const megabytes = Buffer.byteLength(text, 'utf8') / 1e6;

wtf(text.slice(0, 200000)); // warm-up
const times = [];
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  const doc = wtf(text);
  if (!doc) throw new Error('no document');
  times.push(Number(process.hrtime.bigint() - start) / 1e9);
}
const mean = times.reduce((a, b) => a + b, 0) / times.length;
console.log(`wtf_wikipedia 10.4.2: ${megabytes.toFixed(2)} MB, mean ${(mean * 1000).toFixed(0)} ms over ${runs} run(s), ${(megabytes / mean).toFixed(2)} MB/s`);
