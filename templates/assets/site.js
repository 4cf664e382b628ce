// Progressive enhancement only: every page works without this file.
(function () {
  var root = document.documentElement;
  var toggle = document.querySelector(".theme-toggle");
  if (toggle) {
    toggle.addEventListener("click", function () {
      var dark = root.dataset.theme ? root.dataset.theme === "dark" : matchMedia("(prefers-color-scheme: dark)").matches;
      root.dataset.theme = dark ? "light" : "dark";
      try { localStorage.setItem("theme", root.dataset.theme); } catch (e) {}
    });
  }
  // The edition switcher keeps the section: anchors are the same in every edition.
  document.querySelectorAll(".edition-switcher a").forEach(function (a) {
    a.addEventListener("click", function () { if (location.hash) a.href = a.href.split("#")[0] + location.hash; });
  });
  // Table of contents follows the reader.
  var links = document.querySelectorAll(".toc a[href^='#']");
  if (links.length && "IntersectionObserver" in window) {
    var byId = {};
    links.forEach(function (a) { byId[decodeURIComponent(a.hash.slice(1))] = a; });
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (!e.isIntersecting) return;
        var a = byId[e.target.id];
        if (!a) return;
        links.forEach(function (l) { l.classList.remove("active"); });
        a.classList.add("active");
      });
    }, { rootMargin: "-10% 0px -80% 0px" });
    Object.keys(byId).forEach(function (id) { var h = document.getElementById(id); if (h) observer.observe(h); });
  }
  if (window.matchMedia("(max-width: 63.99rem)").matches) {
    var toc = document.querySelector(".toc details");
    if (toc) toc.removeAttribute("open");
  }
  root.classList.remove("toc-closing");
  // The search script loads on first use (most readers never search); the search page includes it.
  var searchInput = document.querySelector(".site-search .search-input");
  if (searchInput && !document.querySelector("script[src$='search.js']")) {
    var loadSearch = function () {
      searchInput.removeEventListener("focus", loadSearch);
      var script = document.createElement("script");
      script.src = searchInput.form.dataset.script;
      document.head.appendChild(script);
    };
    searchInput.addEventListener("focus", loadSearch);
  }
  // Citation index filters.
  var form = document.querySelector(".source-filter");
  if (form) {
    form.hidden = false;
    var apply = function () {
      var kind = form.kind.value, lang = form.language.value, year = form.year.value, text = form.text.value.trim().toLowerCase();
      var article = form.article ? form.article.value : "";
      document.querySelectorAll(".source").forEach(function (li) {
        var ok = (!kind || li.dataset.kind === kind) && (!lang || li.dataset.language === lang) && (!year || li.dataset.year === year) &&
          (!text || li.textContent.toLowerCase().indexOf(text) >= 0) &&
          (!article || (" " + li.dataset.articles + " ").indexOf(" " + article + " ") >= 0);
        li.hidden = !ok;
      });
      document.querySelectorAll(".source-group").forEach(function (g) {
        g.hidden = !g.querySelector(".source:not([hidden])");
      });
    };
    var sort = function () {
      var by = form.sort.value;
      document.querySelectorAll(".sources").forEach(function (ol) {
        var items = Array.prototype.slice.call(ol.children);
        if (!ol.dataset.order) items.forEach(function (li, i) { li.dataset.order = i; });
        ol.dataset.order = "1";
        items.sort(function (a, b) {
          if (by === "year") return (a.dataset.year || "9999").localeCompare(b.dataset.year || "9999") || a.dataset.order - b.dataset.order;
          if (by === "count") return b.dataset.count - a.dataset.count || a.dataset.order - b.dataset.order;
          return a.dataset.order - b.dataset.order;
        });
        items.forEach(function (li) { ol.appendChild(li); });
      });
    };
    form.addEventListener("input", function (e) { if (e.target.name === "sort") sort(); else apply(); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
  }
})();
