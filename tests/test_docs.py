"""The README's workbook tables are the ones the schema generates."""

from pathlib import Path

from twinparks.docs import workbook_format_markdown

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_workbook_format_matches_schema():
    text = README.read_text(encoding="utf-8")
    start = text.index("<!-- schema:start -->\n") + len("<!-- schema:start -->\n")
    end = text.index("<!-- schema:end -->")
    assert text[start:end] == workbook_format_markdown(), \
        "regenerate with: python -P -m twinparks.docs"


def test_readme_quick_start_has_two_commands():
    text = README.read_text(encoding="utf-8")
    quick = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = [line for line in quick.splitlines() if line.startswith("python3 -m venv")]
    assert len(commands) == 2
    assert "twinparks" in commands[0] and "pytest" in commands[1]
