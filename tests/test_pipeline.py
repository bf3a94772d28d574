"""Pipeline building, configuration, the registry and plug-ins."""

from __future__ import annotations

import copy
import pickle
from typing import Literal

import pytest

import newsclean
from newsclean import registry
from newsclean.cleaners import DEFAULT_ORDER
from newsclean.document import Kind

BUILT_INS = {
    "boilerplate",
    "captions",
    "credits",
    "cross_page",
    "duplicates",
    "front_matter",
    "junk",
    "markup",
    "metadata",
    "navigation",
    "paragraph_joins",
    "promos",
    "provenance",
    "social_embeds",
    "template",
    "trailing_headlines",
}

PAGE = "Title of the story here\n\nShare this article\n\nThe body of the story is a sentence that is long enough.\n"


def test_registry_snapshot_of_built_ins():
    # a renamed or dropped built-in breaks configs in the wild: change this list on purpose only
    assert BUILT_INS <= set(registry.available())
    assert set(DEFAULT_ORDER) == BUILT_INS
    assert newsclean.Pipeline.default().names == list(DEFAULT_ORDER)


def test_without_removes_a_cleaner_and_unknown_names_fail():
    pipe = newsclean.Pipeline.default().without("promos")
    assert "promos" not in pipe.names
    assert "Share this article" in pipe.clean(PAGE).text
    with pytest.raises(KeyError, match="not in this pipeline"):
        pipe.without("promos")


def test_add_places_a_custom_cleaner_and_it_marks_removals():
    @newsclean.cleaner("test_shout", kinds=(Kind.JUNK,))
    def shout(doc, min_letters: int = 5):
        for block in doc.kept():
            if block.text.isupper() and block.n_letters >= min_letters:
                doc.drop(block, Kind.JUNK, "all caps")

    pipe = newsclean.Pipeline.default().add(shout, after="promos")
    assert pipe.names[pipe.names.index("promos") + 1] == "test_shout"
    r = pipe.clean(PAGE + "\nLOUD LINE HERE\n")
    assert [x.reason for x in r.removals if x.cleaner == "test_shout"] == ["all caps"]
    before = newsclean.Pipeline.default().add("test_shout", before="markup")
    assert before.names[-2:] == ["test_shout", "markup"]
    with pytest.raises(ValueError):
        newsclean.Pipeline.default().add("test_shout", before="markup", after="promos")
    with pytest.raises(ValueError, match="twice"):
        pipe.add("test_shout")


def test_settings_are_checked_and_applied():
    pipe = newsclean.Pipeline.default().configure("duplicates", min_words=1)
    # printed twice in a row (a line again after a new one is a refrain's, and stays)
    text = "Yes.\n\nYes.\n\nThe body of the story is a sentence that is long enough.\n"
    assert pipe.clean(text).text.count("Yes.") == 1
    assert newsclean.Pipeline.default().clean(text).text.count("Yes.") == 2
    with pytest.raises(TypeError, match="no setting"):
        newsclean.Pipeline.default().configure("duplicates", min_wrds=1)


def test_from_config_dict_and_toml_file_give_the_same_pipeline(tmp_path):
    config = {
        "pipeline": {"disable": ["social_embeds"]},
        "cleaners": {"trailing_headlines": {"min_items": 4}},
    }
    toml = tmp_path / "newsclean.toml"
    toml.write_text('[pipeline]\ndisable = ["social_embeds"]\n[cleaners.trailing_headlines]\nmin_items = 4\n')
    from_dict = newsclean.Pipeline.from_config(config)
    from_file = newsclean.Pipeline.from_config(toml)
    assert from_dict.to_config() == from_file.to_config()
    assert "social_embeds" not in from_dict.names
    assert from_dict.to_config()["cleaners"]["trailing_headlines"] == {"min_items": 4}
    assert newsclean.Pipeline.from_config(from_dict.to_config()).to_config() == from_dict.to_config()


def test_from_config_rejects_unknown_sections_and_cleaners():
    with pytest.raises(ValueError, match="unknown config sections"):
        newsclean.Pipeline.from_config({"pipelines": {}})
    with pytest.raises(KeyError, match="no cleaner named"):
        newsclean.Pipeline.from_config({"pipeline": {"cleaners": ["nope"]}})


def test_cleaner_settings_need_defaults():
    with pytest.raises(TypeError, match="need defaults"):

        @newsclean.cleaner("test_bad_settings")
        def bad(doc, threshold):
            pass


def test_a_literal_setting_takes_only_its_values():
    pipe = newsclean.Pipeline.default()
    assert pipe.configure("social_embeds", post_text="keep").to_config()["cleaners"]["social_embeds"] == {
        "post_text": "keep"
    }
    with pytest.raises(ValueError, match="post_text='dropp': expected one of 'drop', 'keep'"):
        pipe.configure("social_embeds", post_text="dropp")

    @newsclean.cleaner("test_literal_setting")
    def shout(doc, case: Literal["upper", "lower"] = "upper"):
        pass

    assert registry.get("test_literal_setting").choices == {"case": ("upper", "lower")}
    with pytest.raises(ValueError, match="expected one of 'upper', 'lower'"):
        newsclean.Pipeline.from_names(["test_literal_setting"]).configure("test_literal_setting", case="title")


def test_entry_point_plugins_are_loaded_on_demand(monkeypatch):
    loaded = []

    class FakeEntryPoint:
        name = "plugin"

        def load(self):
            @newsclean.cleaner("test_plugin_cleaner")
            def plugin(doc):
                loaded.append(True)

            return plugin

    monkeypatch.setattr(registry, "_entry_points_loaded", False)
    monkeypatch.setattr(registry, "entry_points", lambda group: [FakeEntryPoint()] if group == registry.ENTRY_POINT_GROUP else [])
    pipe = newsclean.Pipeline.default().add("test_plugin_cleaner")
    pipe.clean("Some text that is long enough to be a paragraph of an article.")
    assert loaded == [True]


NOTEBOOK_CELL = """
@newsclean.cleaner("test_cell_cleaner", kinds=("junk",))
def shouting(doc, word: str = {word!r}):
    for block in doc.kept():
        if block.text == word:
            doc.drop(block, newsclean.Kind.JUNK, "shouted")
"""


def test_a_cleaner_defined_again_replaces_itself_and_another_of_its_name_fails(monkeypatch):
    # a notebook cell run twice (or a module reloaded) defines the same function again: it
    # raised "already registered" until the kernel was restarted
    monkeypatch.setattr(registry, "_REGISTRY", dict(registry._REGISTRY))
    for word in ("HEY", "OI"):
        exec(NOTEBOOK_CELL.format(word=word), {"__name__": "__main__", "newsclean": newsclean})
    assert registry.get("test_cell_cleaner").defaults == {"word": "OI"}
    pipe = newsclean.Pipeline.from_names(["test_cell_cleaner"])
    assert pipe.clean("HEY\n\nOI\n\nA line of the article.").text == "HEY\n\nA line of the article."
    # another function taking a registered name still fails, and says whose the name is
    with pytest.raises(ValueError, match="'test_cell_cleaner' is already registered .*__main__.shouting"):
        newsclean.cleaner("test_cell_cleaner")(lambda doc: None)
    with pytest.raises(ValueError, match="'promos' is already registered"):
        exec(NOTEBOOK_CELL.replace("test_cell_cleaner", "promos").format(word="X"),
             {"__name__": "__main__", "newsclean": newsclean})


def test_removal_records_name_their_cleaner_and_kind():
    r = newsclean.clean(PAGE)
    promo = [x for x in r.removals if x.text == "Share this article"]
    assert len(promo) == 1 and promo[0].cleaner == "promos" and promo[0].kind is Kind.PROMO
    assert r.input_text[promo[0].start : promo[0].end] == "Share this article"


# -- setting values are checked when the pipeline is built -----------------------------------


@pytest.mark.parametrize(
    ("cleaner", "settings", "words"),
    [
        ("trailing_headlines", {"min_items": "four"}, ["'trailing_headlines'", "min_items='four'", "str", "expected int"]),
        ("trailing_headlines", {"min_items": True}, ["min_items=True", "bool", "expected int"]),
        ("trailing_headlines", {"min_items": 4.0}, ["min_items=4.0", "float", "expected int"]),
        ("trailing_headlines", {"max_overlap": "0.3"}, ["max_overlap='0.3'", "expected int or float"]),
        ("trailing_headlines", {"max_overlap": False}, ["max_overlap=False", "expected int or float"]),
        ("boilerplate", {"on_extracted": 1}, ["'boilerplate'", "on_extracted=1", "expected bool"]),
        ("social_embeds", {"post_text": 0}, ["post_text=0", "expected str"]),
    ],
)
def test_configure_rejects_a_value_of_the_wrong_type(cleaner, settings, words):
    with pytest.raises(TypeError) as info:
        newsclean.Pipeline.default().configure(cleaner, **settings)
    assert all(w in str(info.value) for w in words), str(info.value)


def test_settings_of_the_right_type_are_accepted_and_none_defaults_take_anything(tmp_path):
    pipe = newsclean.Pipeline.default().configure("trailing_headlines", min_items=4, max_overlap=1, min_prose_ratio=0)
    assert pipe.to_config()["cleaners"]["trailing_headlines"] == {"min_items": 4, "max_overlap": 1, "min_prose_ratio": 0}
    profiles = _profiles_file(tmp_path)
    pipe = pipe.configure("cross_page", profiles=str(profiles), source="example.org")
    assert pipe.to_config()["cleaners"]["cross_page"] == {"profiles": str(profiles), "source": "example.org"}


def _profiles_file(tmp_path):
    from newsclean.profiles import learn_profiles

    path = tmp_path / "profiles.json"
    learn_profiles([]).save(path)
    return path


def test_the_profiles_setting_is_checked_when_the_pipeline_is_built(tmp_path):
    pipe = newsclean.Pipeline.default()
    with pytest.raises(TypeError, match=r"'cross_page' setting profiles=5 is int, expected the path of a profiles file"):
        pipe.configure("cross_page", profiles=5)
    missing = tmp_path / "missing.json"
    with pytest.raises(FileNotFoundError, match=r"'cross_page' setting profiles='.*missing.json': cannot read it"):
        pipe.configure("cross_page", profiles=missing)
    (tmp_path / "bad.json").write_text("not json", encoding="utf-8")
    with pytest.raises(ValueError, match=r"'cross_page' setting profiles='.*bad.json': not a profiles file"):
        newsclean.Pipeline.from_config({"cleaners": {"cross_page": {"profiles": str(tmp_path / "bad.json")}}})
    with pytest.raises(TypeError, match="'cross_page' setting source=3 is int"):
        pipe.configure("cross_page", source=3)
    good = _profiles_file(tmp_path)
    assert pipe.configure("cross_page", profiles=good).clean("Some words of text.").text == "Some words of text."
    assert pipe.configure("cross_page", profiles="").clean("Some words of text.").text == "Some words of text."  # off
    # a disabled cleaner's settings are type-checked, its file is not read (nothing would read it)
    disabled = {"pipeline": {"disable": ["cross_page"]}, "cleaners": {"cross_page": {"profiles": str(missing)}}}
    assert "cross_page" not in newsclean.Pipeline.from_config(disabled).names


def test_a_cleaner_may_check_its_settings_together_when_a_pipeline_is_built():
    seen = []

    def check(settings):
        seen.append(dict(settings))
        if settings["low"] > settings["high"]:
            raise ValueError(f"cleaner 'test_checked' setting low={settings['low']} is above high={settings['high']}")

    @newsclean.cleaner("test_checked", check=check)
    def checked(doc, low: int = 1, high: int = 5):
        pass

    pipe = newsclean.Pipeline.default().add(checked, high=7)
    assert seen[-1] == {"low": 1, "high": 7}  # the defaults with the given values
    with pytest.raises(ValueError, match="low=9 is above high=7"):
        pipe.configure("test_checked", low=9)
    with pytest.raises(TypeError, match="check is a function of the settings, not int"):
        newsclean.cleaner("test_checked_bad", check=5)(lambda doc: None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "settings, error, words",
    [
        ({"max_overlap": 1.5}, ValueError, "max_overlap=1.5 is a share, expected 0..1"),
        ({"max_overlap": float("nan")}, ValueError, "max_overlap=nan is not a number"),
        ({"min_items": float("nan")}, TypeError, "min_items=nan is float, expected int"),
        ({"min_prose_ratio": float("nan")}, ValueError, "min_prose_ratio=nan is not a number"),
    ],
)
def test_shares_are_within_0_and_1_and_no_number_is_nan(settings, error, words):
    with pytest.raises(error, match=words):
        newsclean.Pipeline.default().configure("trailing_headlines", **settings)


def test_every_share_setting_of_the_built_ins_is_named_as_one():
    # the rule goes by the name: each float setting a built-in compares with a share of a line,
    # a page or a list is named with a share word; ratios, weights and penalties are not
    shares = {
        (s.name, name)
        for s in (registry.get(n) for n in registry.available())
        for name, default in s.defaults.items()
        if type(default) is float and newsclean.pipeline._is_share(name)
    }
    assert shares == {
        ("boilerplate", "stopwords_low"), ("boilerplate", "stopwords_high"), ("boilerplate", "max_link_density"),
        ("boilerplate", "title_share"), ("boilerplate", "island_share"), ("boilerplate", "min_outside_share"),
        ("trailing_headlines", "max_overlap"),
    }
    newsclean.Pipeline.default().configure("boilerplate", bad_weight=2.0, near_weight=1.5)  # weights: not shares


def test_a_pipeline_is_built_of_steps():
    with pytest.raises(TypeError, match="Pipeline takes Steps, not str: build a pipeline with Pipeline.default()"):
        newsclean.Pipeline("abc")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Pipeline takes Steps, not int"):
        newsclean.Pipeline(5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"Pipeline takes Steps, not str \('junk'\)"):
        newsclean.Pipeline(["junk"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="html_settings is a dict of HTML settings or None, not list"):
        newsclean.Pipeline((), [("dom_clean", False)])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text, fmt, error, words",
    [
        (b"Some words here.", "text", TypeError, "clean_text: input_text is a str, not bytes; bytes and HTML pages go to Pipeline.clean"),
        (None, "text", TypeError, "clean_text: input_text is a str, not NoneType"),
        ("Some words here.", "pdf", ValueError, "clean_text: input_format is one of 'text', 'markdown', 'html', not 'pdf'"),
    ],
)
def test_clean_text_names_a_bad_argument_and_what_it_takes(text, fmt, error, words):
    with pytest.raises(error, match=words):
        newsclean.Pipeline.default().clean_text(text, input_format=fmt)


@pytest.mark.parametrize("func", [lambda: None, lambda *, n=1: None, 5])
def test_a_cleaner_must_take_the_document_first(func):
    with pytest.raises(TypeError, match="cleaner 'test_no_doc': (a cleaner takes the document as its first argument|@cleaner registers a function)"):
        newsclean.cleaner("test_no_doc")(func)
    assert "test_no_doc" not in registry.available()


def test_the_repr_shows_the_settings_that_differ_from_the_defaults():
    default = newsclean.Pipeline.default()
    assert repr(default) == f"Pipeline({default.names})"
    assert repr(default.configure("trailing_headlines", min_items=3)) == repr(default)  # 3 is the default
    pipe = default.configure("trailing_headlines", min_items=4).configure_html(dom_clean=False, favor_precision=True)
    assert repr(pipe) == f"Pipeline({default.names}, trailing_headlines={{'min_items': 4}}, html={{'dom_clean': False}})"


def test_a_pipelines_settings_are_read_only_and_it_still_pickles_and_copies():
    pipe = newsclean.Pipeline.default().configure("trailing_headlines", min_items=4).configure_html(dom_clean=False)
    step = pipe.steps[pipe.names.index("trailing_headlines")]
    with pytest.raises(TypeError):
        step.settings["min_items"] = "four"  # type: ignore[index]
    with pytest.raises(TypeError):
        pipe.html_settings["favor_precision"] = "maybe"  # type: ignore[index]
    assert step.settings == {"min_items": 4} and pipe.html_settings == {"dom_clean": False}
    for copied in (pickle.loads(pickle.dumps(pipe)), copy.deepcopy(pipe), copy.copy(pipe)):
        assert copied == pipe and copied.to_config() == pipe.to_config()
        assert pickle.loads(pickle.dumps(copied)).clean("Some words of text.").text == "Some words of text."
    assert newsclean.Pipeline.from_config(pipe.to_config()) == pipe


def test_to_config_gives_a_path_setting_as_its_str(tmp_path):
    import json

    path = _profiles_file(tmp_path)
    pipe = newsclean.Pipeline.default().configure("cross_page", profiles=path)
    config = pipe.to_config()
    assert config["cleaners"]["cross_page"] == {"profiles": str(path)}
    assert newsclean.Pipeline.from_config(json.loads(json.dumps(config))) == pipe
    assert pipe == newsclean.Pipeline.default().configure("cross_page", profiles=str(path))


def test_a_huge_int_setting_is_checked_as_a_number_not_an_overflow():
    pipe = newsclean.Pipeline.default().configure("trailing_headlines", min_items=10**400)
    assert pipe.steps[pipe.names.index("trailing_headlines")].settings["min_items"] == 10**400


def test_negative_min_and_max_bounds_are_rejected():
    with pytest.raises(ValueError, match=r"'trailing_headlines' setting min_items=-3 is negative.*0 or more"):
        newsclean.Pipeline.default().configure("trailing_headlines", min_items=-3)
    with pytest.raises(ValueError, match="max_overlap=-0.1 is negative"):
        newsclean.Pipeline.default().configure("trailing_headlines", max_overlap=-0.1)
    with pytest.raises(ValueError, match="HTML setting max_chars=-1 is negative"):
        newsclean.Pipeline.default().configure_html(max_chars=-1)


def test_wrong_types_fail_in_add_from_config_and_construction():
    @newsclean.cleaner("test_typed")
    def typed(doc, min_letters: int = 5):
        pass

    with pytest.raises(TypeError, match="'test_typed' setting min_letters='5'"):
        newsclean.Pipeline.default().add(typed, min_letters="5")
    with pytest.raises(TypeError, match="min_items='four'"):
        newsclean.Pipeline.from_config({"cleaners": {"trailing_headlines": {"min_items": "four"}}})
    step = newsclean.pipeline.Step(registry.get("trailing_headlines"), {"min_items": "four"})
    with pytest.raises(TypeError, match="min_items='four'"):
        newsclean.Pipeline([step])


def test_html_settings_are_type_checked():
    with pytest.raises(TypeError, match="HTML setting favor_precision='maybe' is str, expected bool"):
        newsclean.Pipeline.default().configure_html(favor_precision="maybe")
    with pytest.raises(TypeError, match="favor_precision='maybe'"):
        newsclean.Pipeline.from_config({"html": {"favor_precision": "maybe"}})
    with pytest.raises(TypeError, match="index_min_teasers"):
        newsclean.Pipeline(html_settings={"index_min_teasers": "8"})
    pipe = newsclean.Pipeline.default().configure_html(favor_precision=False, max_chars=10_000)
    assert pipe.html_settings == {"favor_precision": False, "max_chars": 10_000}


# -- config files and dicts ------------------------------------------------------------------


def test_from_config_rejects_unknown_pipeline_keys_listing_the_known_ones():
    with pytest.raises(ValueError, match=r"unknown keys in \[pipeline\]: disabled; known: cleaners, disable"):
        newsclean.Pipeline.from_config({"pipeline": {"disabled": ["promos"]}})


@pytest.mark.parametrize(
    ("config", "match"),
    [
        ({"pipeline": {"disable": "promos"}}, r"\[pipeline\] disable is a list of cleaner names.*'promos'"),
        ({"pipeline": {"cleaners": "junk"}}, r"\[pipeline\] cleaners is a list of cleaner names.*'junk'"),
        ({"pipeline": {"cleaners": ["junk", 5]}}, r"\[pipeline\] cleaners is a list of cleaner names"),
        ({"pipeline": 5}, r"config \[pipeline\] is a table, not int"),
        ({"cleaners": 5}, r"config \[cleaners\] is a table, not int"),
        ({"cleaners": {"promos": 5}}, r"config \[cleaners.promos\] is a table of settings, not int"),
        ({"html": ["fast"]}, r"config \[html\] is a table, not list"),
    ],
)
def test_from_config_wrong_shapes_are_clear_type_errors(config, match):
    with pytest.raises(TypeError, match=match):
        newsclean.Pipeline.from_config(config)


def test_from_names_rejects_a_single_string():
    with pytest.raises(TypeError, match="list of names, not a str"):
        newsclean.Pipeline.from_names("junk")


def test_a_config_may_disable_a_cleaner_it_has_settings_for():
    config = {"pipeline": {"disable": ["promos"]}, "cleaners": {"promos": {"max_words": 10}}}
    pipe = newsclean.Pipeline.from_config(config)
    assert "promos" not in pipe.names
    assert "promos" not in pipe.to_config()["cleaners"]
    # the ignored settings are still checked, so a typo does not hide until the cleaner is enabled
    config["cleaners"]["promos"] = {"max_wrds": 10}
    with pytest.raises(TypeError, match="'promos' has no setting max_wrds"):
        newsclean.Pipeline.from_config(config)
    config["cleaners"]["promos"] = {"max_words": "ten"}
    with pytest.raises(TypeError, match="max_words='ten'"):
        newsclean.Pipeline.from_config(config)


def test_from_config_toml_errors_name_the_file(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[pipeline\ndisable = []\n")
    with pytest.raises(ValueError, match=r"config file '.*bad\.toml': invalid TOML"):
        newsclean.Pipeline.from_config(bad)
    with pytest.raises(ValueError, match=r"bad\.toml"):
        newsclean.Pipeline.from_config(str(bad))


def test_from_config_reads_a_str_as_a_path_and_says_so():
    with pytest.raises(FileNotFoundError, match=r"a str config is the path of a TOML file.*tomllib\.loads"):
        newsclean.Pipeline.from_config('[pipeline]\ndisable = ["promos"]\n')
    with pytest.raises(TypeError, match="a dict or the path of a TOML file, not int"):
        newsclean.Pipeline.from_config(5)


# -- clean() arguments -----------------------------------------------------------------------


@pytest.mark.parametrize("url", [5, b"https://example.org/a", ["https://example.org/a"]])
def test_clean_rejects_a_url_that_is_not_a_str(url):
    message = f"url must be a str or None, not {type(url).__name__}"
    with pytest.raises(TypeError, match=message):
        newsclean.clean(PAGE, url=url)
    with pytest.raises(TypeError, match=message):
        newsclean.Pipeline.default().clean_text(PAGE, url=url)
    assert newsclean.clean(PAGE, url="https://example.org/a").text == newsclean.clean(PAGE).text


def test_the_reported_url_has_no_credentials_and_a_blank_one_is_none():
    result = newsclean.clean(PAGE, url=" https://reader:s3cret@example.org/a?x=1 ")
    assert result.metadata.url == "https://example.org/a?x=1"
    assert newsclean.clean(PAGE, url="   ").metadata.url is None
    assert newsclean.clean(PAGE, url="http://[::1").metadata.url == "http://[::1"  # kept as given
    html = '<html><head><link rel="canonical" href="https://example.org/story"></head><body><article><p>' + "Words of the story. " * 30 + "</p></article></body></html>"
    assert newsclean.clean(html, url="").metadata.url == "https://example.org/story"  # blank: the page's own
    assert newsclean.clean(html, url="https://u:p@mirror.example.net/s").metadata.url == "https://mirror.example.net/s"


@newsclean.cleaner("test_raising_cleaner")
def _raising_cleaner(doc):
    raise ValueError("the plug-in's own bug")


@newsclean.cleaner("test_returning_cleaner")
def _returning_cleaner(doc):
    return doc.input_text.upper()  # a cleaner that thinks it edits the text


def test_a_cleaner_that_raises_is_named_in_the_error_and_in_batch_records():
    pipe = newsclean.Pipeline.default().add("test_raising_cleaner", after="promos")
    with pytest.raises(newsclean.CleanerError, match="cleaner 'test_raising_cleaner' failed: ValueError: the plug-in") as info:
        pipe.clean(PAGE)
    assert info.value.cleaner == "test_raising_cleaner" and isinstance(info.value.__cause__, ValueError)
    (record,) = newsclean.clean_many([PAGE], pipeline=pipe, workers=1)
    assert record.error == "CleanerError" and "test_raising_cleaner" in record.message
    # a process pool pickles it back to the caller; copy.copy goes the same way
    for copied in (pickle.loads(pickle.dumps(info.value)), copy.copy(info.value)):
        assert type(copied) is newsclean.CleanerError
        assert (str(copied), copied.cleaner) == (str(info.value), "test_raising_cleaner")


def test_a_cleaner_that_returns_a_value_fails_naming_it():
    pipe = newsclean.Pipeline.default().add("test_returning_cleaner")
    with pytest.raises(TypeError, match="cleaner 'test_returning_cleaner' returned str; a cleaner marks the document"):
        pipe.clean(PAGE)


@newsclean.cleaner("test_bad_marks")
def _bad_marks(doc, mark: str = "url"):
    block = doc.kept()[0]
    if mark == "cut":
        doc.cut(block, 0.5, 4, "junk", "a float offset")
    else:
        doc.meta(mark, {"url": 5, "title": 42, "authors": 7, "agency": {"a": 1}, "language_confidence": "high"}[mark])


@pytest.mark.parametrize("mark", ["url", "title", "authors", "agency", "language_confidence", "cut"])
def test_a_mark_of_the_wrong_type_fails_naming_the_cleaner_that_made_it(mark):
    # caught later, a URL of 5 failed in the reliability stage, a title of 42 in `metadata`
    pipe = newsclean.Pipeline.default().add("test_bad_marks", before="front_matter").configure("test_bad_marks", mark=mark)
    with pytest.raises(newsclean.CleanerError, match="cleaner 'test_bad_marks' failed: TypeError") as info:
        pipe.clean(PAGE)
    assert isinstance(info.value.__cause__, TypeError)


@newsclean.cleaner("test_block_editor")
def _block_editor(doc, how: str = "text"):
    if how == "text":
        for block in doc.kept():
            block.text = block.text.upper()  # edits the output with no removal for it
    else:
        del doc.blocks[0]


@pytest.mark.parametrize("how", ["text", "list"])
def test_a_plugin_that_edits_the_blocks_fails_naming_it(how):
    pipe = newsclean.Pipeline.default().add("test_block_editor").configure("test_block_editor", how=how)
    with pytest.raises(newsclean.CleanerError, match="cleaner 'test_block_editor' failed: ValueError: it changed the blocks"):
        pipe.clean(PAGE)


@newsclean.cleaner("test_joiner")
def _joiner(doc, drop_between: bool = False):
    first, between, second = doc.blocks[:3]
    if drop_between:
        doc.drop(between, "junk", "an ad between the halves")
    doc.join(first, second)


def test_a_join_across_a_dropped_line_renders_one_paragraph_and_across_a_kept_one_fails():
    text = "The council said on Monday that the plan would\n\nADVERTISEMENT\n\ngo ahead next spring."
    joined = newsclean.Pipeline.from_names(["test_joiner"]).configure("test_joiner", drop_between=True).clean_text(text)
    assert joined.text == "The council said on Monday that the plan would go ahead next spring."
    with pytest.raises(newsclean.CleanerError, match="block 1 between them is kept"):
        newsclean.Pipeline.from_names(["test_joiner"]).clean_text(text)


@newsclean.cleaner("test_list_setting")
def _list_setting(doc, words: list = ["a"]):  # noqa: B006 - a default the test reads, never edits
    pass


def test_to_config_is_a_copy_an_edit_of_which_leaves_the_pipeline_alone():
    pipe = newsclean.Pipeline.default().add("test_list_setting").configure("test_list_setting", words=["a", "b"])
    config = pipe.to_config()
    config["cleaners"]["test_list_setting"]["words"].append("c")
    config["pipeline"]["cleaners"].append("x")
    assert pipe.to_config()["cleaners"]["test_list_setting"]["words"] == ["a", "b"]
    assert pipe.names[-1] == "test_list_setting"


@pytest.mark.parametrize("anchor", [{"before": ""}, {"after": ""}])
def test_an_empty_anchor_names_no_cleaner(anchor):
    with pytest.raises(KeyError):
        newsclean.Pipeline.default().add("test_list_setting", **anchor)


@pytest.mark.parametrize("name", [None, 5, "", "has space", "dotted.name", "html"])
def test_a_cleaner_name_must_work_as_a_config_section(name):
    with pytest.raises(ValueError, match="a cleaner's name"):
        newsclean.cleaner(name)


def test_a_bare_cleaner_decorator_says_to_name_it():
    with pytest.raises(TypeError, match="give the cleaner its name"):
        newsclean.cleaner(lambda doc: None)  # type: ignore[arg-type]


def test_a_plugin_that_fails_to_load_is_named_and_does_not_hide_the_others(monkeypatch):
    class BrokenEntryPoint:
        name, value = "broken", "broken_plugin:clean"

        def load(self):
            raise ImportError("No module named 'broken_dependency'")

    class GoodEntryPoint:
        name, value = "good", "good_plugin:clean"

        def load(self):
            @newsclean.cleaner("test_plugin_after_a_broken_one")
            def plugin(doc):
                pass

            return plugin

    monkeypatch.setattr(registry, "_entry_points_loaded", False)
    monkeypatch.setattr(registry, "_failed_entry_points", {}, raising=False)
    monkeypatch.setattr(registry, "entry_points", lambda group: [BrokenEntryPoint(), GoodEntryPoint()])
    with pytest.warns(RuntimeWarning, match=r"plug-in broken \(broken_plugin:clean\) .* failed to load: ImportError"):
        assert newsclean.Pipeline.from_names(["test_plugin_after_a_broken_one"]).names == ["test_plugin_after_a_broken_one"]
    with pytest.raises(KeyError, match=r"no cleaner named 'broken'.*plug-in broken \(broken_plugin:clean\) failed to load"):
        newsclean.Pipeline.from_names(["broken"])


def test_to_config_reads_back_into_an_equal_pipeline():
    pipe = newsclean.Pipeline.default().without("social_embeds").configure("trailing_headlines", min_items=4)
    pipe = pipe.configure_html(favor_precision=False)
    assert newsclean.Pipeline.from_config(pipe.to_config()) == pipe
    assert hash(newsclean.Pipeline.from_config(pipe.to_config())) == hash(pipe)
    assert pipe != pipe.configure("trailing_headlines", min_items=5)
    assert pipe != newsclean.Pipeline.default() and newsclean.Pipeline.default() == newsclean.Pipeline.default()


def test_a_setting_given_its_default_value_leaves_the_pipeline_equal_to_the_default():
    default = newsclean.Pipeline.default()
    min_items = default.steps[default.names.index("trailing_headlines")].spec.defaults["min_items"]
    assert default.configure("trailing_headlines", min_items=min_items) == default
    assert default.configure_html(favor_precision=True) == default
    assert default.configure_html(favor_precision=False) != default
    assert default.without("junk").add("junk", after="promos") != default  # the order still counts


@pytest.mark.parametrize(
    "kinds, error, words",
    [
        ("promo", TypeError, r"cleaner 'test_bad_kinds': kinds is a tuple of kinds, e.g. kinds=\('promo',\), not a str"),
        (("promo", "advert"), ValueError, r"cleaner 'test_bad_kinds': unknown kinds 'advert'; kinds: metadata, navigation"),
    ],
)
def test_bad_kinds_fail_naming_the_cleaner_and_the_accepted_kinds(kinds, error, words):
    with pytest.raises(error, match=words):
        newsclean.cleaner("test_bad_kinds", kinds=kinds)(lambda doc: None)
    assert "test_bad_kinds" not in registry.available()


def test_a_setting_without_a_default_names_the_cleaner():
    with pytest.raises(TypeError, match="cleaner 'test_no_default': cleaner settings need defaults: threshold"):
        newsclean.cleaner("test_no_default")(lambda doc, threshold: None)
