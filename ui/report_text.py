"""The report's sentences (:class:`twinparks.report_content.ReportText`) in the app's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from twinparks.models.problems import Text, english


def render(text: object) -> str:
    """``text`` translated in its context and filled in; a plain value as it is.

    A translation whose placeholders do not match its template falls back to
    the English text, never to an error in the middle of a report.
    """
    if not isinstance(text, Text):
        return str(text)
    context = getattr(text, "context", "report")
    template = QCoreApplication.translate(context, text.template) if context else text.template
    if not text.args:
        return template
    try:
        return template.format(**{name: render(value) if isinstance(value, Text)
                                  else english(value) for name, value in text.args})
    except (KeyError, IndexError, ValueError):
        return str(text)


__all__ = ["render"]
