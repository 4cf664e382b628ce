// Browser gates on the served site, in headless Debian Chromium (puppeteer-core, no downloaded browser):
//  - axe-core on every page, every mode (light; dark from the system, prefers-color-scheme: dark;
//    dark from the remembered toggle, localStorage theme=dark): 0 violations;
//  - no failed same-origin request (4xx/5xx or network error) and no uncaught script error on any page;
//  - search: a Traditional query on the zh-Hans edition finds the text, keyboard and axe with results open;
//  - screenshots of the article, timeline, citation index and search results at 390 px and 1280 px.
// Usage: node gates.mjs --site DIR --url http://127.0.0.1:PORT/site-test/ --out artifacts/quality
// Exit code: 0 clean, 1 violations or page errors, 2 could not run.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith("--") ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const siteDir = path.resolve(args.site ?? "_site");
const baseUrl = new URL(args.url ?? "http://127.0.0.1:8000/site-test/");
const outDir = path.resolve(args.out ?? "artifacts/quality");
const shotsDir = path.resolve(args.screenshots ?? "artifacts/screenshots");
const browserPath = process.env.CHROME_PATH || "/usr/bin/chromium";

const modes = {
  light: { scheme: "light", stored: null },
  dark: { scheme: "dark", stored: null },
  "dark-toggle": { scheme: "light", stored: "dark" },
};

function htmlPages(dir, prefix = "") {
  const pages = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.isDirectory()) pages.push(...htmlPages(path.join(dir, entry.name), prefix + entry.name + "/"));
    else if (entry.name.endsWith(".html")) pages.push(prefix + entry.name);
  }
  return pages;
}

async function openPage(browser, url, { width, height, scheme, stored }) {
  const page = await browser.newPage();
  const problems = [];
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    // Only the served site is reachable; external images and links are not fetched.
    if (new URL(request.url()).origin === baseUrl.origin || request.url().startsWith("data:")) request.continue();
    else request.abort("blockedbyclient");
  });
  page.on("response", (response) => {
    if (new URL(response.url()).origin === baseUrl.origin && response.status() >= 400 && response.url() !== url) {
      problems.push(`request ${response.url()}: HTTP ${response.status()}`);
    }
  });
  page.on("requestfailed", (request) => {
    if (new URL(request.url()).origin === baseUrl.origin) problems.push(`request ${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on("pageerror", (error) => problems.push(`script error: ${error.message}`));
  await page.evaluateOnNewDocument((theme) => {
    try {
      if (theme) localStorage.setItem("theme", theme);
      else localStorage.removeItem("theme");
    } catch (e) {}
    // The page under test stays loaded: a script redirect (the edition chooser sends readers to their
    // edition) is cancelled through the Navigation API, so axe checks the page itself.
    window.navigation?.addEventListener("navigate", (event) => {
      if (event.cancelable && !event.hashChange) {
        console.info("held back redirect to " + event.destination.url);
        event.preventDefault();
      }
    });
  }, stored);
  page.on("console", (message) => {
    if (message.text().startsWith("held back redirect")) console.log(`  (${url}: ${message.text()})`);
    // External resources are blocked on purpose (offline); their load errors are expected.
    else if (message.type() === "error" && !message.text().includes("ERR_BLOCKED_BY_CLIENT")) problems.push(`console error: ${message.text()}`);
  });
  const response = await page.goto(url, { waitUntil: "load", timeout: 30000 });
  // The 404 page is expected to come with status 404 when served at an unknown URL; here it is fetched by name.
  if (!response || response.status() >= 400) problems.push(`page ${url}: HTTP ${response?.status()}`);
  await page.evaluate(() => Promise.race([document.fonts.ready, new Promise((resolve) => setTimeout(resolve, 5000))]));
  // Off-screen sections skip rendering (content-visibility: auto); render them all, so that axe checks the contrast
  // of every section and full-page screenshots show the whole page. Lighthouse measures the page as shipped.
  await page.addStyleTag({ content: ".section { content-visibility: visible !important; }" });
  return { page, problems };
}

// Search end to end: a Traditional query typed into the header box of the zh-Hans edition finds the Simplified
// text; arrow keys walk the results, Escape closes them; axe passes with the results open (light and dark);
// the search page of the zh-Hant edition lists every result of ?q= typed in Simplified, with the zh-Hant wording.
async function searchChecks(browser) {
  const problems = [];
  for (const [width, height] of [[1280, 800], [390, 844]]) {
    for (const mode of ["light", "dark"]) {
      const { page, problems: pageProblems } = await openPage(browser, new URL("zh-hans/", baseUrl).href, { width, height, ...modes[mode] });
      problems.push(...pageProblems);
      await page.click("#site-search-q");
      await page.keyboard.type("駐韓美軍");
      try {
        await page.waitForSelector(".search-panel:not([hidden]) .search-results a", { timeout: 10000 });
      } catch {
        problems.push(`search ${width}px ${mode}: no result for 駐韓美軍 on zh-hans`);
        await page.close();
        continue;
      }
      const first = await page.$eval(".search-results a", (a) => ({ href: a.href, text: a.textContent, mark: a.querySelector("mark")?.textContent }));
      const status = await page.$eval(".site-search [role=status]", (e) => e.textContent);
      if (first.mark !== "驻韩美军") problems.push(`search: first result marks ${JSON.stringify(first.mark)}, not 驻韩美军`);
      if (!first.href.startsWith(new URL("zh-hans/", baseUrl).href)) problems.push(`search: result link ${first.href} is outside the edition or the base path`);
      if (!status) problems.push("search: the live status is empty");
      await page.screenshot({ path: path.join(shotsDir, `search-${width}${mode === "light" ? "" : "-dark"}.png`) });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`search at ${width}px: page is ${overflow}px wider than the viewport with results open`);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => (await axe.run(document, { resultTypes: ["violations"] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)); // eslint-disable-line no-undef
      problems.push(...violations.map((v) => `search results open (${width}px ${mode}), axe ${v}`));
      await page.keyboard.press("ArrowDown");
      const focused = await page.evaluate(() => document.activeElement?.closest(".search-results") !== null && document.activeElement?.tagName === "A");
      if (!focused) problems.push("search: ArrowDown does not move to the first result");
      await page.keyboard.press("Escape");
      const closed = await page.evaluate(() => document.querySelector(".search-panel").hidden && document.activeElement?.id === "site-search-q");
      if (!closed) problems.push("search: Escape does not close the results and return to the box");
      console.log(`search ${width}px ${mode}: 駐韓美軍 on zh-hans → "${status}", first "${first.text.slice(0, 40)}…"`);
      await page.close();
    }
  }
  const { page, problems: pageProblems } = await openPage(browser, new URL("zh-hant/search/?q=" + encodeURIComponent("朝鲜战争"), baseUrl).href, { width: 1280, height: 800, ...modes.light });
  problems.push(...pageProblems);
  try {
    await page.waitForSelector(".search-page-results li", { timeout: 10000 });
    const marks = await page.$$eval(".search-page-results mark", (m) => m.map((e) => e.textContent));
    if (!marks.includes("韓戰")) problems.push(`search page: 朝鲜战争 on zh-hant marks ${JSON.stringify(marks.slice(0, 5))}, not 韓戰`);
    if (await page.$eval(".search-nojs", (e) => !e.hidden)) problems.push("search page: the no-JavaScript notice is still shown");
    // Fifty results at a time: with fewer, every one is listed and there is nothing more to load.
    const listed = await page.$$eval(".search-page-results li", (l) => l.length);
    if (listed < 50 && await page.$eval(".search-page-more", (e) => !e.hidden)) problems.push(`search page: ${listed} results and a "more" button`);
    console.log(`search page zh-hant ?q=朝鲜战争: ${marks.length} marks, e.g. ${marks.slice(0, 3).join(" ")}`);
  } catch {
    problems.push("search page: no result for 朝鲜战争 on zh-hant");
  }
  await page.close();
  for (const p of problems) console.log(`  ${p}`);
  console.log(`search: ${problems.length} problems`);
  return problems.length;
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  fs.mkdirSync(shotsDir, { recursive: true });
  const browser = await puppeteer.launch({
    executablePath: browserPath,
    headless: true,
    protocolTimeout: 60000,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--font-render-hinting=none", "--lang=zh-CN"],
  });
  const report = [];
  let failures = 0;
  try {
    for (const file of htmlPages(siteDir)) {
      const url = new URL(file.replace(/(^|\/)index\.html$/, "$1"), baseUrl).href;
      for (const [mode, settings] of Object.entries(modes)) {
        const { page, problems } = await openPage(browser, url, { width: 1280, height: 800, ...settings });
        await page.evaluate(axeSource);
        const results = await page.evaluate(async () => {
          // eslint-disable-next-line no-undef
          const r = await axe.run(document, { resultTypes: ["violations"] });
          return r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            helpUrl: v.helpUrl,
            nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: n.failureSummary, html: n.html.slice(0, 300) })),
          }));
        });
        await page.close();
        const nodes = results.reduce((sum, v) => sum + v.nodes.length, 0);
        failures += results.length + problems.length;
        report.push({ file, mode, violations: results, problems });
        console.log(`axe ${file} [${mode}]: ${results.length} violations (${nodes} elements)${problems.length ? `, ${problems.length} page problems` : ""}`);
        for (const v of results) {
          console.log(`  ${v.id} (${v.impact}): ${v.help}`);
          for (const n of v.nodes.slice(0, 5)) console.log(`    ${n.target}: ${n.summary?.split("\n").slice(0, 3).join(" | ")}`);
          if (v.nodes.length > 5) console.log(`    … ${v.nodes.length - 5} more`);
        }
        for (const p of problems) console.log(`  ${p}`);
      }
    }

    failures += await searchChecks(browser);

    const shots = [
      ["article", "zh-hans/"],
      ["timeline", "zh-hans/timeline/"],
      ["citations", "zh-hans/citations/"],
      ["article-zh-hant", "zh-hant/"],
    ];
    for (const [name, relative] of shots) {
      for (const [width, height] of [[390, 844], [1280, 800]]) {
        for (const mode of name === "article" ? ["light", "dark"] : ["light"]) {
          const { page } = await openPage(browser, new URL(relative, baseUrl).href, { width, height, ...modes[mode] });
          const suffix = mode === "light" ? "" : `-${mode}`;
          await page.screenshot({ path: path.join(shotsDir, `${name}-${width}${suffix}.png`) });
          await page.screenshot({ path: path.join(shotsDir, `${name}-${width}${suffix}-full.png`), fullPage: true, captureBeyondViewport: true });
          // A page wider than the viewport scrolls sideways on a phone.
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) {
            console.log(`layout ${relative} at ${width}px: page is ${overflow}px wider than the viewport`);
            failures++;
          }
          await page.close();
        }
      }
    }
    console.log(`screenshots: ${fs.readdirSync(shotsDir).filter((f) => f.endsWith(".png")).length} in ${path.relative(process.cwd(), shotsDir) || "."}`);
  } finally {
    await browser.close();
  }
  fs.writeFileSync(path.join(outDir, "axe.json"), JSON.stringify(report, null, 2));
  const pages = new Set(report.map((r) => r.file)).size;
  const violations = report.reduce((sum, r) => sum + r.violations.length, 0);
  const problems = report.reduce((sum, r) => sum + r.problems.length, 0);
  console.log(`axe: ${pages} pages x ${Object.keys(modes).length} modes, ${violations} violations, ${problems} page problems`);
  process.exit(failures > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
