"""Find and sort the rows of a page's ledger table, in the reader's browser.

Every ledger table on a page (the claims page's first rows, each ``ledger-N.html`` page
of rows) gets a box that keeps only the rows holding the words typed, a "Sort by" list
(a phone shows each row as a card, without the headings) and column headings that
sort the rows when pressed (numbers as numbers; days as the ledger writes them,
"4 Jan 2023, 01:00 UTC" or "Sep 2022", in order of their wall-clock day and time;
text in the reader's language's order with numbers inside it as numbers; empty
cells last; again to reverse). The page works without it: the
script only adds to a plain, complete table, and print shows the table as it is.

Written here rather than taken from a table library (DataTables, Tabulator,
simple-datatables): each of those ships a script of 30–300 KB that every page of
rows would carry to stay openable from disk (``file://``, where a page cannot fetch
a shared script from a CDN), against a page budget of 200 KB; finding and sorting
the 250 rows of one page is the seventy lines below. Searching the whole ledger at
once is the data files' job (``data/claims.csv`` and ``claims.xlsx``), which every
page links.
"""

from __future__ import annotations

#: Class of the box and count the script adds above a table (hidden in print).
TOOLS_CLASS = "table-tools"

#: The style of what the script adds.
TABLE_TOOLS_STYLE = (
    # the page's margin, as its table's (new user 20: the box touched a phone's edge)
    f".{TOOLS_CLASS}{{margin:.5em 12px;display:flex;flex-wrap:wrap;gap:.5em;align-items:center}}"
    f".{TOOLS_CLASS} input,.{TOOLS_CLASS} select{{font:inherit;padding:.35em .5em;"
    "min-height:44px;box-sizing:border-box;max-width:100%}"
    "th button.sort{font:inherit;font-weight:bold;background:none;border:0;padding:.25em 0;"
    "color:inherit;cursor:pointer;text-align:left;min-height:24px}"
    "th button.sort::after{content:'\\a0\\2195';opacity:.5}"
    "th[aria-sort=ascending] button.sort::after{content:'\\a0\\2191';opacity:1}"
    "th[aria-sort=descending] button.sort::after{content:'\\a0\\2193';opacity:1}"
    f"@media print{{.{TOOLS_CLASS}{{display:none}}th button.sort::after{{content:''}}}}"
)

#: The script: finds every ``table.<class>`` and adds the box and the sorting headings.
TABLE_SCRIPT = """(function () {
  var number = /^[-+]?[\\d,]*\\.?\\d+$/;
  var day = /^(\\d{1,2} )?([A-Z][a-z]{2}) (\\d{4})(?:, (\\d{2}):(\\d{2}))?/;
  var months = "JanFebMarAprMayJunJulAugSepOctNovDec";
  function key(text) {
    var t = text.trim(), d = day.exec(t);
    if (number.test(t)) return parseFloat(t.replace(/,/g, ""));
    if (d && months.indexOf(d[2]) % 3 === 0) {
      return Date.UTC(+d[3], months.indexOf(d[2]) / 3, d[1] ? +d[1] : 1, +(d[4] || 0),
        +(d[5] || 0));
    }
    return t;
  }
  document.querySelectorAll("table.%(table)s").forEach(function (table, n) {
    var body = table.tBodies[0];
    if (!body || !table.tHead) return;
    var rows = Array.prototype.slice.call(body.rows);
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var tools = document.createElement("div");
    tools.className = "%(tools)s";
    tools.innerHTML = '<label>Find in these rows <input type="search" autocomplete="off">' +
      '</label><label>Sort by <select><option value="">reading order</option></select>' +
      '</label><span role="status" aria-live="polite"></span>';
    var box = table.closest(".scroll") || table;
    box.parentNode.insertBefore(tools, box);
    var input = tools.querySelector("input"), count = tools.querySelector("span");
    var select = tools.querySelector("select");
    input.addEventListener("input", function () {
      // "UTC-5" as typed finds the page's "UTC\u22125" (a minus sign, kept whole on a phone)
      var words = input.value.toLowerCase().replace(/\u2212/g, "-").split(/\\s+/)
        .filter(Boolean), shown = 0;
      rows.forEach(function (row) {
        var text = row.textContent.toLowerCase().replace(/\u2212/g, "-");
        var keep = words.every(function (w) { return text.indexOf(w) >= 0; });
        row.hidden = !keep;
        shown += keep ? 1 : 0;
      });
      count.textContent = words.length ? shown + " of " + rows.length + " rows" : "";
    });
    function sort(column, up) {
      heads.forEach(function (c) { c.removeAttribute("aria-sort"); });
      if (column >= 0) heads[column].setAttribute("aria-sort", up ? "ascending" : "descending");
      select.value = column >= 0 ? column + (up ? "+" : "-") : "";
      var keyed = rows.map(function (row, i) {
        return [column >= 0 ? key(row.cells[column].textContent) : i, i, row];
      });
      keyed.sort(function (a, b) {
        var x = a[0], y = b[0], order;
        if (x === "" || y === "") order = (x === "") - (y === "");
        else if (typeof x === "number" && typeof y === "number") order = x - y;
        else order = String(x).localeCompare(String(y), undefined, {numeric: true});
        return (up || x === "" || y === "" ? order : -order) || a[1] - b[1];
      });
      keyed.forEach(function (k) { body.appendChild(k[2]); });
    }
    heads.forEach(function (th, column) {
      var name = th.textContent;
      [["+", name + " \\u2191"], ["-", name + " \\u2193"]].forEach(function (o) {
        var option = document.createElement("option");
        option.value = column + o[0];
        option.textContent = o[1];
        select.appendChild(option);
      });
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = name;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        sort(column, th.getAttribute("aria-sort") !== "ascending");
      });
    });
    select.addEventListener("change", function () {
      var v = select.value;
      sort(v ? parseInt(v, 10) : -1, v.slice(-1) !== "-");
    });
  });
})();"""


def table_script(table_class: str) -> str:
    """Return the script for tables of *table_class* (set it after the tables, at the end)."""
    return TABLE_SCRIPT.replace("%(table)s", table_class).replace("%(tools)s", TOOLS_CLASS)
