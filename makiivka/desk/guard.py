"""Keep the desk to its editors: host names, the start token, same-origin forms, CSRF tokens.

- **Host**: only the names the desk was started for answer (Starlette's
  ``TrustedHostMiddleware``), so a page on another site that points its own name at
  127.0.0.1 (DNS rebinding) reaches nothing.
- **Token**: with ``--host`` the desk prints a token at start; a browser that opens the
  printed address gets it as an HttpOnly cookie, every other request is refused (403).
- **Origin**: a request that changes anything must come from the desk's own pages: its
  ``Origin`` (or, lacking one, its ``Referer``) must be the desk's origin.
- **CSRF token**: every form carries a token tied to the browser's session cookie (an
  HMAC under a key made at start); :func:`checked_form` refuses a form without it.

Every response forbids other pages from framing the desk and allows scripts, styles and
images only from the desk itself (``Content-Security-Policy``): nothing is fetched from
elsewhere, and a string that slipped through escaping could not run.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from urllib.parse import urlsplit

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

SESSION_COOKIE = "makiivka_desk_session"
ACCESS_COOKIE = "makiivka_desk_access"
SAFE_METHODS = ("GET", "HEAD")
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


class Guard:
    """The desk's secrets: the start token (None on 127.0.0.1) and the CSRF key."""

    def __init__(self, token: str | None = None):
        self.token = token
        self._key = secrets.token_bytes(32)

    def csrf(self, session: str) -> str:
        """Return the CSRF token of a browser session."""
        return hmac.new(self._key, session.encode("utf-8"), hashlib.sha256).hexdigest()

    def admits(self, request: Request) -> bool:
        """Tell whether a request carries the start token (always, without one)."""
        if self.token is None:
            return True
        given = request.cookies.get(ACCESS_COOKIE, "")
        return hmac.compare_digest(given.encode("utf-8"), self.token.encode("utf-8"))


def same_origin(request: Request) -> bool:
    """Tell whether a request comes from a page of this desk (Origin, else Referer)."""
    own = f"{request.url.scheme}://{request.headers.get('host', '')}"
    origin = request.headers.get("origin")
    if origin is None:
        referer = request.headers.get("referer")
        if not referer:
            return False
        parts = urlsplit(referer)
        origin = f"{parts.scheme}://{parts.netloc}"
    return origin == own


class GuardMiddleware(BaseHTTPMiddleware):
    """Check the token and the origin of every request; set the session and the headers."""

    def __init__(self, app, guard: Guard):
        super().__init__(app)
        self.guard = guard

    async def dispatch(self, request: Request, call_next) -> Response:
        guard = self.guard
        fresh = None
        if guard.token is not None and not guard.admits(request):
            given = request.query_params.get("token", "")
            if given and hmac.compare_digest(given.encode(), guard.token.encode()):
                response: Response = RedirectResponse(request.url.path, status_code=303)
                response.set_cookie(ACCESS_COOKIE, guard.token, httponly=True, samesite="strict")
                return _headed(response)
            return _headed(
                PlainTextResponse(
                    "403: this desk needs the token printed when it started "
                    "(open the address it printed).",
                    status_code=403,
                )
            )
        if request.method not in SAFE_METHODS and not same_origin(request):
            return _headed(
                PlainTextResponse("403: a change must come from the desk's own pages.", 403)
            )
        session = request.cookies.get(SESSION_COOKIE)
        if not session:
            session = fresh = secrets.token_urlsafe(24)
        request.state.session = session
        request.state.csrf = guard.csrf(session)
        response = await call_next(request)
        if fresh:
            response.set_cookie(SESSION_COOKIE, fresh, httponly=True, samesite="strict")
        return _headed(response)


def _headed(response: Response) -> Response:
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response


async def checked_form(request: Request) -> FormData:
    """Return the request's form, or raise 403 when its CSRF token is not the session's."""
    form = await request.form()
    given = str(form.get("csrf", ""))
    if not hmac.compare_digest(given.encode("utf-8"), request.state.csrf.encode("utf-8")):
        raise HTTPException(403, "this form is out of date or not from the desk: reload the page")
    return form
