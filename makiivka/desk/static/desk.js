// The review desk's only script: row selection, marks, shortcuts, reading a selected figure.
// Shipped in the package; it fetches nothing but the desk's own /parse.
"use strict";

(function () {
  const rowsList = document.getElementById("rows");
  const text = document.getElementById("article-text");
  const idInput = document.querySelectorAll("[data-id-from]");
  idInput.forEach(function (input) {
    const source = document.getElementById(input.dataset.idFrom);
    if (!source) return;
    source.addEventListener("input", function () {
      if (input.dataset.touched) return;
      input.value = source.value.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
    });
    input.addEventListener("input", function () { input.dataset.touched = "1"; });
  });
  if (!rowsList || !text) return;

  const rows = Array.from(rowsList.querySelectorAll(".row"));
  let current = null;

  function pieces(attr, id) {
    return Array.from(text.querySelectorAll("[" + attr + "]")).filter(function (el) {
      return el.getAttribute(attr).split(" ").indexOf(id) !== -1;
    });
  }

  // Centre a mark in the article's own scroll box, never scrolling the page: on a phone the
  // article sits above the rows, and scrollIntoView scrolled the page past its headline
  // (round 27's new user).
  const scroller = text.closest(".article-scroll");
  function centre(mark, smooth) {
    if (!scroller) return;
    const box = scroller.getBoundingClientRect();
    const at = mark.getBoundingClientRect();
    const top = scroller.scrollTop + at.top - box.top - (scroller.clientHeight - at.height) / 2;
    scroller.scrollTo({ top: Math.max(0, top), behavior: smooth ? "smooth" : "auto" });
  }

  function select(row, options) {
    options = options || {};
    if (!row) return;
    rows.forEach(function (other) {
      const open = other === row;
      other.classList.toggle("selected", open);
      other.querySelector(".row-summary").setAttribute("aria-expanded", open ? "true" : "false");
      other.querySelector(".row-body").hidden = !open;
    });
    current = row;
    const id = row.dataset.row;
    text.querySelectorAll(".is-selected").forEach(function (el) { el.classList.remove("is-selected"); });
    text.querySelectorAll(".in-quote").forEach(function (el) { el.classList.remove("in-quote"); });
    pieces("data-quotes", id).forEach(function (el) { el.classList.add("in-quote"); });
    const marks = pieces("data-figures", id);
    marks.forEach(function (el) { el.classList.add("is-selected"); });
    if (marks.length && options.scrollArticle !== false) centre(marks[0], options.smooth !== false);
    if (options.scrollRow !== false) row.scrollIntoView({ block: "nearest" });
    if (options.focus) row.querySelector(".row-summary").focus({ preventScroll: true });
    const url = new URL(window.location.href);
    url.pathname = "/articles/" + encodeURIComponent(text.dataset.article);  // not a form's address
    url.searchParams.set("row", id);
    url.searchParams.delete("msg");
    url.searchParams.delete("id");
    url.hash = "";
    history.replaceState(null, "", url.toString());
  }

  rows.forEach(function (row) {
    row.querySelector(".row-summary").addEventListener("click", function () {
      if (current === row && !row.querySelector(".row-body").hidden) {
        row.querySelector(".row-body").hidden = true;
        row.querySelector(".row-summary").setAttribute("aria-expanded", "false");
        return;
      }
      select(row);
    });
    const editor = row.querySelector("form.editor");
    const editToggle = row.querySelector(".edit-toggle");
    const rejectToggle = row.querySelector(".reject-toggle");
    const reject = row.querySelector("form.reject");
    if (editToggle && editor) {
      editToggle.addEventListener("click", function () { toggle(editor, editToggle); });
      editor.querySelector(".edit-cancel").addEventListener("click", function () { toggle(editor, editToggle, false); });
    }
    if (rejectToggle && reject) {
      rejectToggle.addEventListener("click", function () { toggle(reject, rejectToggle); });
    }
    if (editor) wireEditor(editor);
  });

  function toggle(panel, button, open) {
    const show = open === undefined ? panel.hidden : open;
    panel.hidden = !show;
    button.setAttribute("aria-expanded", show ? "true" : "false");
    if (show) {
      const first = panel.querySelector("select, input:not([type=hidden]), textarea, button[type=submit]");
      if (panel.classList.contains("reject")) {
        const go = panel.querySelector("input[name=reason]");
        (go || first).focus();
      } else if (first) {
        first.focus();
      }
    }
  }

  function wireEditor(editor) {
    const claimant = editor.querySelector(".claimant-select");
    const fresh = editor.querySelector(".new-claimant");
    const supersedes = editor.querySelector(".supersedes-select");
    let chosen = supersedes ? supersedes.value : "";  // the editor's last choice, kept across claimants
    let asked = 0;
    if (supersedes) supersedes.addEventListener("change", function () { chosen = supersedes.value; });
    function revisable() {
      // A revision names the chosen claimant's earlier figure: ask the desk for that
      // claimant's rows (none for one being registered), keeping the choice where it stays.
      if (!supersedes) return;
      const ask = ++asked;
      const wanted = chosen;
      let query = "claimant=" + encodeURIComponent(claimant.value === "+new" ? "" : claimant.value) +
        "&row=" + encodeURIComponent(supersedes.dataset.row) + "&keep=" + encodeURIComponent(wanted);
      ["metric", "scope", "stated_at"].forEach(function (name) {
        const field = editor.querySelector('[name="' + name + '"]');
        if (field) query += "&" + name + "=" + encodeURIComponent(field.value);
      });
      supersedes.setAttribute("aria-busy", "true");
      fetch("/revises?" + query, { credentials: "same-origin" })
        .then(function (response) { return response.json(); })
        .then(function (found) {
          if (ask !== asked) return;  // a later choice's answer wins
          while (supersedes.options.length > 1) supersedes.remove(1);
          found.options.forEach(function (o) { supersedes.add(new Option(o.text, o.value)); });
          supersedes.value = found.options.some(function (o) { return o.value === wanted; }) ? wanted : "";
        })
        .catch(function () { /* the server checks the revision on save anyway */ })
        .finally(function () { if (ask === asked) supersedes.removeAttribute("aria-busy"); });
    }
    if (claimant) {
      claimant.addEventListener("change", function () {
        if (fresh) fresh.hidden = claimant.value !== "+new";
        revisable();
      });
      if (fresh) fresh.hidden = claimant.value !== "+new";
    }
    // Only the claimant's earlier rows of the row's metric and scope may be revised: the
    // menu follows the Metric and Scope menus and "Stated at" as they are edited.
    let typing = null;
    ["metric", "scope"].forEach(function (name) {
      const field = editor.querySelector('select[name="' + name + '"]');
      if (field) field.addEventListener("change", revisable);
    });
    const stated = editor.querySelector('input[name="stated_at"]');
    const basis = editor.querySelector(".basis-input");
    const wasStated = editor.querySelector('input[name="was_stated_at"]');
    const wasBasis = editor.querySelector('input[name="was_stated_at_basis"]');
    if (stated) {
      stated.addEventListener("input", function () {
        clearTimeout(typing);
        typing = setTimeout(revisable, 300);
        // a date the editor gives is the editor's: its basis says so (as the save writes it),
        // unless the editor typed a basis too; the row's own date keeps the row's own basis
        if (!basis || !wasStated || !wasBasis) return;
        const desk = basis.dataset.desk + (wasStated.value ? " (was " + wasStated.value + ")" : "");
        if (basis.value === wasBasis.value || basis.value === desk) {
          basis.value = stated.value === wasStated.value ? wasBasis.value : desk;
        }
      });
    }
    // a metric with a declared unit ("homes destroyed": homes) sets the Unit menu
    const metric = editor.querySelector(".metric-select");
    const unitMenu = editor.querySelector(".unit-select");
    if (metric && unitMenu && metric.dataset.units) {
      const declared = JSON.parse(metric.dataset.units);
      metric.addEventListener("change", function () {
        const unit = declared[metric.value];
        if (!unit) return;
        if (![...unitMenu.options].some((o) => o.value === unit)) unitMenu.add(new Option(unit, unit));
        unitMenu.value = unit;
      });
    }
    const figure = editor.querySelector(".figure-input");
    let pending = null;
    const qualifier = editor.querySelector(".qualifier-select");
    if (figure) {
      figure.addEventListener("input", function () {
        clearTimeout(pending);
        // a row coded as a denial stays one: the new figure is what the speaker rejects
        const keep = qualifier && qualifier.value === "denial" ? "denial" : "";
        pending = setTimeout(function () { readFigure(editor, figure.value, keep); }, 150);
      });
    }
    if (figure && qualifier) {
      // a coded qualifier: its bounds, read by the desk's own /parse
      qualifier.addEventListener("change", function () { readFigure(editor, figure.value, qualifier.value); });
    }
  }

  function readFigure(editor, value, coded) {
    const quote = editor.querySelector("textarea[name=quote]");
    const query = "figure=" + encodeURIComponent(value) +
      (quote ? "&quote=" + encodeURIComponent(quote.value) : "") +
      (coded ? "&qualifier=" + encodeURIComponent(coded) : "");
    fetch("/parse?" + query, { credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (found) {
        const set = function (cls, v) { const el = editor.querySelector(cls); if (el) el.textContent = v; };
        set(".words", found.words);
        if (!found.ok) return;
        set(".n-value", found.value || "–");
        set(".n-low", found.value_low || "open");
        set(".n-high", found.value_high || "open");
        set(".n-qualifier", found.qualifier);
        const select = editor.querySelector(".qualifier-select");
        if (select && !coded && [...select.options].some((o) => o.value === found.qualifier)) select.value = found.qualifier;
        const unit = editor.querySelector(".unit-select");
        if (unit && found.unit) {
          // A currency the story's metrics do not count is offered once a figure names it.
          if (![...unit.options].some((o) => o.value === found.unit)) unit.add(new Option(found.unit, found.unit));
          unit.value = found.unit;
        }
      })
      .catch(function () { /* the server checks the figure on save anyway */ });
  }

  text.addEventListener("click", function (event) {
    const mark = event.target.closest("mark.fig");
    if (!mark || !window.getSelection().isCollapsed) return;
    const ids = mark.dataset.figures.split(" ");
    const at = current ? ids.indexOf(current.dataset.row) : -1;
    const next = ids[(at + 1) % ids.length];
    select(document.getElementById("row-" + next), { scrollArticle: false });
  });

  // Adding a missed figure: the selection's offsets in the article text, from each
  // piece's data-at (its start in the text as stored) and the offset inside it.
  const addForm = document.getElementById("add-form");
  function offsetOf(node, offset) {
    let el = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    if (el === text) {
      const child = text.childNodes[Math.min(offset, text.childNodes.length - 1)];
      if (!child) return null;
      return offset >= text.childNodes.length ? Number(child.dataset.at) + child.textContent.length : Number(child.dataset.at);
    }
    el = el.closest("[data-at]");
    if (!el || !text.contains(el)) return null;
    if (node.nodeType !== Node.TEXT_NODE) return Number(el.dataset.at) + (offset ? el.textContent.length : 0);
    return Number(el.dataset.at) + offset;
  }
  function readSelection() {
    const selection = window.getSelection();
    if (!selection.rangeCount || selection.isCollapsed) { addForm.hidden = true; return; }
    const range = selection.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) { addForm.hidden = true; return; }
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) { addForm.hidden = true; return; }
    document.getElementById("add-start").value = start;
    document.getElementById("add-end").value = end;
    document.getElementById("add-preview").textContent = selection.toString().slice(0, 160);
    addForm.hidden = false;
  }
  document.addEventListener("selectionchange", function () { if (addForm) readSelection(); });

  function typing(target) {
    return target.closest("input, select, textarea, [contenteditable]") !== null;
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape") {
      if (current) {
        current.querySelectorAll("form.editor, form.reject").forEach(function (f) { f.hidden = true; });
        current.querySelector(".row-summary").focus();
      }
      return;
    }
    if (typing(event.target)) return;
    const at = current ? rows.indexOf(current) : -1;
    const key = event.key;
    if (key === "j" || key === "ArrowDown") {
      event.preventDefault();
      select(rows[Math.min(at + 1, rows.length - 1)], { focus: true });
    } else if (key === "k" || key === "ArrowUp") {
      event.preventDefault();
      select(rows[Math.max(at - 1, 0)], { focus: true });
    } else if (key === "a" && current) {
      const accept = current.querySelector("form.accept-form");
      if (accept) { event.preventDefault(); accept.requestSubmit(); }
    } else if (key === "e" && current) {
      event.preventDefault();
      const editor = current.querySelector("form.editor");
      toggle(editor, current.querySelector(".edit-toggle"), true);
    } else if (key === "r" && current) {
      const reject = current.querySelector("form.reject");
      if (reject) { event.preventDefault(); toggle(reject, current.querySelector(".reject-toggle"), true); }
    } else if (key === "n" && addForm && !addForm.hidden) {
      event.preventDefault();
      addForm.requestSubmit();
    }
  });

  // The draft of a row read from the selection: its quote and figure marked in the article,
  // its editor wired like a row's and focused (nothing is written until it is added).
  const draft = document.getElementById("draft");
  if (draft) {
    const editor = draft.querySelector("form.editor");
    wireEditor(editor);
    pieces("data-quotes", "new").forEach(function (el) { el.classList.add("in-quote"); });
    const marks = pieces("data-figures", "new");
    marks.forEach(function (el) { el.classList.add("is-selected"); });
    if (marks.length) centre(marks[0], false);
    draft.scrollIntoView({ block: "start" });
    const first = editor.querySelector("select, input:not([type=hidden])");
    if (first) first.focus({ preventScroll: true });
    return;
  }

  const wanted = new URL(window.location.href).searchParams.get("row");
  const first = rowsList.querySelector(".row.selected") || (wanted && document.getElementById("row-" + wanted)) || rows.find(function (r) { return r.dataset.status === "proposed"; }) || rows[0];
  // A page opened afresh shows the article from its headline (the page is not scrolled to the
  // row: on a phone that hid the headline); after an action the row is shown, as before.
  const acted = rowsList.querySelector(".row.selected") || wanted;
  if (first) select(first, { scrollRow: Boolean(acted), smooth: false });
})();
