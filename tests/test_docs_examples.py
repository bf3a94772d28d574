"""The Python examples in README.md and docs/*.md run, and the values their comments print are true.

An example line of the form ``expr  # VALUE  (explanation)`` states what ``expr`` gives; where
VALUE is a Python literal it is checked (a float to the decimals written, a dict ending in
``...`` as a part of the real one). Comments that describe rather than state are left alone.
"""

from __future__ import annotations

import ast
import gzip
import re
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean import registry

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
SEED_TEXT = ROOT / "fixtures" / "seeds" / "004_085c139f8544f0a7.txt"  # the krdo.com copy of a CNN story
KRDO_URL = "https://krdo.com/news/national-world/cnn-europe-mideast-africa/2022/03/29/story/"

_BLOCK = re.compile(r"^```python\n(.*?)^```", re.M | re.S)
_STATED = re.compile(r"#\s*(?P<value>.+)$")


def _examples() -> list[tuple[str, str]]:
    found = []
    for path in DOCS:
        for n, match in enumerate(_BLOCK.finditer(path.read_text(encoding="utf-8")), 1):
            found.append((f"{path.relative_to(ROOT)}#{n}", match.group(1)))
    return found


EXAMPLES = _examples()


def _namespace() -> dict[str, Any]:
    """The names the examples take as given: a page, its URL, HTML bytes and a few records."""
    html = gzip.decompress(next((ROOT / "fixtures" / "pages" / "html").glob("*.html.gz")).read_bytes())
    seeds = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
    return {
        "newsclean": newsclean,
        "page": SEED_TEXT.read_text(encoding="utf-8"),
        "url": KRDO_URL,
        "html_bytes": html,
        "records": [{"id": s.stem, "text": s.read_text(encoding="utf-8"), "url": KRDO_URL} for s in seeds],
    }


def _literal(value: str) -> tuple[bool, Any]:
    """The literal a comment states, if it states one: ``"krdo.com"  (...)``, ``True: ...``, ``{...}``."""
    for candidate in (value.split("  ")[0], value.split(": ")[0], value.strip()):
        text = candidate.strip().replace(", ...}", "}")
        try:
            return True, ast.literal_eval(text)
        except (ValueError, SyntaxError):
            continue
    return False, None


def _decimals(number: float) -> int:
    return len(repr(number).partition(".")[2])


def _agrees(stated: Any, actual: Any) -> bool:
    if isinstance(stated, float) and isinstance(actual, (int, float)):
        return round(actual, _decimals(stated)) == stated
    if isinstance(stated, dict) and isinstance(actual, dict):  # a part of the real dict
        return all(key in actual and _agrees(val, actual[key]) for key, val in stated.items())
    return bool(stated == actual)


@pytest.mark.parametrize("where,code", EXAMPLES, ids=[where for where, _ in EXAMPLES])
def test_the_example_runs_and_says_what_it_gives(where: str, code: str, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    if "spark." in code:
        pytest.skip("needs a Spark session; tests/test_spark.py runs the same call")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "fixtures").symlink_to(ROOT / "fixtures")
    (tmp_path / "newsclean.toml").write_text('[cleaners.trailing_headlines]\nmin_items = 4\n')
    monkeypatch.setattr(registry, "_REGISTRY", dict(registry._REGISTRY))  # examples may register cleaners
    namespace = _namespace()
    lines = code.splitlines()
    for statement in ast.parse(code).body:
        stated = _STATED.search(lines[statement.lineno - 1]) if isinstance(statement, ast.Expr) else None
        ok, value = _literal(stated.group("value")) if stated else (False, None)
        if not ok:
            exec(compile(ast.Module([statement], []), where, "exec"), namespace)
            continue
        actual = eval(compile(ast.Expression(statement.value), where, "eval"), namespace)
        expr = ast.get_source_segment(code, statement)
        assert _agrees(value, actual), f"{where}: {expr} gives {actual!r}, the doc says {value!r}"
