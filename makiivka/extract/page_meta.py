"""Read what a saved page says about its article: title, outlet, authors, dates, address.

The metadata comes from JSON-LD, Open Graph and ``article:published_time``, the other
common date tags (``itemprop="datePublished"``, ``pubdate``, Dublin Core), ``<time
datetime>`` and ``<link rel=canonical>``. A JSON-LD ``NewsArticle`` and its kin (also inside
``@graph``) come first, then a ``WebPage``, then an object of any other type that gives a
``datePublished`` (a fact check's ``ClaimReview``, a ``Report``): the page's own date wins
over a folder's ``--published``, which stands in only for files that give none. An image's,
a site's, an organisation's or a person's date is never the article's. A page time without
an offset gives only its date (the zone is never guessed).

A title keeps no site name: " | Site", " - Site", " – Site", " — Site" or " · Site" at its
end (or "Site | " at its start) is taken off when Site is the page's ``og:site_name``,
``application-name`` or the JSON-LD publisher's or site's name.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime

ARTICLE_TYPES = frozenset(
    ("NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
     "LiveBlogPosting", "WebPage")
)  # fmt: skip
#: JSON-LD types whose date is not the article's: a picture's, the site's, a body's, a person's.
NOT_ARTICLE_TYPES = frozenset(
    ("ImageObject", "VideoObject", "AudioObject", "MediaObject", "WebSite", "Organization",
     "NewsMediaOrganization", "Person", "BreadcrumbList", "ListItem", "SiteNavigationElement",
     "Rating", "Claim", "Comment")
)  # fmt: skip
#: Meta tags (``property``, ``name`` or ``itemprop``, lower case) that give the publication time.
PUBLISHED_TAGS = (
    "article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate",
    "publish-date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "date",
)  # fmt: skip
_SEPARATORS = r"\s+[|\-–—·•]\s+"


@dataclass(frozen=True)
class PageMeta:
    """What a page says about its article; "" where it says nothing."""

    title: str = ""
    outlet: str = ""  # the publisher's name as the page gives it (og:site_name, JSON-LD)
    published: str = ""  # ISO 8601: a date, or a minute with its offset
    url: str = ""
    updated: str = ""  # its last update (a live page's dateModified), as published is written
    authors: tuple[str, ...] = ()  # the names the page gives its authors (JSON-LD, meta)


def metadata(tree, url: str) -> PageMeta:
    """Return the page's title, outlet, authors, publication time and address."""
    meta = {
        (m.get("property") or m.get("name") or m.get("itemprop") or "").lower(): (
            m.get("content") or ""
        ).strip()
        for m in tree.iter("meta")
    }
    items = json_ld_items(tree)
    ranked = _ranked(items)
    article = ranked[0] if ranked else {}
    publisher = article.get("publisher")
    outlet = publisher.get("name", "") if isinstance(publisher, dict) else ""
    canonical = next(
        (link.get("href", "") for link in tree.iter("link") if link.get("rel") == "canonical"), ""
    )
    entity = article.get("mainEntityOfPage")
    entity = entity.get("@id", "") if isinstance(entity, dict) else entity
    times = [t.get("datetime", "") for t in tree.iter("time") if t.get("datetime")]
    dated = [item.get("datePublished") for item in ranked]  # a WebPage's, else its article's
    dates = (*dated, *(meta.get(tag) for tag in PUBLISHED_TAGS), *times)
    published = next((value for value in map(iso, dates) if value), "")
    updated = iso(article.get("dateModified")) or iso(meta.get("article:modified_time"))
    title = text_of(article.get("headline")) or meta.get("og:title", "")
    title = title or next((" ".join(t.text_content().split()) for t in tree.iter("title")), "")
    address = (
        url or meta.get("og:url") or text_of(article.get("url")) or text_of(entity) or canonical
    )
    sites = [text_of(outlet), meta.get("og:site_name", ""), meta.get("application-name", "")]
    sites += [text_of(i.get("name")) for i in items if "WebSite" in _kinds(i)]
    return PageMeta(
        title=strip_site_name(title, sites),
        outlet=text_of(outlet) or meta.get("og:site_name", ""),
        published=published,
        url=address if re.fullmatch(r"https?://\S+", address or "") else "",
        updated=updated or iso(meta.get("og:updated_time")),
        authors=_authors(article.get("author"), meta.get("author", "")),
    )


def strip_site_name(title: str, sites: list[str]) -> str:
    """Return a page title without the site's name at its end (or start).

    >>> strip_site_name("Toll rises to 38 | Verifica Calandria", ["Verifica Calandria"])
    'Toll rises to 38'
    >>> strip_site_name("Toll rises to 38 - The Courier", ["the courier"])
    'Toll rises to 38'
    >>> strip_site_name("Courier | Toll rises", ["Courier"]), strip_site_name("A - B", ["C"])
    ('Toll rises', 'A - B')
    """
    for site in sorted({" ".join(s.split()) for s in sites if s.strip()}, key=len, reverse=True):
        name = re.escape(site).replace(r"\ ", r"\s+")
        for pattern in (rf"(?i)(.+?){_SEPARATORS}{name}\s*", rf"(?i){name}\s*[|·•]\s+(.+)"):
            if found := re.fullmatch(pattern, title.strip()):
                return found[1].strip()
    return title


def _kinds(item: dict) -> list[str]:
    kinds = item.get("@type")
    return [k for k in (kinds if isinstance(kinds, list) else [kinds]) if isinstance(k, str)]


def _ranked(items: list[dict]) -> list[dict]:
    """Return the JSON-LD objects that may be the article's, the likeliest first: an article
    kind's, a WebPage's, then any other dated one's (never an image's, site's or body's)."""

    def rank(item: dict) -> int:
        kinds = _kinds(item)
        if any(k in ARTICLE_TYPES and k != "WebPage" for k in kinds):
            return 0
        if "WebPage" in kinds:
            return 1
        dated = bool(iso(item.get("datePublished")))
        return 2 if dated and kinds and not any(k in NOT_ARTICLE_TYPES for k in kinds) else 3

    ranked = sorted((rank(item), index) for index, item in enumerate(items))
    return [items[index] for order, index in ranked if order < 3]


def json_ld_items(tree) -> list[dict]:
    """Return the page's JSON-LD objects in order, those of a ``@graph`` in their place."""
    found: list[dict] = []
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
            if isinstance(item, dict):
                found.append(item)
                graph = item.get("@graph")
                stack[:0] = graph if isinstance(graph, list) else []
    return found


def _authors(value: object, tag: str) -> tuple[str, ...]:
    """Return the authors' names a JSON-LD ``author`` and the ``author`` meta tag give."""
    values = value if isinstance(value, list) else [value]
    names = [text_of(v.get("name") if isinstance(v, dict) else v) for v in values]
    names.append(tag if not re.match(r"https?://", tag) else "")
    return tuple(dict.fromkeys(n for n in names if n))


def text_of(value: object) -> str:
    """Return a JSON-LD value as one line of text ("" for anything but a string)."""
    return " ".join(value.split()) if isinstance(value, str) else ""


def iso(value: object) -> str:
    """Return a page's time as the ledger writes it: a date, or a minute with its offset.

    >>> iso("2024-03-05T09:12:00+02:00"), iso("2024-06-11T14:03:00Z"), iso("2019-03-15")
    ('2024-03-05T09:12+02:00', '2024-06-11T14:03+00:00', '2019-03-15')
    >>> iso("2024-03-05T09:12:00"), iso("yesterday")
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
