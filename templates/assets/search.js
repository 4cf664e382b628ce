// Site search (progressive enhancement). The index (docs/data-formats.md) is split: the edition's manifest
// ({edition}/search/index.json) on first focus, then only the gram shards a query needs (search/grams/, shared by the
// editions) and the edition's document chunks of the results shown.
// Query and documents fold to one script; postings of bigrams (or a lone character) give ranked candidates; the
// folded text confirms each term. Same logic in C#: src/Site.Rendering/Search/SearchQuery.cs; Node: bench/search.
(function () {
  "use strict";
  var WORD = /[\p{L}\p{Nd}]/u;
  var RADIUS = 40;

  // get(path) fetches a file of the index folder as parsed JSON (fetch in the browser, the file system in Node).
  function open(manifest, get) {
    var map = new Map(), f = manifest.fold, starts = [0];
    for (var i = 0; i + 1 < f.length; i += 2) map.set(f[i], f[i + 1]);
    manifest.chunks.forEach(function (n, k) { starts.push(starts[k] + n); });
    return { get: get, map: map, kinds: manifest.kinds, docs: manifest.docs, grams: manifest.grams, shards: manifest.shards, starts: starts, files: new Map(), lists: new Map() };
  }

  function cached(index, path, then) {
    if (!index.files.has(path)) {
      var p = index.get(path).then(then);
      p.catch(function () { index.files.delete(path); });
      index.files.set(path, p);
    }
    return index.files.get(path);
  }

  function prepare(index, d) {
    var doc = { kind: d[0], title: d[1], context: d[2], url: d[3], text: d[4], ftitle: fold(index, d[1]), ftext: fold(index, d[4]), alts: [] };
    // Other editions' wording (韩战 for 朝鲜战争): their folded title where it differs, their text as hunks over ours.
    (d[5] || []).forEach(function (v) {
      var out = "", at = 0;
      v[1].forEach(function (h) { out += doc.ftext.slice(at, h[0]) + h[2]; at = h[0] + h[1]; });
      doc.alts.push({ title: v[0], hunks: v[1], text: out + doc.ftext.slice(at) });
    });
    return doc;
  }

  function chunkOf(index, id) {
    var lo = 0, hi = index.starts.length - 2;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (index.starts[mid] <= id) lo = mid; else hi = mid - 1; }
    return lo;
  }

  function doc(index, id) {
    var k = chunkOf(index, id);
    return cached(index, "docs/" + k + ".json", function (list) { return list.map(function (d) { return prepare(index, d); }); })
      .then(function (list) { return list[id - index.starts[k]]; });
  }

  // FNV-1a over UTF-16 units (SearchText.ShardOf): the shard a gram's postings are in.
  function shardOf(index, gram) {
    var h = 0x811c9dc5;
    for (var i = 0; i < gram.length; i++) h = Math.imul(h ^ gram.charCodeAt(i), 16777619) >>> 0;
    return h & (index.shards - 1);
  }

  // A gram's postings as a Map of document → weight (count × 2 + in title), or null where the index lacks it.
  function postings(index, gram) {
    if (index.lists.has(gram)) return Promise.resolve(index.lists.get(gram));
    return cached(index, index.grams + shardOf(index, gram) + ".json", function (s) { return s; }).then(function (shard) {
      var flat = Object.prototype.hasOwnProperty.call(shard, gram) ? shard[gram] : null, list = null;
      if (flat) { list = new Map(); for (var i = 0, id = 0; i + 1 < flat.length; i += 2) { id += flat[i]; list.set(id, flat[i + 1]); } }
      index.lists.set(gram, list);
      return list;
    });
  }

  // One UTF-16 unit to one: full-width ASCII to ASCII, A-Z to a-z, then the Traditional-to-Simplified map.
  function fold(index, s) {
    var out = new Array(s.length);
    for (var i = 0; i < s.length; i++) {
      var n = s.charCodeAt(i);
      if (n >= 0xFF01 && n <= 0xFF5E) n -= 0xFEE0;
      if (n >= 65 && n <= 90) n += 32;
      var c = String.fromCharCode(n);
      out[i] = index.map.get(c) || c;
    }
    return out.join("");
  }

  function bigrams(s) {
    var seen = [];
    for (var i = 0; i + 1 < s.length; i++) {
      if (!WORD.test(s[i]) || !WORD.test(s[i + 1])) continue;
      var g = s.substr(i, 2);
      if (seen.indexOf(g) < 0) seen.push(g);
    }
    return seen;
  }

  // SearchText.QueryGrams: the bigrams of a term, or else its indexed characters.
  function grams(term) {
    var gs = bigrams(term);
    if (gs.length) return gs;
    term.split("").forEach(function (c) { if (WORD.test(c) && gs.indexOf(c) < 0) gs.push(c); });
    return gs;
  }

  function terms(index, query) {
    return fold(index, query).split(/\s+/).filter(Boolean);
  }

  function holds(doc, term) {
    return doc.ftitle.indexOf(term) >= 0 || doc.ftext.indexOf(term) >= 0 || doc.alts.some(function (a) {
      return (a.title !== null && a.title.indexOf(term) >= 0) || (a.hunks.length > 0 && a.text.indexOf(term) >= 0);
    });
  }

  // A query's results (SearchQuery.Candidates, then Run): candidates ranked from the postings — a term all of whose
  // grams are in the title first, then the summed least counts, then document order — and confirmed on their text,
  // fetched chunk by chunk, as more(n) asks for n more. total is exact when every term is one gram, or all are confirmed.
  function query(index, q) {
    var ts = terms(index, q), looked = ts.map(grams).filter(function (g) { return g.length; });
    var all = [].concat.apply([], looked);
    var set = { terms: ts, hits: [], candidates: [], next: 0, exact: ts.every(function (t) { return t.length <= 2 && grams(t).join("") === t; }) };
    set.done = function () { return set.next >= set.candidates.length; };
    set.total = function () { return !set.exact && set.done() ? set.hits.length : set.candidates.length; };
    set.more = function (n) { return confirm(index, set, set.hits.length + n).then(function () { return set; }); };
    if (!looked.length) return Promise.resolve(set);
    return Promise.all(all.map(function (g) { return postings(index, g); })).then(function (lists) {
      if (lists.some(function (l) { return !l; })) return set;
      var by = new Map(all.map(function (g, i) { return [g, lists[i]]; }));
      var smallest = lists.reduce(function (a, b) { return b.size < a.size ? b : a; });
      smallest.forEach(function (_, id) {
        if (!lists.every(function (l) { return l.has(id); })) return;
        var inTitle = looked.some(function (gs) { return gs.every(function (g) { return by.get(g).get(id) & 1; }); });
        var n = looked.reduce(function (s, gs) { return s + Math.min.apply(null, gs.map(function (g) { return by.get(g).get(id) >> 1; })); }, 0);
        set.candidates.push({ id: id, inTitle: inTitle, count: n });
      });
      set.candidates.sort(function (a, b) { return (b.inTitle - a.inTitle) || (b.count - a.count) || (a.id - b.id); });
      return set;
    });
  }

  // Confirms candidates in rank order, a window at a time (its chunks fetched together), until `want` hits or none left.
  function confirm(index, set, want) {
    if (set.hits.length >= want || set.done()) return Promise.resolve();
    var window = set.candidates.slice(set.next, set.next + Math.max(16, 2 * (want - set.hits.length)));
    set.next += window.length;
    return Promise.all(window.map(function (c) { return doc(index, c.id); })).then(function (docs) {
      docs.forEach(function (d, i) {
        if (set.terms.every(function (t) { return holds(d, t); })) set.hits.push({ id: window[i].id, doc: d, inTitle: window[i].inTitle, count: window[i].count });
      });
      return confirm(index, set, want);
    });
  }

  // A position in another edition's text as one in ours (TextHunks.ToOwn): inside a hunk, its start or end.
  function toOwn(hunks, p, end) {
    var shift = 0;
    for (var i = 0; i < hunks.length; i++) {
      var h = hunks[i], start = h[0] + shift;
      if (p < start || (end && p === start)) break;
      if (p < start + h[2].length || (end && p === start + h[2].length)) return end ? h[0] + h[1] : h[0];
      shift += h[2].length - h[1];
    }
    return p - shift;
  }

  // The own-script text around the first match, as [text, marked] pieces (folded and own text have the same length).
  function matches(doc, ts) {
    var found = [];
    ts.forEach(function (t) {
      for (var at = doc.ftext.indexOf(t); at >= 0; at = doc.ftext.indexOf(t, at + t.length)) found.push([at, at + t.length]);
      doc.alts.forEach(function (a) {
        if (!a.hunks.length) return;
        for (var at = a.text.indexOf(t); at >= 0; at = a.text.indexOf(t, at + t.length)) found.push([toOwn(a.hunks, at, false), toOwn(a.hunks, at + t.length, true)]);
      });
    });
    return found.sort(function (a, b) { return a[0] - b[0]; });
  }

  function snippet(doc, ts) {
    var found = matches(doc, ts), first = found.length ? found[0][0] : 0;
    var start = Math.max(0, first - RADIUS), end = Math.min(doc.text.length, first + RADIUS * 2);
    var marked = new Array(end - start).fill(false);
    found.forEach(function (m) {
      if (m[0] >= start && m[1] <= end) for (var i = m[0]; i < m[1]; i++) marked[i - start] = true;
    });
    var pieces = [], from = 0;
    for (var i = 1; i <= marked.length; i++) {
      if (i === marked.length || marked[i] !== marked[from]) { pieces.push([doc.text.slice(start + from, start + i), marked[from]]); from = i; }
    }
    if (start > 0) pieces.unshift(["…", false]);
    if (end < doc.text.length) pieces.push(["…", false]);
    return pieces;
  }

  var core = { open: open, doc: doc, fold: fold, grams: grams, terms: terms, query: query, snippet: snippet };
  if (typeof module === "object" && module.exports) { module.exports = core; return; }

  var form = document.querySelector(".site-search");
  if (!form) return;
  var input = form.querySelector(".search-input"), panel = form.querySelector(".search-panel"), status = form.querySelector(".search-status");
  var indexUrl = new URL(form.dataset.index, location.href), kinds = form.dataset.kinds.split("|");
  var loading = null, timer = 0;

  function getJson(path) {
    return fetch(new URL(path, indexUrl)).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); });
  }

  function load() {
    if (!loading) {
      loading = getJson(indexUrl.href).then(function (m) { return open(m, getJson); });
      loading.catch(function () { loading = null; });
    }
    return loading;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  function results(list, hits, ts) {
    hits.forEach(function (h) {
      var a = el("a");
      a.href = new URL(h.doc.url, indexUrl).href;
      a.append(el("span", "search-hit-title", h.doc.title), el("span", "search-hit-context", kinds[h.doc.kind] + " · " + h.doc.context));
      var p = el("span", "search-hit-snippet");
      snippet(h.doc, ts).forEach(function (piece) { p.append(piece[1] ? el("mark", "", piece[0]) : document.createTextNode(piece[0])); });
      a.append(p);
      var li = el("li");
      li.append(a);
      list.append(li);
    });
  }

  // "N results", or "at most N" while unconfirmed candidates of a longer term remain.
  function counted(set) {
    if (!set.total()) return form.dataset.none;
    return (set.exact || set.done() ? form.dataset.results : form.dataset.atMost).replace("{0}", set.total());
  }

  function say(target, text) { if (target.textContent !== text) target.textContent = text; }

  function hide() { panel.hidden = true; }

  function fail(target) {
    return function () { say(target, form.dataset.error); };
  }

  function run() {
    var q = input.value.trim();
    if (!q) { hide(); say(status, ""); return; }
    say(status, form.dataset.loading);
    load().then(function (index) {
      return query(index, q).then(function (set) { return set.more(8); }).then(function (set) {
        if (input.value.trim() !== q) return;
        var text = counted(set);
        panel.textContent = "";
        panel.append(el("p", "search-count", text));
        var list = el("ol", "search-results");
        results(list, set.hits.slice(0, 8), set.terms);
        panel.append(list);
        if (set.total() > 8) {
          var more = el("a", "search-more", form.dataset.more);
          more.href = form.action + "?q=" + encodeURIComponent(q);
          panel.append(more);
        }
        panel.hidden = false;
        say(status, text);
      });
    }).catch(function () {
      panel.textContent = "";
      panel.append(el("p", "search-count", form.dataset.error));
      panel.hidden = false;
      fail(status)();
    });
  }

  input.addEventListener("focus", load);
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 120); });
  form.addEventListener("keydown", function (e) {
    var items = [input].concat(Array.prototype.slice.call(panel.querySelectorAll("a")));
    var at = items.indexOf(document.activeElement);
    if (e.key === "Escape") { input.focus(); hide(); return; }
    if (panel.hidden || at < 0 || (e.key !== "ArrowDown" && e.key !== "ArrowUp")) return;
    e.preventDefault();
    items[Math.max(0, Math.min(items.length - 1, at + (e.key === "ArrowDown" ? 1 : -1)))].focus();
  });
  form.addEventListener("focusout", function () {
    setTimeout(function () { if (!form.contains(document.activeElement)) hide(); }, 0);
  });
  input.addEventListener("focus", function () { if (input.value.trim() && panel.childNodes.length) panel.hidden = false; });
  // site.js loads this script on the box's first focus: catch up with that focus and with what was typed meanwhile.
  if (document.activeElement === input) {
    load();
    if (input.value.trim()) run();
  }

  // The search page: the results of ?q=, fifty at a time.
  var page = document.querySelector(".search-page-results");
  if (page) {
    document.querySelector(".search-nojs").hidden = true;
    var pageStatus = document.querySelector(".search-page-status"), button = document.querySelector(".search-page-more");
    var q = new URLSearchParams(location.search).get("q") || "";
    document.querySelector("#search-page-q").value = q;
    if (q.trim()) {
      say(pageStatus, form.dataset.loading);
      load().then(function (index) { return query(index, q); }).then(function (set) {
        function show() {
          button.disabled = true;
          return set.more(50).then(function () {
            results(page, set.hits.slice(page.children.length), set.terms);
            say(pageStatus, counted(set));
            button.hidden = set.done();
            button.disabled = false;
          });
        }
        button.addEventListener("click", function () { show().catch(fail(pageStatus)); });
        return show();
      }).catch(fail(pageStatus));
    }
  }
})();
