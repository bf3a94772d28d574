"""benchmarks/RESULTS.md: each benchmark owns one "## " section and rewrites only that one."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def write_section(heading: str, section: str, path: Path = RESULTS) -> None:
    """Replace the section that starts with ``heading`` (or append it), re-reading the file first."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    start = text.find(heading)
    if start == -1:
        text = text.rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n"
    else:
        end = text.find("\n## ", start + len(heading))
        rest = text[end + 1 :] if end != -1 else ""
        text = text[:start] + section.rstrip("\n") + "\n" + ("\n" + rest if rest else "")
    path.write_text(text, encoding="utf-8")


def publish(heading: str, section: str, write: bool) -> str:
    """Print ``section``; with ``write``, also put it in RESULTS.md under ``heading``."""
    print(section)
    if write:
        write_section(heading, section)
    return section


def command_line(run: Callable[[bool], str], doc: str | None) -> None:
    """A benchmark's ``main``: ``--write`` updates its section of RESULTS.md."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help="update benchmarks/RESULTS.md")
    run(parser.parse_args().write)
