"""Problems are values: what is wrong with a workbook, and where."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

ERROR = "error"
WARNING = "warning"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` (pyside6-lupdate finds these calls)."""
    return text


@dataclass(frozen=True)
class Text:
    """A message as an English template with named ``{placeholders}`` and their values.

    Values are strings, numbers or nested :class:`Text`; ``str()`` is the English
    message (floats as ``:g``). The GUI translates the template and fills it itself.
    """

    template: str
    args: tuple[tuple[str, object], ...] = ()

    def __str__(self) -> str:
        return self.template.format(**{name: english(value) for name, value in self.args})


def english(value: object) -> str:
    """One template argument as the English message writes it."""
    return format(value, "g") if isinstance(value, float) else str(value)


SHOWN_CHARACTERS = 60
CELL_ARGUMENTS = ("value", "title", "header", "formula", "first")


def problem_text(template: str, **args: object) -> Text:
    """A :class:`Text` from a template marked with ``QT_TRANSLATE_NOOP`` and its values.

    What a planner typed (``value``, ``title`` …) is shortened when long, so
    that a 100,000-character cell still gives a one-line message.
    """
    return Text(template, tuple((name, shorten(value) if name in CELL_ARGUMENTS else value)
                                for name, value in args.items()))


def shorten(value: object) -> object:
    """Text of more than ``SHOWN_CHARACTERS`` as its start, "…" and its length."""
    if isinstance(value, Text) or isinstance(value, float):
        return value
    text = str(value)
    if len(text) <= SHOWN_CHARACTERS:
        return value
    return f"{text[:SHOWN_CHARACTERS - 20]}…{text[-8:]} ({len(text):,} characters)"


def column_letter(index: int) -> str:
    """Excel column letters of a 1-based column index (1 → A, 28 → AB)."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input.

    ``sheet`` is None for problems of the file itself; ``row`` is the row
    label (the Excel row of a table read from a workbook; 1 is the header);
    ``column`` the column name and ``col_index`` its 1-based position.
    ``template`` and ``args`` (see :class:`Text`) let the GUI translate ``message``.
    """

    message: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    col_index: int | None = None
    severity: str = ERROR
    template: str = ""
    args: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, text: Text | str, **where: Any) -> Problem:
        """A problem whose message is ``text`` (a :class:`Text`, or plain English)."""
        if isinstance(text, Text):
            return cls(str(text), template=text.template, args=text.args, **where)
        return cls(text, **where)

    @property
    def text(self) -> Text | str:
        """The message as a :class:`Text` when it has a template, else the plain string."""
        return Text(self.template, self.args) if self.template else self.message

    @property
    def cell(self) -> str:
        """``C7``, ``C`` or ``7`` as far as known ("" for a whole sheet)."""
        letter = column_letter(self.col_index) if self.col_index else ""
        return f"{letter}{self.row if self.row is not None else ''}"

    @property
    def where(self) -> str:
        """``Sheet!C7``, or the sheet alone when no cell applies."""
        if self.sheet is None:
            return ""
        return f"{self.sheet}!{self.cell}" if self.cell else self.sheet

    def format(self, source: str = "workbook") -> str:
        """The one-line form the command line prints: ``Sheet!C7: message``."""
        prefix = self.where or source
        tag = "warning: " if self.severity == WARNING else ""
        return f"{prefix}: {tag}{' '.join(self.message.split())}"


def errors(problems: list[Problem]) -> list[Problem]:
    """Only the problems that stop a solve."""
    return [problem for problem in problems if problem.severity == ERROR]
