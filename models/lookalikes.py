"""Ids that look the same but are not: Unicode normalisation and invisible characters.

``Qinzhou-é`` typed on a Mac (NFD: ``e`` + combining accent) and on Windows
(NFC: one ``é``) look identical in Excel, as do ``QZ`` and ``QZ`` followed
by a zero-width space pasted from a web page. A reference that matches a
known id only after normalising is explained as such instead of "not an id".
"""

from __future__ import annotations

import unicodedata

from twinparks.models.problems import QT_TRANSLATE_NOOP, Text, problem_text

INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}


def visible(text: str) -> str:
    """``text`` without zero-width and other invisible characters."""
    return "".join(c for c in text if c not in INVISIBLE)


def lookalike_message(column, text: str, ids: set[str]) -> Text | None:
    """Say how ``text`` differs from the id it looks like (None: it looks like none)."""
    if visible(text) != text:
        match = _find(visible(text), ids, visible)
        if match is not None:
            return problem_text(QT_TRANSLATE_NOOP(
                "validation", "{column} '{value}' contains invisible characters (such as a "
                "zero-width space, {codes}); without them it is the id '{id}' on the {target} "
                "sheet: retype it"), column=column.name, value=text, id=match,
                codes=", ".join(f"U+{ord(c):04X}" for c in text if c in INVISIBLE),
                target=column.target)
    normal = unicodedata.normalize("NFC", text)
    match = _find(normal, ids, lambda t: unicodedata.normalize("NFC", t))
    if match is not None and match != text:
        return problem_text(QT_TRANSLATE_NOOP(
            "validation", "{column} '{value}' looks like the id '{id}' on the {target} sheet "
            "but its accented letters are encoded differently (Unicode normalisation NFC vs "
            "NFD, e.g. typed on another computer); retype it"), column=column.name,
            value=text, id=match, target=column.target)
    return None


def _find(wanted: str, ids: set[str], normal) -> str | None:
    return next((known for known in sorted(ids) if normal(known) == wanted), None)
