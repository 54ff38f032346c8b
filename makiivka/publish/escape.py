"""Write user-controlled strings as text: never as markup, never as a live link.

Claimant names, party labels, the event noun, titles and quotes come from the story's
files, which anyone with write access to a newsroom's ledger can fill. Computed
sentences (``charts.FINDINGS``) carry them into notebook Markdown outputs, which
JupyterLab, nbconvert (the report) and code-hosting previews render; Markdown passes
raw HTML through, so ``</p><script>…`` would run and ``[a](javascript:…)`` would link.

:func:`markdown_text` makes any string render as exactly itself: the HTML special
characters become entities and the characters that start Markdown markup are
backslash-escaped (CommonMark lets any ASCII punctuation be escaped so; the
rendered text is unchanged). :func:`html_text` is for HTML. A link is written only by
:func:`link`, and only to an ``http:`` or ``https:`` address.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

#: Characters that can start markup anywhere in a line: HTML's three as entities, and the
#: Markdown (CommonMark, GFM, JupyterLab's $math$) ones backslash-escaped.
_INLINE = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;"} | {c: "\\" + c for c in "\\`*_[]~$"}
)
#: What makes a line a heading, list item, quote, rule or table row at its start.
_LINE_START = re.compile(r"^([ \t]*)([#+=|-]|[0-9]+(?=[.)]))", re.MULTILINE)


def markdown_text(text: str) -> str:
    r"""Return *text* as Markdown that renders as the text itself, with no markup or link.

    Only what can start markup is escaped, so the Markdown stays readable: ``<``, ``>``
    and ``&`` become entities (no raw HTML), ``\ ` * _ [ ] ~ $`` are backslash-escaped
    (no emphasis, code, link, strike-through or math), and a line that would start a
    heading, list, rule or table row gets a backslash before its first character.

    >>> markdown_text("</p><script>alert(1)</script> [a](javascript:x) *4.5×*")
    '&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt; \\[a\\](javascript:x) \\*4.5×\\*'
    >>> markdown_text("# 1. Ukraine's figure (400) is $5")
    "\\# 1. Ukraine's figure (400) is \\$5"
    >>> markdown_text("1. first")
    '1\\. first'
    """
    escaped = text.translate(_INLINE)
    return _LINE_START.sub(_escape_start, escaped)


def _escape_start(match: re.Match) -> str:
    lead, mark = match[1], match[2]
    return f"{lead}\\{mark}" if not mark[0].isdigit() else f"{lead}{mark}\\"


def html_text(text: str) -> str:
    """Return *text* escaped for HTML content or a quoted attribute.

    >>> html_text('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    """
    return html.escape(text, quote=True)


def is_web_link(url: str) -> bool:
    """Tell whether *url* is an absolute ``http:`` or ``https:`` address (no other scheme).

    >>> is_web_link("https://example.org/a"), is_web_link("javascript:alert(1)")
    (True, False)
    >>> is_web_link(" JaVaScRiPt:alert(1)"), is_web_link("//evil.example")
    (False, False)
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def link(url: str, label: str) -> str:
    """Return an HTML link to *url* labelled *label*, or the label alone for any other scheme."""
    if not is_web_link(url):
        return html_text(label)
    return f'<a href="{html_text(url.strip())}" rel="noopener noreferrer">{html_text(label)}</a>'
