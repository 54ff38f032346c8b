"""Read a saved web page (HTML or MHTML): the article's text and what the page says about it.

The text the quotes refer to is derived from the page's bytes, the same on every machine:

1. the bytes are decoded by their byte-order mark, else the ``<meta charset>`` (or the
   ``http-equiv`` content type), else as UTF-8 — never by guessing;
2. elements that are notices by their class, id or role (cookie and consent banners,
   browser warnings, newsletter prompts, ad slots, bylines), menus and footers are removed, then
   readability-lxml finds the article's body (it keeps photo captions inside the article,
   which trafilatura drops, and drops related links and asides; measured on saved pages of
   our own, see the README);
3. the body's blocks (paragraphs, headings, list items, captions, quotes) become paragraphs
   separated by a blank line, each with its whitespace collapsed, a ``<br>`` a line break;
   a block that is only an ad label ("Advertisement", "Story continues below advertisement")
   or a byline ("By Pablo Tarqui", "By A. Name and B. Name, The Courier") is left out;
4. what readability leaves outside the body but the reader sees with the article is put in
   front of it: the headline (``<h1>``, else the metadata's), the standfirst (an element
   classed as a dek, standfirst, subhead or summary) and photo captions (``<figcaption>``
   and ``…caption…`` elements outside menus, asides, footers and related-story blocks).

The metadata (:class:`~makiivka.extract.page_meta.PageMeta`: title, outlet, authors, dates,
address) is read by :mod:`makiivka.extract.page_meta`.

``readability-lxml``'s ``Document.summary`` does step 2; steps 1, 3 and 4 are ours: the
library decodes by guessing and returns HTML, and neither extractor measured keeps a
headline, standfirst and hero caption that sit outside the article's container. The ad
labels and bylines of step 3 are ours too: readability-lxml has no option for them (its
``negative_keywords`` only weigh containers by class and id, and a short ``<div>`` it turns
into a ``<p>``, or an unclassed ``<p>``, stays), and unlike Mozilla's Readability.js it
finds no byline.
"""

from __future__ import annotations

import codecs
import email
import email.policy
import re
from dataclasses import dataclass

import lxml.html
from readability import Document

from makiivka.extract.page_meta import PageMeta, metadata
from makiivka.story.problems import DataError, Problem

#: File suffixes read as saved pages.
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".mhtml", ".mht")
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
#: newsletter and subscription prompts, advertisement slots ("ad", "ads", "ad-slot"), bylines
#: and author boxes. Removed before readability, which keeps them when a page's layout is
#: shallow (measured on readability-lxml 0.8.4).
_NOTICE = re.compile(
    r"cookie|consent|gdpr|notice|banner|alert|newsletter|subscri|sign-?up|paywall|\bads?\b"
    r"|advert|sponsor|byline|\bauthors?\b",
    re.I,
)
#: A block that is only an ad label, whatever its class: "Advertisement", "- Advertisement -",
#: "Sponsored content", "Story continues below advertisement".
_AD_LABEL = re.compile(
    r"(?i)[\s\-–—]*(?:advertisement|advertising|advert|ad|sponsored(?:\s+content)?|paid\s+content"
    r"|(?:the\s+)?(?:story|article|text)\s+continues\s+(?:below|after)(?:\s+(?:this|the))?"
    r"\s+(?:advertisement|advert|ad))[\s\-–—]*"
)
#: A byline: "By" and names, joined by commas, "and" or "&"; a date or role after "|" or "·".
_BYLINE = re.compile(
    r"(?:By|BY|Written by|Words by)\s+(?P<names>[^|·•\d]{3,100}?)\s*(?:[|·•].{0,40})?"
)
_NAME_PARTS = re.compile(r"\s*(?:,|\band\b|&)\s*")
#: Lower-case words inside a person's name ("Ana de la Cruz", "Ayman al-Masri").
_PARTICLES = frozenset(("de", "da", "del", "la", "le", "van", "von", "der", "den", "du", "dos",
                        "al", "bin", "ibn"))  # fmt: skip
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_SPACES = re.compile(r"[ \t\r\n\f]+")
_BREAK = "\u2028"  # stands for a <br> while whitespace is collapsed


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
    meta = metadata(tree, url)
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
    body = [b for b in body if not _AD_LABEL.fullmatch(b) and not is_byline(b, meta.authors)]
    headline = next((_words(h) for h in tree.iter("h1") if _words(h)), meta.title)
    standfirst = _standfirst(tree)
    # the headline and standfirst stand first even when readability keeps them in the body
    # and a caption is outside it (round 27's new user: a caption before the standfirst)
    ahead = {" ".join(x.split()) for x in (headline, standfirst) if x}
    while body and " ".join(body[0].split()) in ahead:
        body = body[1:]
    seen = {" ".join(b.split()) for b in body}
    front: list[str] = []
    for candidate in [headline, standfirst, *_captions(tree)]:
        if candidate and " ".join(candidate.split()) not in seen:
            front.append(candidate)
            seen.add(" ".join(candidate.split()))
    return "\n\n".join([*front, *body]) + "\n"


def is_byline(block: str, authors: tuple[str, ...] = ()) -> bool:
    """Tell whether a block is only a byline: "By", then the page's authors or people's names.

    A name is capitalised words (lower-case particles inside: "Ana de la Cruz"); one name of
    two words or more, or an author the page's metadata names, tells a byline from "By
    Wednesday" or "By contrast, …".

    >>> is_byline("By Pablo Tarqui"), is_byline("By Ana de la Cruz and Li Wei, Reuters")
    (True, True)
    >>> is_byline("By Wednesday"), is_byline("By Tarqui", ("Tarqui",))
    (False, True)
    >>> is_byline("By then, 40 people had died."), is_byline("By Pablo Tarqui | 12 Nov 2026")
    (False, True)
    """
    found = _BYLINE.fullmatch(block.strip())
    if not found:
        return False
    names = [n.split() for n in _NAME_PARTS.split(found["names"]) if n]
    if not names or any(len(n) > 5 for n in names):
        return False
    if not all(w[:1].isupper() or w in _PARTICLES for n in names for w in n):
        return False
    known = {" ".join(a.split()).lower() for a in authors}
    return any(len(n) >= 2 or " ".join(n).lower() in known for n in names)


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
