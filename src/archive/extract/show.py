"""Facts as an archivist reads them in a terminal: one line per field with its origin and
confidence, the evidence quoted below it."""

from __future__ import annotations

from .facts import Facts


def render(facts: Facts) -> list[str]:
    lines = []
    for name, item in facts.as_dict().items():
        if name == "warnings":
            continue
        if item is None:
            lines.append(f"  {name:<16} -")
            continue
        value = item["value"]
        shown = "; ".join(map(str, value)) if isinstance(value, list) else str(value)
        marks = item["origin"] if item["confidence"] == "high" else f"{item['origin']}, {item['confidence']}"
        lines.append(f"  {name:<16} {shown}  [{marks}]")
        if item["evidence"]:
            lines.append(f"  {'':<16} <- \"{item['evidence']}\"")
    return lines


def review_line(source: str, facts: Facts) -> str | None:
    """'review  SOURCE  start_date, city' for a record with weakly supported values."""
    doubtful = facts.doubtful()
    return f"review    {source}  {', '.join(doubtful)}" if doubtful else None
