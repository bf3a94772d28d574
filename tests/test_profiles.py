"""Per-source profiles: learning, JSON round trip, and the cross_page cleaner."""

import importlib.util
import json
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean.profiles import MIN_DOCUMENTS, Profiles, learn_profiles, normalise_line

BARE = newsclean.Pipeline.from_names([])  # learning only needs input_text and the URL
TOPICS = ["harbour", "library", "budget", "tram", "school", "bridge", "museum", "park", "market", "river"]


def docs(site: str, n: int, extra=lambda i: []):
    """``n`` results from ``site``: a menu on every page, a unique body, page-specific extras."""
    out = []
    for i in range(n):
        lines = ["Home | News | Sport", f"The council met to discuss the {TOPICS[i % 10]} plan, item {i}, and {TOPICS[(i * 3 + 1) % 10]}.", *extra(i),
                 f"© {2000 + i} {site} Ltd"]
        out.append(BARE.clean("\n\n".join(lines), url=f"https://www.{site}/news/{i}"))
    return out


def with_profiles(tmp_path, profiles: Profiles) -> newsclean.Pipeline:
    path = tmp_path / "profiles.json"
    profiles.save(path)
    return newsclean.Pipeline.from_names(["cross_page"]).configure("cross_page", profiles=str(path))


def test_recurring_lines_need_enough_documents_and_share():
    results = docs("a.com", 30, extra=lambda i: ["Listen to this article"] * (i % 2 == 0) + ["Rare promo"] * (i < 3)
                   + ["Twice only"] * (i < 2))
    profile = learn_profiles(results).get("a.com")
    assert profile.documents == 30
    assert "home | news | sport" in profile.recurring_lines
    assert profile.recurring_lines["listen to this article"] == 0.5
    assert normalise_line("© 2001 a.com Ltd") in profile.recurring_lines  # digits fold: year varies
    assert "rare promo" not in profile.recurring_lines  # 3 documents but 10% < MIN_SHARE
    assert "twice only" not in profile.recurring_lines  # fewer than MIN_DOCUMENTS
    assert not any("council" in line for line in profile.recurring_lines)  # body lines differ


def test_a_page_crawled_several_times_counts_once_and_keeps_its_article(tmp_path):
    # the same article under three URLs ("?utm_source=..."): counted three times, its every line
    # "recurred" and cleaning any copy with the profile emptied it
    results = docs("a.com", 10)
    page = "\n\n".join(["Home | News | Sport", "The mayor opened the new harbour bridge on Monday.", "© 2020 a.com Ltd"])
    copies = [BARE.clean(page, url=f"https://www.a.com/news/bridge?utm_source={s}") for s in ("x", "y", "z")]
    profiles = learn_profiles(results + copies)
    assert profiles.get("a.com").documents == 11
    assert "home | news | sport" in profiles.get("a.com").recurring_lines
    cleaned = with_profiles(tmp_path, profiles).clean(page, url="https://www.a.com/news/bridge")
    assert cleaned.text == "The mayor opened the new harbour bridge on Monday."


def test_a_source_learned_from_a_url_line_is_the_source_cleaning_finds(tmp_path):
    # no URL given: learning files each page under the URL line the metadata cleaner claims;
    # cross_page, which runs before it, must find the same one
    pages = [
        "\n\n".join([f"Headline {TOPICS[i]} budget", f"https://www.site-a.com/news/{i}",
                     f"The council met to discuss the {TOPICS[i]} plan on Monday.", "Zebra Weekly Gazette Masthead Line"])
        for i in range(4)
    ]
    profiles = learn_profiles(newsclean.clean(page) for page in pages)
    assert "zebra weekly gazette masthead line" in profiles.get("site-a.com").recurring_lines
    cleaned = with_profiles(tmp_path, profiles).clean(pages[0])
    assert "Zebra Weekly" not in cleaned.text and "harbour plan" in cleaned.text


def test_pages_read_through_a_wrapper_are_their_publishers_source(tmp_path):
    # archived and AMP copies are the publisher's pages: one source with its direct pages, as
    # their prior and reported domain say (metadata.url stays the address as given)
    wrappers = ["https://web.archive.org/web/2022/https://www.a.com/news/{}", "https://www-a-com.cdn.ampproject.org/c/s/www.a.com/news/{}"]
    results = docs("a.com", 6)
    for i, r in enumerate(results[:4]):
        r.metadata.url = wrappers[i % 2].format(i)
    profiles = learn_profiles(results)
    assert list(profiles.sources) == ["a.com"] and profiles.get("a.com").documents == 6
    page = "Home | News | Sport\n\nA new story about the harbour.\n\n© 2031 a.com Ltd"
    r = with_profiles(tmp_path, profiles).clean(page, url="https://www.google.com/amp/s/www.a.com/news/x")
    assert r.text == "A new story about the harbour." and r.reliability.domain == "a.com"


def test_error_records_of_a_batch_are_skipped_in_learning():
    pages = [{"id": str(i), "text": "\n\n".join(["Home | News | Sport", f"Story {i} about the {TOPICS[i]} plan."]),
              "url": f"https://www.a.com/news/{i}"} for i in range(5)]
    outputs = list(newsclean.clean_many([*pages[:2], {"id": "bad", "text": 5}, *pages[2:]]))
    assert isinstance(outputs[2], newsclean.ErrorRecord)
    assert learn_profiles(outputs).get("a.com").documents == 5


def test_a_source_with_few_documents_learns_no_lines():
    assert learn_profiles(docs("b.com", MIN_DOCUMENTS - 1)).get("b.com").recurring_lines == {}


def test_profiles_round_trip_as_versioned_json(tmp_path):
    profiles = learn_profiles(docs("a.com", 5) + docs("b.org", 4))
    path = tmp_path / "p.json"
    profiles.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "newsclean-profiles" and data["version"] == 1
    assert Profiles.load(path) == profiles
    data["version"] = 99
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="version"):
        Profiles.load(path)


def test_typical_signal_and_integrity_are_recorded():
    profile = learn_profiles(docs("a.com", 4)).get("a.com")
    assert profile.signal_fraction is not None and 0 <= profile.signal_fraction <= 1
    assert set(profile.integrity) >= {"mojibake", "truncated"}


def test_cross_page_drops_only_the_sources_own_recurring_lines(tmp_path):
    pipe = with_profiles(tmp_path, learn_profiles(docs("a.com", 6)))
    page = "Home | News | Sport\n\nA new story about the harbour.\n\n© 2031 a.com Ltd"
    r = pipe.clean(page, url="https://m.a.com/x")  # the m. subdomain folds to a.com
    assert r.text == "A new story about the harbour."
    assert {x.kind.value for x in r.removals} == {"cross_page"}
    assert pipe.clean(page, url="https://other.net/x").text == page  # another source: nothing learned
    forced = pipe.configure("cross_page", source="a.com").clean(page)  # no URL, source given
    assert forced.text == "A new story about the harbour."


def test_without_profiles_cross_page_does_nothing():
    page = "Home | News | Sport\n\nA new story."
    assert newsclean.Pipeline.from_names(["cross_page"]).clean(page, url="https://a.com/x").removals == []


def test_cleaning_with_profiles_is_pure(tmp_path):
    pipe = with_profiles(tmp_path, learn_profiles(docs("a.com", 6)))
    before = (tmp_path / "profiles.json").read_bytes()
    page = "Home | News | Sport\n\nA new story."
    first, second = pipe.clean(page, url="https://a.com/1"), pipe.clean(page, url="https://a.com/1")
    assert first.to_dict() == second.to_dict()
    assert (tmp_path / "profiles.json").read_bytes() == before


def test_a_profiles_file_learned_again_is_read_again(tmp_path):
    # the file is cached per process: a new version saved to the same path must replace it
    pipe = with_profiles(tmp_path, learn_profiles(docs("a.com", 6)))
    page = "Home | News | Sport\n\nListen to this article\n\nA new story about the harbour."
    assert pipe.clean(page, url="https://a.com/1").text == "Listen to this article\n\nA new story about the harbour."
    with_profiles(tmp_path, learn_profiles(docs("a.com", 6, extra=lambda i: ["Listen to this article"])))
    assert pipe.clean(page, url="https://a.com/1").text == "A new story about the harbour."


def test_a_profiles_file_removed_mid_batch_is_still_used(tmp_path):
    pipe = with_profiles(tmp_path, learn_profiles(docs("a.com", 6)))
    page = "Home | News | Sport\n\nA new story about the harbour."
    assert pipe.clean(page, url="https://a.com/1").text == "A new story about the harbour."
    (tmp_path / "profiles.json").unlink()
    assert pipe.clean(page, url="https://a.com/2").text == "A new story about the harbour."


ROOT = Path(__file__).resolve().parent.parent
DEV_TRUTH = ROOT.parent / "shared" / "bench" / "articles-dev" / "ground-truth.json"


def _benchmark_module(name: str):
    """Load a module of benchmarks/ by path (benchmarks/ is not a package on pytest's path)."""
    spec = importlib.util.spec_from_file_location(f"_bench_{name}", ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not DEV_TRUTH.exists(), reason="the dev benchmark pages are not next to the repository")
def test_synthetic_sites_furniture_goes_and_body_stays(tmp_path):
    """Real dev bodies in invented sites' furniture: learn on one half, clean the other."""
    from newsclean.segment import segment

    sites = _benchmark_module("synthetic_sites")
    bodies = [item["articleBody"] for _, item in sorted(json.loads(DEV_TRUTH.read_text(encoding="utf-8")).items())]
    learn_on, clean_on = sites.split_halves(sites.make_corpus(bodies, pages_per_site=30, seed=1))
    pipe = with_profiles(tmp_path, learn_profiles(BARE.clean(p.text, url=p.url) for p in learn_on))
    furniture = [0, 0]
    body = [0, 0]
    for page in clean_on:
        gone = {x.start for x in pipe.clean(page.text, url=page.url).removals}
        for block, label in zip(segment(page.text), page.labels, strict=True):
            tally = furniture if label == "furniture" else body
            tally[0] += block.start in gone
            tally[1] += 1
    assert furniture[0] / furniture[1] >= 0.95
    assert body[0] / body[1] <= 0.005


@pytest.mark.parametrize(
    "content, words",
    [
        ("not json", r"profiles file '.*p.json': Expecting value"),
        ("[1, 2]", r"profiles file '.*p.json': not a newsclean profiles file \(a JSON list"),
        ('{"format": "newsclean-profiles", "version": 1, "sources": {"a.com": {"recurring_lines": {}}}}',
         r"profiles file '.*p.json': source 'a.com': not a source profile \(KeyError: 'documents'\)"),
        ('{"format": "newsclean-profiles", "version": 1, "sources": ["a.com"]}',
         r"profiles file '.*p.json': not a newsclean profiles file \('sources' is a JSON list"),
        ('{"format": "newsclean-profiles", "version": 1, "settings": [3]}',
         r"profiles file '.*p.json': not a newsclean profiles file \('settings' is a JSON list"),
        ('{"format": "newsclean-profiles", "version": 1, "settings": {"min_share": "most"}}',
         r"profiles file '.*p.json': not a newsclean profiles file \(settings: could not convert"),
    ],
)
def test_a_bad_profiles_file_is_a_value_error_naming_the_file(tmp_path, content, words):
    path = tmp_path / "p.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=words):
        Profiles.load(path)
