// Recall of Pagefind (pinned in package.json) vs the site's own index (templates/assets/search.js over
// {edition}/search/) on real 2- and 4-character words, typed in Simplified and in Traditional, against
// both editions. See README.md. Usage: node compare.mjs --site DIR --work DIR [--json FILE]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as OpenCC from "opencc-js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const arg = (name, fallback) => { const i = process.argv.indexOf("--" + name); return i > 0 ? process.argv[i + 1] : fallback; };
const site = path.resolve(arg("site", path.join(repo, "_site")));
const work = path.resolve(arg("work", path.join(repo, "artifacts/search-bench")));
const editions = [{ code: "zh-hans", lang: "zh-Hans" }, { code: "zh-hant", lang: "zh-Hant" }];
const PER_CATEGORY = 150;

// --- our index, through the browser's own code
const core = createRequire(import.meta.url)(path.join(repo, "templates/assets/search.js"));
const ours = {};
for (const e of editions) {
  const get = async (p) => JSON.parse(fs.readFileSync(path.join(site, e.code, "search", p), "utf8"));
  const index = core.open(await get("index.json"), get);
  index.all = await Promise.all(Array.from({ length: index.docs }, (_, id) => core.doc(index, id)));
  ours[e.code] = index;
}
const searchOurs = async (index, q) => (await (await core.query(index, q)).more(100000)).hits;
const docText = (d) => d.title + "\n" + d.text;

// --- words: link texts of the seed and the corpus articles, OpenCC phrase-dictionary words found in the seed,
// and (not words) substrings sampled at a fixed stride; every one occurring in the zh-hans documents.
const toHans = OpenCC.Converter({ from: "tw", to: "cn" });
const toHant = OpenCC.Converter({ from: "cn", to: "tw" });
const hansText = ours["zh-hans"].all.map(docText).join("\n");
const han = (n) => new RegExp(`^\\p{Script=Han}{${n}}$`, "u");
const firstSeen = (w) => hansText.indexOf(w);

function linkTexts() {
  const files = [path.join(repo, "content/articles/韩美关系.wikitext")];
  const corpus = path.join(repo, "../shared/corpus/articles/zh");
  if (fs.existsSync(corpus)) for (const f of fs.readdirSync(corpus).sort()) files.push(path.join(corpus, f));
  const out = [];
  for (const f of files) {
    for (const m of fs.readFileSync(f, "utf8").matchAll(/\[\[([^\]|#\n]+)(?:#[^\]|\n]*)?(?:\|([^\]\n]+))?\]\]/g)) out.push(toHans((m[2] || m[1]).trim()));
  }
  return out;
}

function dictionaryWords() {
  return fs.readFileSync(path.join(repo, "third_party/opencc/dictionary/STPhrases.txt"), "utf8")
    .split("\n").filter((l) => l && l[0] !== "#").map((l) => l.split("\t")[0]);
}

function sample(list, n) {
  const unique = [...new Set(list)].filter((w) => firstSeen(w) >= 0).sort((a, b) => firstSeen(a) - firstSeen(b) || (a < b ? -1 : 1));
  if (unique.length <= n) return unique;
  return Array.from({ length: n }, (_, i) => unique[Math.floor((i * unique.length) / n)]);
}

function substrings(len, stride) {
  const out = [];
  for (let i = 0; i + len <= hansText.length; i += stride) { const s = hansText.slice(i, i + len); if (han(len).test(s)) out.push(s); }
  return out;
}

const words = [...linkTexts(), ...dictionaryWords()];
const categories = {
  "2-char words": sample(words.filter((w) => han(2).test(w)), PER_CATEGORY),
  "4-char words": sample(words.filter((w) => han(4).test(w)), PER_CATEGORY),
  "2-char substrings (not words)": sample(substrings(2, 53), PER_CATEGORY),
  "4-char substrings (not words)": sample(substrings(4, 53), PER_CATEGORY),
};
// Pinned words from the issue, always in.
for (const w of ["韩国", "同盟"]) if (!categories["2-char words"].includes(w)) categories["2-char words"].unshift(w);
for (const w of ["驻韩美军", "朝鲜战争"]) if (!categories["4-char words"].includes(w)) categories["4-char words"].unshift(w);

// --- Pagefind: the real site (units: pages) and one page per search document (units: sections, sources, events, pages).
const bin = path.join(here, "node_modules/.bin/pagefind");
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });
const realSite = path.join(work, "site");
fs.cpSync(site, realSite, { recursive: true });
const docSite = path.join(work, "docs");
const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
for (const e of editions) {
  fs.mkdirSync(path.join(docSite, e.code), { recursive: true });
  ours[e.code].all.forEach((d, i) => fs.writeFileSync(path.join(docSite, e.code, `${i}.html`),
    `<!DOCTYPE html><html lang="${e.lang}"><head><meta charset="utf-8"><title>${escape(d.title)}</title></head><body><main><h1>${escape(d.title)}</h1><p>${escape(d.text)}</p></main></body></html>\n`));
}
const version = execFileSync(bin, ["--version"], { encoding: "utf8" }).trim();
for (const dir of [realSite, docSite]) execFileSync(bin, ["--site", dir], { stdio: "ignore" });

const server = http.createServer((req, res) => {
  const p = path.join(work, decodeURIComponent(new URL(req.url, "http://localhost").pathname));
  fs.readFile(p, (err, data) => { if (err) { res.statusCode = 404; res.end(); } else res.end(data); });
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const origin = `http://127.0.0.1:${server.address().port}`;

async function pagefindFor(dir, lang) {
  // pagefind.js picks the index of <html lang>; one module instance per language.
  globalThis.document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
  const pf = await import(pathToFileURL(path.join(work, dir, "pagefind/pagefind.js")).href + "?lang=" + lang);
  await pf.options({ basePath: `${origin}/${dir}/pagefind/`, baseUrl: "/" });
  await pf.init();
  delete globalThis.document;
  return async (q) => Promise.all((await pf.search(q)).results.map((r) => r.data())).then((ds) => ds.map((d) => d.url));
}

// Units and the text that decides whether a unit is expected.
const pageOf = (url) => url.replace(/#.*$/, "").replace(/^(\.\.\/)*/, "").replace(/index\.html$/, "");
function mainText(file) {
  const html = fs.readFileSync(file, "utf8");
  const main = (html.match(/<main[\s\S]*?<\/main>/) || [""])[0];
  return main.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}
const levels = {};
for (const e of editions) {
  const pages = ["", "citations/", "timeline/", "about/"];
  levels[e.code] = {
    docs: { units: ours[e.code].all.map((d, i) => ({ id: String(i), text: docText(d) })),
      pagefind: await pagefindFor("docs", e.lang.toLowerCase()), pagefindUnit: (u) => u.match(/\/(\d+)\.html$/)?.[1],
      oursUnit: (h) => String(h.id) },
    pages: { units: pages.map((p) => ({ id: p, text: mainText(path.join(site, e.code, p, "index.html")) })),
      pagefind: await pagefindFor("site", e.lang.toLowerCase()), pagefindUnit: (u) => u.replace(`/${e.code}/`, ""),
      oursUnit: (h) => pageOf(h.doc.url) },
  };
}

// --- run
const results = [];
for (const [category, list] of Object.entries(categories)) {
  for (const hans of list) {
    const hant = toHant(hans);
    for (const e of editions) {
      const own = e.code === "zh-hans" ? hans : hant, other = e.code === "zh-hans" ? hant : hans;
      for (const [level, L] of Object.entries(levels[e.code])) {
        const expected = new Set(L.units.filter((u) => u.text.includes(own)).map((u) => u.id));
        if (!expected.size) continue;
        for (const [script, q] of [["same", own], ["cross", other]]) {
          if (script === "cross" && q === own) continue; // same spelling in both scripts: not a cross-script query
          const found = {
            pagefind: new Set((await L.pagefind(q)).map(L.pagefindUnit)),
            ours: new Set((await searchOurs(ours[e.code], q)).map(L.oursUnit)),
          };
          for (const [engine, set] of Object.entries(found)) {
            results.push({ category, level, edition: e.code, script, engine, query: q, expected: expected.size,
              found: [...expected].filter((u) => set.has(u)).length, returned: set.size });
          }
        }
      }
    }
  }
}
server.close();

// --- report
const sum = (rows, k) => rows.reduce((s, r) => s + r[k], 0);
const pct = (a, b) => b ? `${(100 * a / b).toFixed(1)} %` : "–";
const cell = (rows) => rows.length ? `${pct(sum(rows, "found"), sum(rows, "expected"))} (${sum(rows, "found")}/${sum(rows, "expected")}); precision ${pct(sum(rows, "found"), sum(rows, "returned"))}` : "–";
const lines = [];
lines.push(`${version.replace(/^pagefind/i, "Pagefind")} vs site index (search.js); words: ${Object.entries(categories).map(([c, l]) => `${c} ${l.length}`).join(", ")}`);
for (const level of ["docs", "pages"]) {
  lines.push("", `Units: ${level === "docs" ? "search documents (article sections, sources, events, pages), one HTML page each for Pagefind" : "pages of the real site (article, citations, timeline, about)"}`);
  lines.push("", "| words | query script | Pagefind: recall; precision | ours: recall; precision |", "|---|---|---:|---:|");
  for (const category of Object.keys(categories)) {
    for (const script of ["same", "cross"]) {
      const rows = (engine) => results.filter((r) => r.level === level && r.category === category && r.script === script && r.engine === engine);
      lines.push(`| ${category} | ${script === "same" ? "same as the edition" : "the other script"} | ${cell(rows("pagefind"))} | ${cell(rows("ours"))} |`);
    }
  }
}
const missed = results.filter((r) => r.engine === "ours" && r.found < r.expected);
lines.push("", `Queries where ours missed an expected unit: ${missed.length}${missed.length ? " — " + missed.slice(0, 10).map((r) => `${r.query}@${r.edition}/${r.level}`).join(", ") : ""}`);
console.log(lines.join("\n"));
const jsonOut = arg("json");
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ version, categories, results }, null, 1));
