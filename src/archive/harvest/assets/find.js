// Search the exported collection in the browser, with no server: every word typed must
// appear in a record's title, event, dates, place or organisations (case and accents are
// ignored). The records come from search.js; without JavaScript the form stays hidden and
// the paged lists and filters still work.
(function () {
  "use strict";
  var rows = window.ARCHIVE_RECORDS || [];
  var form = document.querySelector("form.search");
  var list = document.querySelector("ul.records");
  var status = document.getElementById("search-status");
  if (!form || !list || !status) {
    return;
  }
  var STEP = 100;
  var original = Array.prototype.slice.call(list.childNodes);
  var pagers = document.querySelectorAll("p.pages");
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var folded = rows.map(function (row) { return fold(row.slice(1).join(" ")); });
  function line(parent, text, className) {
    if (!text) {
      return;
    }
    parent.appendChild(document.createElement("br"));
    var span = document.createElement("span");
    if (className) {
      span.className = className;
    }
    span.textContent = text;
    parent.appendChild(span);
  }
  function item(row) {
    var li = document.createElement("li");
    var link = document.createElement("a");
    link.href = "records/" + encodeURIComponent(row[0]) + "/";
    link.textContent = row[1];
    li.appendChild(link);
    line(li, row[2] !== row[1] ? row[2] : "", "");
    line(li, [row[3], row[4]].filter(Boolean).join(" · "), "meta");
    row[5].split("\n").forEach(function (role) { line(li, role, "meta"); });
    return li;
  }
  var matches = [];
  var shown = 0;
  var more = document.createElement("button");
  more.type = "button";
  more.textContent = "Show more";
  more.hidden = true;
  list.parentNode.insertBefore(more, list.nextSibling);
  function showNext() {
    var end = Math.min(shown + STEP, matches.length);
    for (; shown < end; shown += 1) {
      list.appendChild(item(rows[matches[shown]]));
    }
    more.hidden = shown >= matches.length;
  }
  function search(query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    pagers.forEach(function (p) { p.hidden = words.length > 0; });
    if (!words.length) {
      original.forEach(function (node) { list.appendChild(node); });
      status.hidden = true;
      more.hidden = true;
      return;
    }
    matches = [];
    folded.forEach(function (text, i) {
      if (words.every(function (w) { return text.indexOf(w) >= 0; })) {
        matches.push(i);
      }
    });
    shown = 0;
    status.textContent = matches.length + " of " + rows.length + " records match";
    status.hidden = false;
    showNext();
  }
  more.addEventListener("click", showNext);
  var input = form.elements.q;
  form.hidden = false;
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  input.addEventListener("input", function () {
    search(input.value);
    try {
      history.replaceState(null, "", input.value ? "?q=" + encodeURIComponent(input.value)
        : location.pathname);
    } catch (ignored) {
      // a browser that refuses to change a file:// address: the search still works
    }
  });
  var query = new URLSearchParams(location.search).get("q") || "";
  if (query) {
    input.value = query;
    search(query);
  }
}());
