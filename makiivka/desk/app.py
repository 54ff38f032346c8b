"""The desk's routes: the articles, an article beside its rows, and one action per form.

Every action is one change through the story layer (:mod:`makiivka.story.changes`,
:mod:`makiivka.story.register`, :mod:`makiivka.desk.ingesting`), then a redirect (303) to
the page it changed; a refused change shows the page again with its problems beside the
fields (422), and a row another editor changed meanwhile shows both versions (409).
Pages are rendered on the server by Jinja2 with autoescaping: every string from the story
(article text, names, titles, quotes) is text, never markup.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from makiivka.desk import choices, forms, selections, views
from makiivka.desk.guard import Guard, GuardMiddleware, checked_form
from makiivka.desk.ingesting import ingest_article
from makiivka.desk.revises import Revisable
from makiivka.story import changes, load, register, schema
from makiivka.story.coded import DENIAL, coded_cells, denial_cells, with_denial
from makiivka.story.problems import DataError, Problem

MESSAGES = {
    "accepted": "Accepted and sealed {id}.",
    "withdrawn": "Withdrew {id}: it stays in the ledger as withdrawn.",
    "removed": "Removed {id}: its id will not be used again.",
    "saved": "Saved {id}.",
    "corrected": "Corrected {id}: the change is logged with its reason.",
    "added": "Added {id} from your selection: accept it when you have checked it.",
    "added-accepted": "Added {id} from your selection, accepted and sealed.",
    "ingested": "Ingested with {id} proposed rows.",
    "again": "This text was ingested before: nothing changed.",
    "registered": "Registered {id}.",
}

#: The status a row action leaves a row in (a conflict shows it as this editor's).
ACTION_STATUS = {"accept": "reviewed", "save-accept": "reviewed", "withdraw": "withdrawn"}

_templates = jinja2.Environment(
    loader=jinja2.PackageLoader("makiivka.desk", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_templates.globals["desk_basis"] = forms.desk_basis  # the editor's basis for a date typed


def create_app(
    data: Path,
    token: str | None = None,
    hosts: tuple[str, ...] = (),
    clock: Callable[[], str] = changes.now,
) -> Starlette:
    """Return the desk for the story whose data folder is *data*.

    *token* (None on 127.0.0.1) is the one ``--host`` prints; *hosts* the names it answers to
    besides 127.0.0.1 and localhost; *clock* gives a correction's ``changed_at``.
    """
    data = Path(data)
    guard = Guard(token)

    def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        html = _templates.get_template(name).render(
            csrf=request.state.csrf, message=_message(request), **context
        )
        return HTMLResponse(html, status_code=status)

    async def home(request: Request) -> Response:
        context = await run_in_threadpool(lambda: _home_context(views.read_story(data)))
        return page(request, "articles.html", **context)

    async def ingest(request: Request) -> Response:
        form = await checked_form(request)
        upload = form.get("file")
        blob = await upload.read() if hasattr(upload, "read") else b""
        name = getattr(upload, "filename", "") or "pasted.txt"
        if not blob.strip():  # pasted text: browsers send a textarea's line ends as CR LF
            blob = str(form.get("text", "")).replace("\r\n", "\n").encode("utf-8")
        fields = {k: str(form.get(k, "")) for k in ("outlet", "title", "published", "url")}
        try:
            article_id, count = await run_in_threadpool(
                lambda: ingest_article(data, blob, name=name, language="en", **fields)
            )
        except DataError as error:
            story = await run_in_threadpool(views.read_story, data)
            said = [str(p) for p in error.problems]
            context = _home_context(story) | {"ingest_values": fields, "ingest_problems": said}
            return page(request, "articles.html", 422, **context)
        done = "again" if count is None else "ingested"
        return _back(f"/articles/{article_id}", msg=done, id=str(count or 0))

    async def add_claimant(request: Request) -> Response:
        form = await checked_form(request)
        back = str(form.get("back", "/"))
        try:
            row = await run_in_threadpool(_register, data, form, "")
        except DataError as error:
            story = await run_in_threadpool(views.read_story, data)
            said = [str(p) for p in error.problems]
            values = {k: str(v) for k, v in form.items()}
            context = _home_context(story) | {"claimant_values": values, "claimant_problems": said}
            return page(request, "articles.html", 422, **context)
        return _back(back if back.startswith("/") else "/", msg="registered", id=row["claimant_id"])

    async def article(request: Request) -> Response:
        article_id = request.path_params["article_id"]
        asked = request.query_params
        context = await run_in_threadpool(_article_context, data, article_id)
        if "start" in asked or "end" in asked:  # the draft of a row from selected text
            try:
                start, end = int(asked.get("start", "")), int(asked.get("end", ""))
                context["draft"] = await run_in_threadpool(_draft, context, start, end)
            except (ValueError, DataError) as error:
                problems = getattr(error, "problems", None) or [f"a selection: {error}"]
                context["add_problems"] = [str(p) for p in problems]
                return page(request, "article.html", 422, selected="", **context)
            marked = [*context["rows"], context["draft"].view]  # the draft's quote and figure
            context["segments"] = views.segments(context["text"], marked)
        return page(request, "article.html", selected=asked.get("row", ""), **context)

    async def act(request: Request) -> Response:
        article_id = request.path_params["article_id"]
        claim_id = request.path_params["claim_id"]
        action = request.path_params["action"]
        form = await checked_form(request)
        values = {k: str(v) for k, v in form.items() if isinstance(v, str)}
        try:
            done, shown = await run_in_threadpool(
                _act, data, article_id, claim_id, action, values, clock
            )
        except changes.Conflict as conflict:
            context = await run_in_threadpool(_article_context, data, article_id)
            changed = forms.changes_of(conflict.current or {}, values)
            status = ACTION_STATUS.get(action)
            if status and (conflict.current or {}).get("status") != status:
                changed["status"] = status  # what this editor's accept or withdraw would make it
            moved = forms.moved_since(conflict.current or {}, values)
            # A sealed row's change is a correction: its reason is the other editor's note.
            reasons = {e["field"]: e["reason"] for e in context["story"].corrections
                       if e["claim_id"] == claim_id and e["field"] in moved}  # fmt: skip
            context["conflict"] = {
                "id": claim_id, "current": conflict.current, "mine": values, "action": action,
                "changed": changed, "moved": moved, "reasons": reasons,
                "same": forms.made_too(conflict.current or {}, values),
            }  # fmt: skip
            return page(request, "article.html", 409, selected=claim_id, **context)
        except DataError as error:
            context = await run_in_threadpool(_article_context, data, article_id)
            fields, general = forms.beside_fields(error.problems)
            context["failed"] = {
                "id": claim_id, "values": values, "fields": fields, "general": general,
                "action": action,
            }  # fmt: skip
            return page(request, "article.html", 422, selected=claim_id, **context)
        return _back(f"/articles/{article_id}", msg=done, id=claim_id, row=shown)

    async def add(request: Request) -> Response:
        # the editor adds the draft of a row from selected text, as corrected in its form
        article_id = request.path_params["article_id"]
        form = await checked_form(request)
        values = {k: str(v) for k, v in form.items() if isinstance(v, str)}
        try:
            start, end = int(values.get("start", "")), int(values.get("end", ""))
        except ValueError as error:
            context = await run_in_threadpool(_article_context, data, article_id)
            context["add_problems"] = [f"a selection: {error}"]
            return page(request, "article.html", 422, selected="", **context)
        try:
            row, shown = await run_in_threadpool(
                _added, data, article_id, start, end, values, clock
            )
        except DataError as error:
            context = await run_in_threadpool(_article_context, data, article_id)
            try:
                context["draft"] = await run_in_threadpool(_draft, context, start, end)
            except DataError as unread:  # the selection itself holds no figure (any more)
                context["add_problems"] = [str(p) for p in unread.problems]
                return page(request, "article.html", 422, selected="", **context)
            fields, general = forms.beside_fields(error.problems)
            context["failed"] = {"id": selections.DRAFT, "values": values, "fields": fields,
                                 "general": general, "action": "add"}  # fmt: skip
            return page(request, "article.html", 422, selected="", **context)
        done = "added-accepted" if values.get("then") == "accept" else "added"
        return _back(f"/articles/{article_id}", msg=done, id=row["claim_id"], row=shown)

    async def parse(request: Request) -> Response:
        figure = request.query_params.get("figure", "")
        found = forms.numbers(figure, request.query_params.get("quote", ""))
        asked = request.query_params.get("qualifier")
        coded = denial_cells(figure) if asked == DENIAL else coded_cells(figure, asked)
        if found is not None and coded is not None:
            found.update(coded)  # the qualifier the editor codes, its bounds
        if found is None:
            return JSONResponse({"ok": False, "words": "no number in the figure"})
        said = {"figure": figure, "notes": with_denial("", figure) if asked == DENIAL else ""}
        return JSONResponse({"ok": True, **found, "words": views.in_words({**found, **said})})

    async def revises(request: Request) -> Response:
        # the "Revises" menu for the claimant, metric, scope and time the editor has just set
        # (no save needed)
        asked = request.query_params
        story = await run_in_threadpool(views.read_story, data)
        form = {k: asked.get(k, "") for k in ("metric", "scope", "stated_at")}
        options = _revisable(story).offered(
            asked.get("claimant", ""), asked.get("row", ""), asked.get("keep", ""), form
        )
        return JSONResponse({"options": options})

    async def refused(request: Request, error: Exception) -> Response:
        assert isinstance(error, HTTPException)
        return HTMLResponse(
            _templates.get_template("refused.html").render(status=error.status_code,
                                                           detail=error.detail),
            status_code=error.status_code,
        )  # fmt: skip

    routes = [
        Route("/", home),
        Route("/ingest", ingest, methods=["POST"]),
        Route("/claimants", add_claimant, methods=["POST"]),
        Route("/parse", parse),
        Route("/revises", revises),
        Route("/articles/{article_id}", article),
        Route("/articles/{article_id}/add", add, methods=["POST"]),
        Route("/articles/{article_id}/rows/{claim_id}/{action}", act, methods=["POST"]),
        Mount("/static", StaticFiles(packages=[("makiivka.desk", "static")]), name="static"),
    ]
    middleware = [
        Middleware(TrustedHostMiddleware, allowed_hosts=["127.0.0.1", "localhost", *hosts]),
        Middleware(GuardMiddleware, guard=guard),
    ]
    return Starlette(routes=routes, middleware=middleware,
                     exception_handlers={HTTPException: refused})  # fmt: skip


def _message(request: Request) -> str:
    template = MESSAGES.get(request.query_params.get("msg", ""), "")
    return template.format(id=request.query_params.get("id", "")) if template else ""


def _back(path: str, **query: str) -> RedirectResponse:
    row = query.pop("row", "")
    if row:
        query["row"] = row
    return RedirectResponse(f"{path}?{urlencode(query)}" + (f"#row-{row}" if row else ""), 303)


def _home_context(story: views.Story) -> dict[str, Any]:
    tally = views.counts(story)
    totals = {s: sum(c[s] for c in tally.values()) for s in views.STATUS_ORDER}
    problems = [str(p) for p in load.validate(story.data)]
    return {
        "story": story, "vocab": choices.vocabularies(story), "counts": tally, "totals": totals,
        "problems": problems, "when": views.time_words(story), "ingest_values": {},
        "ingest_problems": [], "claimant_values": {}, "claimant_problems": [],
    }  # fmt: skip


def _article_context(data: Path, article_id: str) -> dict[str, Any]:
    story = views.read_story(data)
    article = story.article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id} in this story")
    text = load.read_article_text(data, article["path"])
    rows = views.article_rows(story, article, text)
    order = [a["article_id"] for a in story.articles]
    at = order.index(article_id)
    return {
        "story": story, "vocab": choices.vocabularies(story), "article": article, "rows": rows,
        "segments": views.segments(text, rows), "counts": views.counts(story)[article_id],
        "previous": order[at - 1] if at else "", "next": (order[at + 1:] or [""])[0],
        "event_scope": schema.event_scope(story.package),
        "revisable": _revisable(story), "when": views.time_words(story), "conflict": None,
        "failed": None, "add_problems": [], "draft": None, "text": text,
    }  # fmt: skip


def _draft(context: dict[str, Any], start: int, end: int) -> selections.Draft:
    story, article = context["story"], context["article"]
    return selections.read(story, article, context["text"], start, end)


def _added(
    data: Path, article_id: str, start: int, end: int, form: dict[str, str],
    clock: Callable[[], str],
) -> tuple[dict[str, str], str]:  # fmt: skip
    """Add the draft of a row from selected text (a new claimant registered first, as for an
    edit); accept it too when the editor chose "Add and accept". Return the row as written
    and the row to show next (the new one; after an accept, the most doubtful proposed)."""
    if form.get("claimant") == forms.NEW_CLAIMANT:
        form["claimant"] = _register(data, form, "new_")["claimant_id"]
    if form.get("relayed_by") == forms.NEW_CLAIMANT:
        form["relayed_by"] = ""
    row = selections.add(data, article_id, start, end, form, clock)
    if form.get("then") == "accept":
        changes.accept_claims(data, {row["claim_id"]: changes.version(row)})
        return row, _next_proposed(data, article_id)
    return row, row["claim_id"]


def _revisable(story: views.Story) -> Revisable:
    labels = dict(choices.vocabularies(story)["metrics"])
    return Revisable(story, labels, views.time_words(story))


def _register(data: Path, form: Any, prefix: str) -> dict[str, str]:
    """Register the claimant a form describes (fields ``{prefix}id``, ``name``, …)."""

    def get(name: str) -> str:
        return str(form.get(prefix + name, "")).strip()

    aliases = [a.strip() for a in get("aliases").split(";") if a.strip()]
    row = register.claimant_row(
        data, get("id"), get("name"), get("side"), get("kind"), aliases, get("notes")
    )
    register.add_claimant(data, row)
    return row


def _act(
    data: Path, article_id: str, claim_id: str, action: str, form: dict[str, str],
    clock: Callable[[], str] = changes.now,
) -> tuple[str, str]:  # fmt: skip
    """Carry out one row action; return the message key and the row to show next."""
    base = form.get("base") or None
    reason = form.get("reason", "")
    if action in ("save", "save-accept"):
        if form.get("claimant") == forms.NEW_CLAIMANT:
            form["claimant"] = _register(data, form, "new_")["claimant_id"]
        if form.get("relayed_by") == forms.NEW_CLAIMANT:
            form["relayed_by"] = ""
        story = views.read_story(data)
        current = next(r for r in story.claims if r["claim_id"] == claim_id)
        wanted = forms.changes_of(current, form, choices.metric_units(story.package))
        sealed = claim_id in story.sealed
        if wanted and forms.codes_denial(current, form) and not reason.strip():
            said = f"why {claim_id}'s figure is a denial, never the speaker's own"
            raise DataError([Problem("corrections.csv", 1, 1, "reason", "", said)])
        if wanted:
            when = clock()
            # a sealed row's edit is a correction, logged with its reason in corrections.csv
            wanted = forms.with_edit_noted(current, wanted, when, not sealed, reason)
            new = changes.edit_claim(
                data, claim_id, wanted, base=base, reason=reason, changed_at=when
            )
            base = changes.version(new)
        if action == "save":
            return ("corrected" if sealed and wanted else "saved"), claim_id
        changes.accept_claims(data, {claim_id: base})
        return "accepted", _next_proposed(data, article_id)
    if action == "accept":
        changes.accept_claims(data, {claim_id: base})
        return "accepted", _next_proposed(data, article_id)
    if action == "withdraw":
        changes.withdraw_claim(data, claim_id, base=base, reason=reason, changed_at=clock())
        return "withdrawn", _next_proposed(data, article_id)
    if action == "remove":
        changes.remove_claim(data, claim_id, base=base)
        return "removed", _next_proposed(data, article_id)
    raise HTTPException(404, f"no action {action}")


def _next_proposed(data: Path, article_id: str) -> str:
    """Return the most doubtful proposed row left in the article ('' for none)."""
    story = views.read_story(data)
    article = story.article(article_id)
    if article is None:
        return ""
    text = load.read_article_text(data, article["path"])
    left = [v for v in views.article_rows(story, article, text) if v.row["status"] == "proposed"]
    return left[0].claim_id if left else ""
