"""The workbook format as Markdown, generated from the schema (kept in the README)."""

from __future__ import annotations

from twinparks.models import schema


def workbook_format_markdown() -> str:
    """One table per sheet: column, required, unit, default, allowed values, meaning."""
    parts = []
    for sheet in schema.SHEETS[:-1]:
        parts.append(f"#### {sheet}\n")
        parts.append("| column | required | unit | default | allowed | meaning |")
        parts.append("|---|---|---|---|---|---|")
        for column in schema.columns()[sheet]:
            allowed = "" if column.range == schema.Range() else column.range.describe()
            parts.append(f"| `{column.name}` | {'yes' if column.required else ''} | "
                         f"{column.unit} | {column.default} | {allowed} | {column.help} |")
        parts.append("")
    parts.append("#### Settings (`key`, `value` rows)\n")
    parts.append("| key | unit | default | allowed | meaning |")
    parts.append("|---|---|---|---|---|")
    for spec in schema.settings().values():
        allowed = "" if spec.range == schema.Range() else spec.range.describe()
        parts.append(f"| `{spec.key}` | {spec.unit} | {spec.default} | {allowed} | {spec.help} |")
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    print(workbook_format_markdown(), end="")
