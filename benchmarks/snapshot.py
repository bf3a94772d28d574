"""Snapshot every output of the default pipeline, and check a later run against it.

Speed work must not change what the pipeline does. This records ``Result.to_dict()`` for every
dev page (both renderings and the HTML), every seed and every page fixture, then reports each
input whose result differs, and which fields and cleaners differ.

    .venv/bin/python -m benchmarks.snapshot save  [--file PATH]   # before a change
    .venv/bin/python -m benchmarks.snapshot check [--file PATH]   # after it: exit 1 on any change
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from newsclean import Pipeline

from .metric import load_dev
from .renderings import RENDERINGS, render_all

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILE = Path(__file__).resolve().parent / ".cache" / "snapshot.json.gz"


def inputs(html: bool = True) -> Iterator[tuple[str, str]]:
    """``(name, page)`` for every input the snapshot covers."""
    pages = load_dev()
    for kind in RENDERINGS:
        for page_id, text in render_all(pages, kind).items():
            yield f"{kind}/{page_id}", text
    if html:
        for page_id, page in pages.items():
            yield f"html/{page_id}", page["html"]
    for path in sorted((ROOT / "fixtures").rglob("*")):
        if path.is_file() and path.suffix in {".txt", ".md", ".html"}:
            yield f"fixture/{path.relative_to(ROOT / 'fixtures')}", path.read_text(encoding="utf-8")


def outputs(html: bool = True) -> dict[str, dict]:
    pipe = Pipeline.default()
    return {name: pipe.clean(page).to_dict() for name, page in inputs(html)}


def differences(old: dict, new: dict) -> list[str]:
    """One line per input whose result changed: the fields that differ, and for removals the
    cleaners whose removals differ."""
    lines = []
    for name in sorted(set(old) | set(new)):
        a, b = old.get(name), new.get(name)
        if a == b:
            continue
        if a is None or b is None:
            lines.append(f"{name}: only in {'new' if a is None else 'old'}")
            continue
        fields = [k for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]
        detail = ""
        if "removals" in fields:
            key = lambda r: (r["start"], r["end"], r["cleaner"], r["kind"], r["reason"])  # noqa: E731
            ra, rb = Counter(map(key, a["removals"])), Counter(map(key, b["removals"]))
            changed = sorted({r[2] for r in (ra - rb) + (rb - ra)})
            detail = f" (cleaners: {', '.join(changed)})"
        lines.append(f"{name}: {', '.join(fields)}{detail}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=("save", "check"))
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--no-html", action="store_true", help="skip the HTML pages (faster)")
    args = parser.parse_args()
    current = outputs(html=not args.no_html)
    if args.action == "save":
        args.file.parent.mkdir(parents=True, exist_ok=True)
        with gzip.open(args.file, "wt", encoding="utf-8") as f:
            json.dump(current, f)
        print(f"saved {len(current)} results to {args.file}")
        return
    with gzip.open(args.file, "rt", encoding="utf-8") as f:
        saved = json.load(f)
    if args.no_html:
        saved = {k: v for k, v in saved.items() if not k.startswith("html/")}
    changed = differences(saved, current)
    print("\n".join(changed) if changed else f"all {len(current)} results unchanged")
    sys.exit(1 if changed else 0)


if __name__ == "__main__":
    main()
