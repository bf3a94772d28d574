"""False-positive probe: does the default pipeline remove article lines it should keep?

30 synthetic articles (benchmarks/probes/articles.json: several genres, seven languages) are
each cleaned three ways: bare; inside html-text-like page furniture (menu, title, byline, share
links, a read-more line mid-article, newsletter box, more-stories headlines, footer); and inside
html2text-like markdown furniture (the same, as links and list items). Every line is labelled
body or furniture, and counts as removed when a non-markup removal covers one of its letters or
digits. The build is deterministic: article ``i`` uses furniture variant ``i % 3``.

``--set heldout`` measures the same way on a second set (36 other articles, other furniture
wording: benchmarks/probes/heldout_*.json), held out until its lost lines were read to find
failure classes; it is a development set now (see benchmarks/probes/README.md).

``--set risk`` (benchmarks/probes/risk_*.json, 30 articles) puts furniture that names the
article's subject around it (related headlines, comment threads, tags, colon-introduced newsletter
and follow-us lists, a standfirst, footers without legal wording, a menu repeated top and bottom)
and also counts the furniture lines kept, by kind. Same rule as the held-out set.

``--set fresh`` (benchmarks/probes/fresh_*.json, 40 articles in twelve languages, five of which
newsclean has little or no vocabulary for) was written without reading the rules, the tests or
the other sets' articles, measured blind twice and then read (spent, like the held-out set). Its
report also counts the furniture kept, by kind.

``--set blind`` (benchmarks/probes/blind_*.json, 40 articles in eleven languages: English in UK,
US, Canadian, South African, New Zealand and Singaporean styles, French, German, Spanish, Italian
and Portuguese with their regional variants, and Danish, Czech, Romanian, Finnish and Vietnamese)
is a fifth validation set, written the same way as the fresh one, without reading the rules, the
tests, the changelog or the other sets' articles; it is run once per measurement and never tuned
to. Its report also counts the furniture kept, by kind.

``--set unseen`` (benchmarks/probes/unseen_*.json, 40 articles in eleven languages: English in
British, American, Australian, Irish, Kenyan, Nigerian, Indian and Canadian styles, French,
German, Spanish, Italian and Portuguese, and Norwegian, Swedish, Polish, Greek and Indonesian) is
a sixth validation set, written like the blind one without reading the rules, the tests, the
changelog or the other sets' articles; measure with it, do not tune rules to it. Its report also
counts the furniture kept, by kind.

``--set sealed`` (benchmarks/probes/sealed_*.json, 40 articles in eleven languages: English in
Scottish and Welsh regional, US metro daily and public radio, Philippine, Pakistani, Ghanaian,
Jamaican and Malaysian styles, a wire service, a trade publication, a sports site and a tech site;
French with Quebec, German with Austria, Spanish with Colombia and Chile, Italian and Portuguese;
and Catalan, Hungarian, Croatian, Slovak and Swahili) is a seventh validation set, written like
the unseen one without reading the rules, the tests, the changelog or the other sets' articles.
It was held out until 2026-11-23, when its lost lines were read to fix their classes: spent. Its
report also counts the furniture kept, by kind.

``--set untouched`` (benchmarks/probes/untouched_*.json, 40 articles in fourteen languages:
English in Australian regional daily, US local TV station, UK tabloid, Indian business paper,
Canadian public broadcaster, science magazine, financial wire, fact-checking site, university news
office and council news page styles; French with Belgium and Switzerland, Swiss German, Spanish
with Mexico and Argentina, Italian, Brazilian Portuguese and Flemish Dutch; and Latvian,
Lithuanian, Slovenian, Estonian, Icelandic, Tagalog and Malay) is an eighth validation set, written
like the sealed one without reading the rules, the tests, the changelog or the other sets'
articles. It was held out until 2026-11-23, when its lost lines were read to fix their classes:
spent. Its report also counts the furniture kept, by kind.

``--set distant`` (benchmarks/probes/distant_*.json, 40 articles in sixteen languages: English in
Hong Kong, Zambian, Ugandan, Sri Lankan, Bangladeshi, Trinidadian and Gulf daily styles, a US
hyperlocal nonprofit site, a trade-union newsletter, a farming weekly, a motoring site and a gaming
site; and Afrikaans, Albanian, Bosnian, Bulgarian, Serbian (Latin), Maltese, Welsh, Basque,
Galician, Luxembourgish, Haitian Creole, Ukrainian, Russian, Irish and Taglish) is a ninth
validation set, written like the untouched one without reading the rules, the tests, the
changelog or the other sets' articles. It was held out until 2026-11-23, when its lost lines were
read to fix their classes: spent. Its report also counts the furniture kept, by kind.

``--set remote`` (benchmarks/probes/remote_*.json, 40 articles in eleven languages: English in New
York tabloid, bilingual Ottawa-Gatineau city site, British local democracy reporting, student
newspaper, Catholic diocesan weekly, legal-news site, property portal, crypto news site, Isle of
Man, Fijian, Barbadian, Nepali and Namibian styles; French from Corsica, Portuguese from Angola,
Spanish from Peru and Romanian from Moldova; and Norwegian Nynorsk, Faroese, Romansh, Corsican,
Finland Swedish and Low German) is a tenth validation set, written like the distant one without
reading the rules, the tests, the changelog or the other sets' articles. It was held out until
2026-11-23, when its lost lines were read to fix their classes: spent. Its report also counts the
furniture kept, by kind.

``--set far`` (benchmarks/probes/far_*.json, 40 articles in sixteen languages: English from a
Japan-based daily, a Singapore tabloid, a Pakistani daily, an Israeli site, an Egyptian site, a
Korean wire's English service, a Hong Kong business site, a Gulf sports site, a Taiwan news site,
an Indian regional daily, an aviation trade site, a wine magazine, a school district, an election
results page and a podcast's show notes; and Japanese, Chinese (mainland simplified and Taiwan
traditional), Korean, Arabic (Gulf and Egyptian), Hebrew, Persian, Urdu, Hindi, Bengali, Tamil,
Thai, Georgian, Armenian and Amharic, the first set in scripts other than Latin, Greek and
Cyrillic) is an eleventh validation set, written like the remote one without reading the rules,
the tests, the changelog or the other sets' articles. It was held out until 2026-11-23, when its
lost lines were read to fix their classes: spent. Its report also counts the furniture kept, by kind.

``--set beyond`` (benchmarks/probes/beyond_*.json, 40 articles in twenty languages: English from a
Malaysian business daily, a Sri Lankan Sunday paper's feature pages, a Mongolian news agency's
English service, a Cambodian English daily, a Myanmar exile outlet, an Afghan news agency, an
Ethiopian business weekly, a Bhutanese paper, an Indian startup news site, a cricket site, a
Bollywood box-office site, a science agency's media releases, an NGO's newsroom, a hotel trade
site, a shipping-news site, an Alaskan public radio station, a Maldivian site, a Papua New Guinea
daily, a Brunei daily and a Kazakhstan English paper; and Punjabi (Gurmukhi), Gujarati, Marathi,
Telugu, Kannada, Malayalam, Sinhala, Nepali, Khmer, Lao, Burmese, Mongolian, Kazakh, Pashto,
Kurdish (Sorani), Tigrinya, Yiddish, Uyghur and Tibetan, scripts and languages no earlier set
has) is a twelfth validation set, written like the far one without reading the rules, the
tests, the changelog or the other sets' articles. It is held out: measure with it, do not tune
rules to it. Its report also counts the furniture kept, by kind, and quotes none of its lines.

    .venv/bin/python -m benchmarks.bench_probes                 # print only
    .venv/bin/python -m benchmarks.bench_probes --write         # print, and update benchmarks/RESULTS.md
    .venv/bin/python -m benchmarks.bench_probes --set heldout   # the held-out set, now spent
    .venv/bin/python -m benchmarks.bench_probes --set risk      # furniture that names the article
    .venv/bin/python -m benchmarks.bench_probes --set fresh     # written blind to the rules, now spent
    .venv/bin/python -m benchmarks.bench_probes --set blind     # a second set written blind to them
    .venv/bin/python -m benchmarks.bench_probes --set unseen    # a third, independent of the rules
    .venv/bin/python -m benchmarks.bench_probes --set sealed    # a fourth, now spent
    .venv/bin/python -m benchmarks.bench_probes --set untouched # a fifth, now spent
    .venv/bin/python -m benchmarks.bench_probes --set distant   # a sixth, now spent
    .venv/bin/python -m benchmarks.bench_probes --set remote    # a seventh, now spent
    .venv/bin/python -m benchmarks.bench_probes --set far       # an eighth, in non-Latin scripts, now spent
    .venv/bin/python -m benchmarks.bench_probes --set beyond    # a ninth, in scripts none has, held out
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

from newsclean import Pipeline

from .results import publish

COMMAND = ".venv/bin/python -m benchmarks.bench_probes --write"
# set name: (RESULTS.md heading, articles file, furniture file, extra command-line arguments)
SETS = {
    "probe": ("## False-positive probe (synthetic articles)", "articles.json", "furniture.json", ""),
    "heldout": (
        "## False-positive probe, held-out set (synthetic articles)",
        "heldout_articles.json",
        "heldout_furniture.json",
        " --set heldout",
    ),
    "risk": (
        "## False-positive probe, risk set (synthetic articles)",
        "risk_articles.json",
        "risk_furniture.json",
        " --set risk",
    ),
    "fresh": (
        "## False-positive probe, fresh set (synthetic articles)",
        "fresh_articles.json",
        "fresh_furniture.json",
        " --set fresh",
    ),
    "blind": (
        "## False-positive probe, blind set (synthetic articles)",
        "blind_articles.json",
        "blind_furniture.json",
        " --set blind",
    ),
    "unseen": (
        "## False-positive probe, unseen set (synthetic articles)",
        "unseen_articles.json",
        "unseen_furniture.json",
        " --set unseen",
    ),
    "sealed": (
        "## False-positive probe, sealed set (synthetic articles)",
        "sealed_articles.json",
        "sealed_furniture.json",
        " --set sealed",
    ),
    "untouched": (
        "## False-positive probe, untouched set (synthetic articles)",
        "untouched_articles.json",
        "untouched_furniture.json",
        " --set untouched",
    ),
    "distant": (
        "## False-positive probe, distant set (synthetic articles)",
        "distant_articles.json",
        "distant_furniture.json",
        " --set distant",
    ),
    "remote": (
        "## False-positive probe, remote set (synthetic articles)",
        "remote_articles.json",
        "remote_furniture.json",
        " --set remote",
    ),
    "far": (
        "## False-positive probe, far set (synthetic articles)",
        "far_articles.json",
        "far_furniture.json",
        " --set far",
    ),
    "beyond": (
        "## False-positive probe, beyond set (synthetic articles)",
        "beyond_articles.json",
        "beyond_furniture.json",
        " --set beyond",
    ),
}
# Sets whose report also counts furniture kept, by kind: the risk set is built to show furniture
# the cleaner keeps, the fresh, blind, unseen, sealed, untouched, distant, remote, far and beyond
# sets measure both sides (the first two sets' tables stay as published).
KEPT_BY_KIND = ("risk", "fresh", "blind", "unseen", "sealed", "untouched", "distant", "remote", "far", "beyond")
# Sets held out now: their report quotes no line (no lost article line, no furniture kept), so
# that reading the results does not spend them (a set is spent once its lines are read to
# change rules).
HELD_OUT = ("beyond",)
PROBES = Path(__file__).resolve().parent / "probes"
STYLES = {"bare": "bare", "text": "text page", "markdown": "markdown page"}

Line = tuple[str, bool]  # (text, is_body)
Block = list[Line]


def load(name: str) -> dict | list:
    return json.loads((PROBES / name).read_text(encoding="utf-8"))


def _pick(variants: list, v: int):  # languages with one variant use it for all three
    return variants[v % len(variants)]


def _furn(*lines: str) -> Block:
    return [(line, False) for line in lines]


_LINK = re.compile(r"\[([^\]]+)\]")


def _render(line: str, md: bool) -> str:
    """A line of the optional furniture keys (``standfirst``, ``inline``, ``after``, and the
    lines of a multi-line ``newsletter``), written with light markup: ``- `` a list item,
    ``## `` a heading, ``[text]`` a link, ``**`` bold. The markdown page keeps it as html2text
    writes it; the text page keeps only the words, as html-text does."""
    item = line.startswith("- ")
    line = line[2:] if item else line
    if md:
        return ("* " if item else "") + _LINK.sub(r"[\1](#)", line)
    line = _LINK.sub(r"\1", line).replace("**", "")
    return line[3:] if line.startswith("## ") else line


def _named(named: dict[str, list[str]], md: bool, suffix: str = "") -> list[tuple[str, Block]]:
    """The blocks of a dict of named furniture pieces (``top``, ``inline``, ``after``), in order."""
    return [block for kind, lines in named.items() for block in _paragraphs(kind + suffix, lines, md)]


def _paragraphs(kind: str, lines: list[str], md: bool) -> list[tuple[str, Block]]:
    """``lines`` as blocks of ``kind``, a new block at each empty string."""
    out: list[tuple[str, Block]] = []
    for para in "\n".join(lines).split("\n\n"):
        block = _furn(*(_render(line, md) for line in para.split("\n") if line))
        out += [(kind, block)] if block else []
    return out


def build(art: dict, furn: dict, style: str, v: int) -> list[Block]:
    """The blocks (paragraphs) of one probe page; ``v`` (0-2) picks the furniture variant."""
    return [block for _kind, block in build_labelled(art, furn, style, v)]


def build_labelled(art: dict, furn: dict, style: str, v: int) -> list[tuple[str, Block]]:
    """:func:`build`, each block with its kind: "body", or the furniture key that made it.

    An article's own ``furniture`` (optional) overrides keys of its language's (a related list
    naming its subject, its comment thread). Optional keys, used by the risk and fresh sets:
    ``standfirst`` (a line between the title and the byline), ``inline`` and ``after`` (named
    blocks, in order, before the paragraph at a third of the article and right after the
    article; an empty line starts a new block) and ``menu_bottom`` (the menu again at the end).
    Two more, used by the fresh set: ``top`` (named blocks between the menu and the title:
    breadcrumbs, a cookie notice) and ``between`` (a list of ``[k, kind, lines]``: a block
    before paragraph ``k`` of the article, counting from 0, such as an "Advertisement" line or
    a photo caption; its kind is reported as ``kind (inline)``).
    An empty furniture piece ("" or []) is left out.
    """
    furn = {**furn, **art.get("furniture", {})}
    paras = art["body"].split("\n\n")
    if style == "bare":
        return [("body", [(line, True) for line in p.split("\n")]) for p in paras]
    md = style == "markdown"
    link = "[{}](#)".format if md else str
    by = furn["byline"]
    share = [link(s) for s in _pick(furn["share"], v)]
    readmore = _pick(furn["readmore"], v)
    if md:
        if readmore:
            label, headline = readmore.split(":", 1)
            readmore = f"**{label}:** [{headline.strip()}](#)"
        byline = f"**{by.format(a=art['author'])}**" if v == 2 else by.format(a=link(art["author"]))
        share = [" ".join(share)] if v != 1 else [f"* {s}" for s in share]
    else:
        byline = by.format(a=art["author"])
    heads = furn["headlines"][: 5 if v == 1 else 4]
    more = _pick(furn["more"], v)
    bullet = "* " if md else ""
    blocks = [
        ("menu", _furn(*(bullet + link(m) for m in _pick(furn["menu"], v)))),
        *_named(furn.get("top", {}), md),
        ("title", _furn(("# " if md else "") + art["title"])),
        *_paragraphs("standfirst", [furn.get("standfirst", "")], md),
        ("byline", _furn(*([byline] if by else []), f"_{art['date']}_" if md and v == 0 else art["date"])),
        ("share", _furn(*(s for s in share if s))),
    ]
    inline_at = max(1, len(paras) // 3)
    between: dict[int, list[tuple[str, Block]]] = {}
    for at, kind, lines in furn.get("between", []):
        between.setdefault(at, []).extend(_paragraphs(f"{kind} (inline)", lines, md))
    for k, p in enumerate(paras):
        if k == len(paras) // 2 and readmore:
            blocks.append(("readmore", _furn(*readmore.split("\n"))))
        if k == inline_at:
            blocks += _named(furn.get("inline", {}), md, " (inline)")
        blocks += between.get(k, [])
        # html2text writes every bullet as "* "
        body = ["* " + line[2:] if md and line[:2] in ("- ", "• ") else line for line in p.split("\n")]
        blocks.append(("body", [(line, True) for line in body]))
    blocks += _named(furn.get("after", {}), md)
    news = [_render(line, md) for line in _pick(furn["newsletter"], v).split("\n") if line]
    footer = [x if x.startswith("©") else link(x) for x in furn["footer"]]
    if md:
        items = [f"* {link(h)}" for h in heads]
        blocks += [("newsletter", _furn(*news, link(furn["signup"])) if news else [])]
        blocks += [("more", _furn("## " + more) if more else []), ("more", _furn(*items))]
    else:
        blocks += [("newsletter", _furn(*news)), ("share", _furn(*_pick(furn["share"], v + 1)))]
        blocks += [("more", _furn(*([more] if more else []), *heads))]
    blocks.append(("footer", _furn(*footer)))
    if furn.get("menu_bottom"):
        blocks.append(("menu_bottom", blocks[0][1]))
    return [(kind, block) for kind, block in blocks if block]


def removed_lines(pipe: Pipeline, blocks: list[Block]) -> list[tuple[str, bool, list[tuple[str, str]]]]:
    """Clean the page; per line: its text, is_body, and (cleaner, reason) of the non-markup removals on it."""
    text, spans = "", []
    for block in blocks:
        text += "\n\n" if text else ""
        for j, (line, is_body) in enumerate(block):
            text += "\n" if j else ""
            spans.append((len(text), line, is_body))
            text += line
    # markup removals (link syntax, bullets, emphasis) strip syntax, not lines
    removals = [r for r in pipe.clean(text).removals if "markup" not in (r.cleaner, r.kind.value)]
    out = []
    for start, line, is_body in spans:
        # its letters and digits (or, for a line of symbols, its non-space characters)
        chars = [start + i for i, c in enumerate(line) if c.isalnum()]
        chars = chars or [start + i for i, c in enumerate(line) if not c.isspace()]
        hits = [(str(r.cleaner), r.reason) for r in removals if any(r.start <= c < r.end for c in chars)]
        out.append((line, is_body, hits))
    return out


def run(write: bool, probe_set: str = "probe") -> str:
    """Clean every article of ``probe_set`` in every style; print (and with ``write``, publish) the tables."""
    heading, articles_file, furniture_file, args = SETS[probe_set]
    articles, furniture, pipe = load(articles_file), load(furniture_file), Pipeline.default()
    counts: Counter[tuple[str, bool, bool]] = Counter()
    causes: Counter[tuple[str, str, str]] = Counter()  # (cleaner, reason prefix, style)
    examples: dict[tuple[str, str], str] = {}
    kept: Counter[tuple[str, str, bool]] = Counter()  # (furniture kind, style, kept)
    kept_examples: dict[str, str] = {}
    for i, art in enumerate(articles):
        for style in STYLES:
            labelled = build_labelled(art, furniture[art["lang"]], style, i % 3)
            kinds = [kind for kind, block in labelled for _ in block]
            blocks = [block for _, block in labelled]
            for kind, (line, is_body, hits) in zip(kinds, removed_lines(pipe, blocks)):
                counts[style, is_body, bool(hits)] += 1
                if not is_body:
                    kept[kind, style, not hits] += 1
                    if not hits:
                        kept_examples.setdefault(kind, line)
                for group in {(c, reason.split(" (")[0]) for c, reason in hits} if is_body else ():
                    causes[(*group, style)] += 1
                    examples.setdefault(group, line)
    lines = [
        heading,
        "",
        f"Date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC. Command: `{COMMAND}{args}`. "
        f"{len(articles)} synthetic articles (benchmarks/probes/), each bare and in two kinds of page "
        "furniture. A check for false positives beside the dev pages, not a target to tune rules to."
        + (" The set is held out: the tables quote none of its lines." if probe_set in HELD_OUT else ""),
        "",
        "| style | body lines | body removed | furniture lines | furniture removed |",
        "|---|---:|---:|---:|---:|",
    ]
    for style, name in STYLES.items():
        body = [counts[style, True, r] for r in (False, True)]
        furn = [counts[style, False, r] for r in (False, True)]
        furn_cells = f"{sum(furn)} | {furn[1]}" if sum(furn) else "- | -"
        lines.append(f"| {name} | {sum(body)} | {body[1]} | {furn_cells} |")
    totals = Counter({group: sum(causes[(*group, s)] for s in STYLES) for group in examples})
    lines += ["", "Removed body lines by cleaner and reason (the reason up to its first parenthesis):", ""]
    lines += ["| cleaner | reason | bare | text | markdown | example |", "|---|---|---:|---:|---:|---|"]
    for (c, reason), _n in totals.most_common(10):
        by_style = " | ".join(str(causes[c, reason, s]) for s in STYLES)
        example = "(held out: not shown)" if probe_set in HELD_OUT else examples[c, reason][:60].replace("|", "\\|")
        lines.append(f"| {c} | {reason} | {by_style} | {example} |")
    if probe_set in KEPT_BY_KIND:
        lines += _kept_table(kept, {} if probe_set in HELD_OUT else kept_examples)
    return publish(heading, "\n".join(lines), write)


def _kept_table(kept: Counter[tuple[str, str, bool]], examples: dict[str, str]) -> list[str]:
    """Furniture lines kept, by kind (the furniture key that built them), in the two page styles."""
    lines = ["", "Furniture lines kept, by kind (the furniture key that built them):", ""]
    lines += ["| kind | text lines | text kept | markdown lines | markdown kept | example kept |"]
    lines += ["|---|---:|---:|---:|---:|---|"]
    styles = ("text", "markdown")
    n_all: Counter[tuple[str, str]] = Counter()
    for (kind, style, _), n in kept.items():
        n_all[kind, style] += n
    n_kept = Counter({(kind, style): n for (kind, style, is_kept), n in kept.items() if is_kept})
    for kind in sorted({k for k, _ in n_all}, key=lambda k: (-sum(n_kept[k, s] for s in styles), k)):
        cells = " | ".join(f"{n_all[kind, s]} | {n_kept[kind, s]}" for s in styles)
        example = examples.get(kind, "")[:60].replace("|", "\\|")
        lines.append(f"| {kind} | {cells} | {example} |")
    return lines


def main() -> None:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--write", action="store_true", help="update benchmarks/RESULTS.md")
    parser.add_argument("--set", dest="probe_set", choices=SETS, default="probe", help="default: probe")
    args = parser.parse_args()
    run(args.write, args.probe_set)


if __name__ == "__main__":
    main()
