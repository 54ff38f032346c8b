"""Read a saved web page (HTML or MHTML): the article's text and what the page says about it.

The text the quotes refer to is derived from the page's bytes, the same on every machine:

1. the bytes are decoded by their byte-order mark, else the ``<meta charset>`` (or the
   ``http-equiv`` content type), else as UTF-8 — never by guessing;
2. elements that are notices by their class, id or role (cookie and consent banners,
   browser warnings, newsletter prompts, ad slots), menus and footers are removed, then
   readability-lxml finds the article's body (it keeps photo captions inside the article,
   which trafilatura drops, and drops related links and asides; measured on saved pages of
   our own, see the README);
3. the body's blocks (paragraphs, headings, list items, captions, quotes) become paragraphs
   separated by a blank line, each with its whitespace collapsed, a ``<br>`` a line break;
4. what readability leaves outside the body but the reader sees with the article is put in
   front of it: the headline (``<h1>``, else the metadata's), the standfirst (an element
   classed as a dek, standfirst, subhead or summary) and photo captions (``<figcaption>``
   and ``…caption…`` elements outside menus, asides, footers and related-story blocks).

The metadata (:class:`PageMeta`) comes from JSON-LD (``NewsArticle`` and its kin, also
inside ``@graph``), Open Graph and ``article:published_time``, ``<time datetime>`` and
``<link rel=canonical>``. A page time without an offset gives only its date (the zone is
never guessed).

``readability-lxml``'s ``Document.summary`` does step 2; steps 1, 3 and 4 are ours: the
library decodes by guessing and returns HTML, and neither extractor measured keeps a
headline, standfirst and hero caption that sit outside the article's container.
"""

from __future__ import annotations

import codecs
import email
import email.policy
import json
import re
from dataclasses import dataclass
from datetime import date, datetime

import lxml.html
from readability import Document

from makiivka.story.problems import DataError, Problem

#: File suffixes read as saved pages.
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".mhtml", ".mht")
ARTICLE_TYPES = frozenset(
    ("NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
     "LiveBlogPosting", "WebPage")
)  # fmt: skip
_BLOCKS = "p div h1 h2 h3 h4 h5 h6 li dt dd figcaption blockquote pre tr section article header"
BLOCKS = frozenset(f"{_BLOCKS} footer figure ul ol table aside main address".split(" "))
SKIPPED = frozenset(("script", "style", "noscript", "template", "svg", "button", "form"))
_STANDFIRST = re.compile(
    r"\b(?:dek|standfirst|stand-first|subhead(?:line)?|sub-headline|subtitle|summary|strapline"
    r"|article-?description|lede|intro)\b",
    re.I,
)
_CAPTION = re.compile(r"caption", re.I)
_NOT_ARTICLE = re.compile(
    r"related|recirc|promo|more-|most-|sidebar|outbrain|taboola|teaser|newsletter|footer|nav",
    re.I,
)
#: Notices that are no part of any article: cookie and consent banners, browser warnings,
#: newsletter and subscription prompts, advertisement slots. Removed before readability,
#: which keeps them when a page's layout is shallow (measured on readability-lxml 0.8.4).
_NOTICE = re.compile(
    r"cookie|consent|gdpr|notice|banner|alert|newsletter|subscri|sign-?up|paywall|\bad-|advert",
    re.I,
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_SPACES = re.compile(r"[ \t\r\n\f]+")
_BREAK = "\u2028"  # stands for a <br> while whitespace is collapsed


@dataclass(frozen=True)
class PageMeta:
    """What a page says about its article; "" where it says nothing."""

    title: str = ""
    outlet: str = ""  # the publisher's name as the page gives it (og:site_name, JSON-LD)
    published: str = ""  # ISO 8601: a date, or a minute with its offset
    url: str = ""
    updated: str = ""  # its last update (a live page's dateModified), as published is written


@dataclass(frozen=True)
class Page:
    """A saved page read: the derived text (what quotes refer to) and its metadata."""

    text: str
    meta: PageMeta


def is_page(name: str) -> bool:
    """Tell whether a file name is a saved page's (by its suffix)."""
    return name.lower().endswith(PAGE_SUFFIXES)


def read_page(blob: bytes, name: str) -> Page:
    """Return the article text and metadata of a saved page's bytes (HTML or MHTML).

    Raises :class:`DataError` (naming *name*) for a page that cannot be decoded or holds
    no article text.
    """
    url = ""
    if name.lower().endswith((".mhtml", ".mht")):
        blob, charset, url = _mhtml_part(blob, name)
        html = _decode(blob, name, charset)
    else:
        html = _decode(blob, name, None)
    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        raise DataError([Problem(name, 1, 1, "", "", "an HTML page with a body")]) from None
    meta = _metadata(tree, url)
    _drop_notices(tree)
    text = derive_text(lxml.html.tostring(tree, encoding="unicode"), tree, meta)
    if not text.strip():
        raise DataError([Problem(name, 1, 1, "", "", "a page with article text in it")])
    return Page(text, meta)


def _mhtml_part(blob: bytes, name: str) -> tuple[bytes, str | None, str]:
    """Return an MHTML file's HTML part, its charset and the page's address."""
    message = email.message_from_bytes(blob, policy=email.policy.compat32)
    url = message.get("Snapshot-Content-Location", "")
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return payload, part.get_content_charset(), url or part.get("Content-Location", "")
    raise DataError([Problem(name, 1, 1, "", "", "an MHTML file with a text/html part")])


def _decode(blob: bytes, name: str, charset: str | None) -> str:
    """Decode a page by its BOM, its declared charset, else as UTF-8; never by guessing."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16")):
        if blob.startswith(bom) or (codec == "utf-16" and blob.startswith(codecs.BOM_UTF16_BE)):
            charset = codec if codec == "utf-16" else "utf-8-sig"
            break
    said = "its charset"
    if charset is None:
        declared = _META_CHARSET.search(blob[:4096])
        charset = declared[1].decode("ascii") if declared else "UTF-8"
        said = "its charset" if declared else "the page declares no charset"
    try:
        codecs.lookup(charset)
    except LookupError:
        raise DataError(
            [Problem(name, 1, 1, "charset", charset, "a character set Python knows")]
        ) from None
    try:
        return blob.decode(charset)
    except UnicodeDecodeError as error:
        line = blob[: error.start].count(b"\n") + 1
        column = error.start - (blob.rfind(b"\n", 0, error.start) + 1) + 1
        bad = blob[error.start : error.end].hex(" ")
        raise DataError(
            [Problem(name, line, column, "", f"bytes {bad}", f"{charset} text ({said})")]
        ) from None


def _drop_notices(tree) -> None:
    """Remove the page's notices, menus and footers (:data:`_NOTICE`) from the tree."""
    doomed = [
        element
        for element in tree.iter()
        if isinstance(element.tag, str)
        and element.tag not in ("html", "body")
        and (
            element.tag in ("nav", "footer")
            or element.get("role") in ("alert", "navigation", "banner", "contentinfo")
            or _NOTICE.search(f"{element.get('class', '')} {element.get('id', '')}")
        )
    ]
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _words(element) -> str:
    """Return an element's visible text, whitespace collapsed."""
    return " ".join(element.text_content().split())


def blocks_of(root) -> list[str]:
    """Return the text blocks of an element tree: one per paragraph-like element, in order."""
    out: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = _SPACES.sub(" ", "".join(current)).replace(f" {_BREAK}", _BREAK)
        text = text.replace(f"{_BREAK} ", _BREAK).strip(f" {_BREAK}").replace(_BREAK, "\n")
        if text:
            out.append(text)
        current.clear()

    def walk(element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in SKIPPED or not tag:
            return
        if tag in BLOCKS:
            flush()
        if tag == "br":
            current.append(_BREAK)
        current.append(element.text or "")
        for child in element:
            walk(child)
            current.append(child.tail or "")
        if tag in BLOCKS:
            flush()

    walk(root)
    flush()
    return out


def derive_text(html: str, tree, meta: PageMeta) -> str:
    """Return the article's text: headline, standfirst, captions, body; blank-line separated."""
    summary = Document(html).summary(html_partial=True)
    body = blocks_of(lxml.html.fragment_fromstring(summary, create_parent="div"))
    seen = {" ".join(b.split()) for b in body}
    front: list[str] = []
    headline = next((_words(h) for h in tree.iter("h1") if _words(h)), meta.title)
    for candidate in [headline, _standfirst(tree), *_captions(tree)]:
        if candidate and " ".join(candidate.split()) not in seen:
            front.append(candidate)
            seen.add(" ".join(candidate.split()))
    return "\n\n".join([*front, *body]) + "\n"


def _outside_article(element) -> bool:
    """Tell whether an element sits in a menu, aside, footer or related-stories block."""
    for ancestor in element.iterancestors():
        if ancestor.tag in ("nav", "aside", "footer"):
            return True
        if _NOT_ARTICLE.search(f"{ancestor.get('class', '')} {ancestor.get('id', '')}"):
            return True
    return False


def _standfirst(tree) -> str:
    """Return the standfirst: the first element classed as one, outside menus and footers."""
    for element in tree.iter("p", "div", "h2", "span"):
        label = f"{element.get('class', '')} {element.get('id', '')}"
        if _STANDFIRST.search(label) and not _outside_article(element):
            text = _words(element)
            if 20 <= len(text) <= 400:
                return text
    return ""


def _captions(tree) -> list[str]:
    """Return the photo captions of the article, outside menus, asides and related blocks."""
    taken, found = set(), []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        is_caption = element.tag == "figcaption" or (
            element.tag in ("p", "div", "span") and _CAPTION.search(element.get("class", ""))
        )
        if not is_caption or _outside_article(element):
            continue
        if any(ancestor in taken for ancestor in element.iterancestors()):
            continue  # inside a caption already taken
        text = "\n".join(blocks_of(element))
        if text:
            taken.add(element)
            found.append(text)
    return found


def _metadata(tree, url: str) -> PageMeta:
    """Return the page's title, outlet, publication time and address from its metadata."""
    meta = {
        (m.get("property") or m.get("name") or "").lower(): (m.get("content") or "").strip()
        for m in tree.iter("meta")
    }
    article = _json_ld_article(tree)
    publisher = article.get("publisher")
    outlet = publisher.get("name", "") if isinstance(publisher, dict) else ""
    canonical = next(
        (link.get("href", "") for link in tree.iter("link") if link.get("rel") == "canonical"), ""
    )
    entity = article.get("mainEntityOfPage")
    entity = entity.get("@id", "") if isinstance(entity, dict) else entity
    times = [t.get("datetime", "") for t in tree.iter("time") if t.get("datetime")]
    published = next(
        (
            value
            for value in (
                _iso(article.get("datePublished")), _iso(meta.get("article:published_time")),
                *(_iso(t) for t in times),
            )
            if value
        ),
        "",
    )  # fmt: skip
    updated = _iso(article.get("dateModified")) or _iso(meta.get("article:modified_time"))
    title = _text(article.get("headline")) or meta.get("og:title", "")
    title = title or next((" ".join(t.text_content().split()) for t in tree.iter("title")), "")
    address = url or meta.get("og:url") or _text(article.get("url")) or _text(entity) or canonical
    return PageMeta(
        title=title,
        outlet=_text(outlet) or meta.get("og:site_name", ""),
        published=published,
        url=address if re.fullmatch(r"https?://\S+", address or "") else "",
        updated=updated or _iso(meta.get("og:updated_time")),
    )


def _text(value: object) -> str:
    """Return a JSON-LD value as one line of text ("" for anything but a string)."""
    return " ".join(value.split()) if isinstance(value, str) else ""


def _json_ld_article(tree) -> dict:
    """Return the page's first JSON-LD object of an article type ({} when there is none)."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if not isinstance(item, dict):
                continue
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(k in ARTICLE_TYPES for k in kinds if isinstance(k, str)):
                return item
            graph = item.get("@graph")
            stack.extend(graph if isinstance(graph, list) else [])
    return {}


def _iso(value: object) -> str:
    """Return a page's time as the ledger writes it: a date, or a minute with its offset.

    >>> _iso("2024-03-05T09:12:00+02:00"), _iso("2024-06-11T14:03:00Z"), _iso("2019-03-15")
    ('2024-03-05T09:12+02:00', '2024-06-11T14:03+00:00', '2019-03-15')
    >>> _iso("2024-03-05T09:12:00"), _iso("yesterday")
    ('2024-03-05', '')
    """
    if not isinstance(value, str) or not value.strip():
        return ""
    text = value.strip().replace("Z", "+00:00")
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        moment = datetime.fromisoformat(text)
    except ValueError:
        return ""
    if moment.tzinfo is None:
        return moment.date().isoformat()  # no offset: the date only, the zone is not guessed
    return moment.isoformat(timespec="minutes")
