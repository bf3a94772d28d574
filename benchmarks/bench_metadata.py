"""Metadata on real pages: newsclean's title, authors and date against what each page declares.

The dev pages carry no metadata ground truth, but their HTML declares it (JSON-LD, Open Graph,
``<meta>`` tags, ``<title>``), and ``trafilatura.extract_metadata`` reads it: that is the
reference here. It is a proxy, not a truth: a page's declared title may be worded otherwise than
the headline it prints, and its declared author may be missing or a brand. So the table says how
often newsclean finds a field, how often it agrees with the declared one, and how often it gives
a value that shares nothing with it (a wrong one), for each input newsclean is given: the page
rendered to text, to markdown, and the HTML itself.

    .venv/bin/python -m benchmarks.bench_metadata          # print only
    .venv/bin/python -m benchmarks.bench_metadata --write  # print, and update benchmarks/RESULTS.md
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

import trafilatura

from newsclean import Metadata, Pipeline

from .metric import load_dev
from .renderings import OTHER_RENDERINGS, RENDERINGS, render_all
from .results import command_line, publish

HEADING = "## Metadata on the dev pages"
COMMAND = ".venv/bin/python -m benchmarks.bench_metadata --write"
TITLE_OVERLAP = 0.8  # share of the shorter title's words in the longer one: the same headline
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Declared:
    """What a page's HTML declares, as trafilatura reads it."""

    title: str | None
    authors: frozenset[str]
    date: str | None
    sitename: str | None


def declared(html: str) -> Declared:
    doc = trafilatura.extract_metadata(html)
    authors = frozenset(_norm(a) for a in (doc.author or "").split(";") if a.strip()) if doc else frozenset()
    if doc is None:
        return Declared(None, authors, None, None)
    return Declared(doc.title or None, authors, (doc.date or "")[:10] or None, doc.sitename or None)


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def same_title(ours: str, theirs: str) -> bool:
    """The same headline: equal once normalised, or most of the shorter one's words in the other."""
    a, b = _norm(ours).split(), _norm(theirs).split()
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return bool(short) and sum(w in set(long) for w in short) >= TITLE_OVERLAP * len(short)


def same_day(ours: str, theirs: str) -> bool:
    """The same date, give or take a day: a page prints its local date ("Nov 19, 2019, 10:31 pm
    CST") where it declares UTC ("2019-11-20")."""
    try:
        return abs((dt.date.fromisoformat(ours[:10]) - dt.date.fromisoformat(theirs[:10])).days) <= 1
    except ValueError:
        return False


@dataclass
class Tally:
    n: int = 0  # pages that declare the field
    found: int = 0  # of which newsclean gives a value
    agree: int = 0  # of which the value agrees with the declared one
    wrong: int = 0  # of which the value shares nothing with it

    def add(self, verdict: tuple[bool, bool] | None) -> None:
        """One page that declares the field: ``verdict`` is (agrees, wrong) when newsclean gave
        a value, falsy when it gave none."""
        self.n += 1
        if verdict:
            agree, wrong = verdict
            self.found += 1
            self.agree += agree
            self.wrong += wrong

    def row(self, field: str, rendering: str) -> str:
        pct = (lambda k: f"{k} ({100 * k / self.n:.0f}%)") if self.n else str
        return f"| {rendering} | {field} | {self.n} | {pct(self.found)} | {pct(self.agree)} | {pct(self.wrong)} |"


def tally(pairs: list[tuple[Metadata, Declared]]) -> dict[str, Tally]:
    out = {"title": Tally(), "authors": Tally(), "published date": Tally()}
    for ours, ref in pairs:
        if ref.title:
            out["title"].add(ours.title and title_verdict(ours.title, ref.title))
        if ref.authors:
            mine = {_norm(a) for a in ours.authors}
            out["authors"].add(mine and (bool(mine & ref.authors), not mine & ref.authors))
        if ref.date:
            out["published date"].add(ours.published and day_verdict(ours.published, ref.date))
    return out


def day_verdict(ours: str, theirs: str) -> tuple[bool, bool]:
    near = same_day(ours, theirs)
    return near, not near


def title_verdict(ours: str, theirs: str) -> tuple[bool, bool]:
    """(agrees, wrong): the same headline, or one that shares no word with the declared one."""
    agree = same_title(ours, theirs)
    return agree, not agree and not set(_norm(ours).split()) & set(_norm(theirs).split())


def site_suffixed(titles: list[str | None], refs: list[Declared]) -> int:
    """Titles that end with the site's declared name ("Headline - The Verge")."""
    return sum(
        1
        for title, ref in zip(titles, refs)
        if title and ref.sitename and _norm(title).endswith(_norm(ref.sitename)) and _norm(title) != _norm(ref.sitename)
    )


def run(write: bool) -> str:
    pages = load_dev()
    pipe = Pipeline.default()
    refs = {pid: declared(page["html"]) for pid, page in pages.items()}
    inputs = {kind: render_all(pages, kind) for kind in RENDERINGS}
    inputs["html"] = {pid: page["html"] for pid, page in pages.items()}
    # the other ways scrapers render pages (link targets kept), as benchmarks.bench_text has them
    inputs.update({kind: render_all(pages, kind) for kind in OTHER_RENDERINGS})
    lines = [
        HEADING,
        "",
        f"Date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC. Command: `{COMMAND}`. {len(pages)} dev pages, "
        "cleaned without their URL. Reference: the metadata each page's HTML declares, as "
        "`trafilatura.extract_metadata` reads it (a proxy: a declared title may be worded otherwise "
        "than the printed headline). *declared*: pages that declare the field; *found*: newsclean "
        "gives a value; *agrees*: the same title (normalised, or "
        f"{TITLE_OVERLAP:.0%} of the shorter one's words in the other), an author in common, the "
        "same day give or take one (a page prints its local date and declares UTC); *wrong*: a "
        "title sharing no word, no author in common, a date two days off or more.",
        "",
        "| input | field | declared | found | agrees | wrong |",
        "|---|---|---:|---:|---:|---:|",
    ]
    suffixed = []
    for kind, texts in inputs.items():
        metas = {pid: pipe.clean(text).metadata for pid, text in texts.items()}
        pairs = [(metas[pid], refs[pid]) for pid in texts]
        lines += [t.row(field, kind) for field, t in tally(pairs).items()]
        ids = list(texts)
        suffixed.append(f"{kind} {site_suffixed([metas[p].title for p in ids], [refs[p] for p in ids])}")
    lines += ["", "Titles that end with the site's declared name: " + ", ".join(suffixed) + "."]
    return publish(HEADING, "\n".join(lines), write)


def main() -> None:
    command_line(run, __doc__)


if __name__ == "__main__":
    main()
