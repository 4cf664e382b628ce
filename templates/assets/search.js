// Site search (progressive enhancement). The edition's index ({edition}/search/index.json, docs/data-formats.md)
// is fetched on first focus; query and documents fold to one script, bigram postings give candidates, the folded
// text confirms each term. Same logic in C#: src/Site.Rendering/Search/SearchQuery.cs; Node: bench/search.
(function () {
  "use strict";
  var WORD = /[\p{L}\p{Nd}]/u;
  var RADIUS = 40;

  function prepare(data) {
    var map = new Map(), f = data.fold;
    for (var i = 0; i + 1 < f.length; i += 2) map.set(f[i], f[i + 1]);
    var index = { grams: data.grams, kinds: data.kinds, map: map, docs: [] };
    data.docs.forEach(function (d) {
      var doc = { kind: d[0], title: d[1], context: d[2], url: d[3], text: d[4], ftitle: fold(index, d[1]), ftext: fold(index, d[4]), alts: [] };
      // Other editions' wording (韩战 for 朝鲜战争): their folded title where it differs, their text as hunks over ours.
      (d[5] || []).forEach(function (v) {
        var out = "", at = 0;
        v[1].forEach(function (h) { out += doc.ftext.slice(at, h[0]) + h[2]; at = h[0] + h[1]; });
        doc.alts.push({ title: v[0], hunks: v[1], text: out + doc.ftext.slice(at) });
      });
      index.docs.push(doc);
    });
    return index;
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

  function terms(index, query) {
    return fold(index, query).split(/\s+/).filter(Boolean);
  }

  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
    }
    return out;
  }

  function count(text, term) {
    var n = 0;
    for (var at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) n++;
    return n;
  }

  // Hits ranked as SearchQuery.Run: a term in the title first, then occurrences, then document order.
  function search(index, query, limit) {
    var ts = terms(index, query);
    if (!ts.length) return [];
    var ids = null;
    for (var t = 0; t < ts.length; t++) {
      var gs = bigrams(ts[t]);
      for (var g = 0; g < gs.length; g++) {
        if (!Object.prototype.hasOwnProperty.call(index.grams, gs[g])) return [];
        ids = ids ? intersect(ids, index.grams[gs[g]]) : index.grams[gs[g]];
      }
    }
    if (!ids) ids = index.docs.map(function (_, i) { return i; });
    var hits = [];
    ids.forEach(function (id) {
      var doc = index.docs[id], inTitle = false, n = 0;
      for (var k = 0; k < ts.length; k++) {
        var here = doc.ftitle.indexOf(ts[k]) >= 0, c = count(doc.ftext, ts[k]);
        doc.alts.forEach(function (a) {
          here = here || (a.title !== null && a.title.indexOf(ts[k]) >= 0);
          if (!c) c = Math.max(c, count(a.text, ts[k]));
        });
        if (!here && !c) return;
        inTitle = inTitle || here;
        n += c;
      }
      hits.push({ id: id, doc: doc, inTitle: inTitle, count: n });
    });
    hits.sort(function (a, b) { return (b.inTitle - a.inTitle) || (b.count - a.count) || (a.id - b.id); });
    return hits.slice(0, limit || 50);
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

  var core = { prepare: prepare, fold: fold, bigrams: bigrams, terms: terms, search: search, snippet: snippet };
  if (typeof module === "object" && module.exports) { module.exports = core; return; }

  var form = document.querySelector(".site-search");
  if (!form) return;
  var input = form.querySelector(".search-input"), panel = form.querySelector(".search-panel"), status = form.querySelector(".search-status");
  var indexUrl = new URL(form.dataset.index, location.href), kinds = form.dataset.kinds.split("|");
  var loading = null, timer = 0;

  function load() {
    if (!loading) {
      loading = fetch(indexUrl).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); }).then(prepare);
      loading.catch(function () {});
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
    list.textContent = "";
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

  function say(target, text) { if (target.textContent !== text) target.textContent = text; }

  function hide() { panel.hidden = true; }

  function run() {
    var q = input.value.trim();
    if (!q) { hide(); say(status, ""); return; }
    say(status, form.dataset.loading);
    load().then(function (index) {
      if (input.value.trim() !== q) return;
      var all = search(index, q, 500), ts = terms(index, q);
      var text = all.length ? form.dataset.results.replace("{0}", all.length) : form.dataset.none;
      panel.textContent = "";
      panel.append(el("p", "search-count", text));
      var list = el("ol", "search-results");
      results(list, all.slice(0, 8), ts);
      panel.append(list);
      if (all.length > 8) {
        var more = el("a", "search-more", form.dataset.more);
        more.href = form.action + "?q=" + encodeURIComponent(q);
        panel.append(more);
      }
      panel.hidden = false;
      say(status, text);
    }, function () {
      panel.textContent = "";
      panel.append(el("p", "search-count", form.dataset.error));
      panel.hidden = false;
      say(status, form.dataset.error);
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

  // The search page: every result of ?q=.
  var page = document.querySelector(".search-page-results");
  if (page) {
    document.querySelector(".search-nojs").hidden = true;
    var pageStatus = document.querySelector(".search-page-status");
    var q = new URLSearchParams(location.search).get("q") || "";
    document.querySelector("#search-page-q").value = q;
    if (q.trim()) {
      say(pageStatus, form.dataset.loading);
      load().then(function (index) {
        var all = search(index, q, 1000);
        results(page, all, terms(index, q));
        say(pageStatus, all.length ? form.dataset.results.replace("{0}", all.length) : form.dataset.none);
      }, function () { say(pageStatus, form.dataset.error); });
    }
  }
})();
