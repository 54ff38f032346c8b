"""Read a Telegram Desktop export (``result.json``): a channel's posts with their exact times.

Telegram Desktop's "Export chat history" (format: JSON) writes one chat as an object with
``name``, ``type``, ``id`` and ``messages``; an export of the whole account lists chats under
``chats.list``. A message has ``id``, ``type`` (``message``, or ``service`` for pins and
joins), ``date`` (the exporting machine's local time, no offset), ``date_unixtime`` (UTC
seconds, in exports since Telegram Desktop 3.x) and ``text``: a string, or a list of strings
and entity objects (``{"type": "bold", "text": "63"}``, links with ``href``) whose visible
texts, joined, are the post.

A post's time is ``date_unixtime`` as a UTC minute; an export without it gives only a local
time with no zone, which is refused rather than guessed. The export names the channel, not
its public username, so a post's address ``https://t.me/<username>/<id>`` is given when the
username is known (``--channel``, or a ``username`` field some export tools add).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from makiivka.extract.article import TITLE_MAX
from makiivka.story.problems import DataError, Problem
from makiivka.text.graphemes import shorten

_USERNAME = re.compile(r"@?([A-Za-z][A-Za-z0-9_]{3,31})")


@dataclass(frozen=True)
class Post:
    """One post of a channel: its id, exact time (ISO minute, UTC) and text."""

    channel: str  # the channel's name as the export gives it
    username: str  # its public username, "" when unknown
    message_id: int
    posted_at: str
    text: str

    @property
    def url(self) -> str:
        """Return the post's address, "" when the channel's username is unknown."""
        return f"https://t.me/{self.username}/{self.message_id}" if self.username else ""

    @property
    def title(self) -> str:
        """Return the post's first line with words, cut at a word before TITLE_MAX characters.

        A line that is only a label and a time ("UPDATE 07:30", "BREAKING": :func:`is_label_line`)
        is skipped; a post of such lines only is titled by its first.

        Characters as a reader sees them: an emoji, a flag or an accent is kept whole or
        left out whole (:func:`makiivka.text.graphemes.shorten`).
        """
        lines = [line.strip() for line in self.text.splitlines() if line.strip()]
        first = next((line for line in lines if not is_label_line(line)), lines[0] if lines else "")
        return shorten(first, TITLE_MAX)


#: A clock time or a day in a post's label line: "07:30", "7.30 pm", "19/10", "19/10/2026".
_STAMP = re.compile(r"(?i)\b\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b")
_LETTERS = re.compile(r"[^\W\d_]+")
#: The most words a label line has: "UPDATE", "BREAKING NEWS".
_LABEL_WORDS = 2


def is_label_line(line: str) -> bool:
    """Tell whether a post's line is only a label and a time, no title: "UPDATE 07:30",
    "BREAKING", "⚡️ 07:30" (round 27's new user: posts titled "UPDATE 07:30").

    A label is at most two words in capitals, or one capitalised word with a time or a day.

    >>> is_label_line("UPDATE 07:30"), is_label_line("BREAKING"), is_label_line("⚡️ 07:30")
    (True, True, True)
    >>> is_label_line("Update 19/10:"), is_label_line("BREAKING NEWS")
    (True, True)
    >>> is_label_line("UPDATE 21:35 – 27 bodies recovered."), is_label_line("Breaking news")
    (False, False)
    >>> is_label_line("⚓️ SHIPWRECK OFF LE CASTELLA (KR)"), is_label_line("🚨🚨")
    (False, False)
    >>> is_label_line("Condolences"), is_label_line("Kessa 07:30")
    (False, True)
    """
    stamps = _STAMP.findall(line)
    rest = _STAMP.sub(" ", line)
    if any(c.isdigit() for c in rest):
        return False
    words = _LETTERS.findall(rest)
    if len(words) > _LABEL_WORDS or not (stamps or words):
        return False
    capitals = all(w.isupper() for w in words)
    return capitals or (bool(stamps) and len(words) == 1 and words[0][:1].isupper())


def flatten_text(text: object) -> str:
    """Return a message's visible text from a string or a list of strings and entities.

    >>> flatten_text(["The ministry said ", {"type": "bold", "text": "63"}, " died."])
    'The ministry said 63 died.'
    """
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(
            part if isinstance(part, str) else str(part.get("text", ""))
            for part in text
            if isinstance(part, str | dict)
        )
    return ""


def is_export(blob: bytes) -> bool:
    """Tell whether a file's bytes are a Telegram Desktop export, by its shape.

    One chat: an object with ``type``, ``id`` and a ``messages`` list; the whole account:
    chats under ``chats.list``.

    >>> is_export(b'{"name": "Ch", "type": "public_channel", "id": 7, "messages": []}')
    True
    >>> is_export(b'{"messages": "x"}'), is_export(b'[1, 2]'), is_export(b'\\xff')
    (False, False, False)
    """
    try:
        export = json.loads(blob.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return False
    if not isinstance(export, dict):
        return False
    chats = export.get("chats")
    if isinstance(chats, dict) and isinstance(chats.get("list"), list):
        return True
    return isinstance(export.get("messages"), list) and {"type", "id"} <= export.keys()


def read_export(blob: bytes, name: str, username: str | None = None) -> list[Post]:
    """Return the posts of a Telegram Desktop export, in the order of the export.

    Service messages and posts without text are left out. Raises :class:`DataError`
    (naming *name*) for a file that is not such an export or a post without its UTC time.
    """
    try:
        export = json.loads(blob.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        raise DataError(
            [Problem(name, 1, 1, "", str(error)[:80], "a Telegram Desktop export (JSON)")]
        ) from None
    chats = export.get("chats", {}).get("list") if isinstance(export, dict) else None
    chats = chats if isinstance(chats, list) else [export]
    posts: list[Post] = []
    for chat in chats:
        if not isinstance(chat, dict) or not isinstance(chat.get("messages"), list):
            raise DataError(
                [Problem(name, 1, 1, "messages", "", "a chat export with a messages list")]
            )
        channel = str(chat.get("name") or "")
        known = username or str(chat.get("username") or "")
        handle = _USERNAME.fullmatch(known.strip())
        for message in chat["messages"]:
            if not isinstance(message, dict) or message.get("type", "message") != "message":
                continue
            text = flatten_text(message.get("text")).strip()
            if not text:
                continue
            posts.append(
                Post(channel, handle[1] if handle else "", _id(message, name), _time(message, name),
                     text + "\n")
            )  # fmt: skip
    return posts


def _id(message: dict, name: str) -> int:
    value = message.get("id")
    if isinstance(value, int) and value > 0:
        return value
    raise DataError([Problem(name, 1, 1, "id", str(value), "a message id (a positive number)")])


def _time(message: dict, name: str) -> str:
    """Return a message's time as a UTC minute from its ``date_unixtime``."""
    stamp = message.get("date_unixtime")
    try:
        moment = datetime.fromtimestamp(int(stamp), UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        raise DataError(
            [Problem(name, 1, 1, "date_unixtime", str(stamp or message.get("date", "")),
                     "the post's UTC time (date_unixtime, written by Telegram Desktop 3.x "
                     "and later): 'date' alone is the exporting machine's clock, no zone")]
        ) from None  # fmt: skip
    return moment.isoformat(timespec="minutes")
