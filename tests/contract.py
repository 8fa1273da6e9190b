"""The contract as written in db/CONTRACT.md, read by the tests (one copy of it)."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = ROOT / "db" / "CONTRACT.md"


def _split_top_level(cell: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for ch in cell:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    return [p.strip() for p in parts if p.strip()]


def _names(cell: str) -> list[str]:
    if cell.strip() in ("—", "-", ""):
        return []
    return [re.match(r"`?([a-z_]+)", part).group(1) for part in _split_top_level(cell)]


def procedures() -> dict[str, dict]:
    """{name: {"schema": "app", "params": [...], "columns": [...]}} from the table."""
    result = {}
    for line in CONTRACT.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^\| `([a-z_]+)`( \(schema `([a-z]+)`\))? \|(.*)\|(.*)\|(.*)\|$", line)
        if match:
            name, _, schema, params, columns, _ = match.groups()
            result[name] = {"schema": schema or "app", "params": _names(params), "columns": _names(columns)}
    return result
