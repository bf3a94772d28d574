"""Pipeline building, configuration, the registry and plug-ins."""

from __future__ import annotations

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
    r = pipe.clean("Yes.\n\nThe body of the story is a sentence that is long enough.\n\nYes.\n")
    assert r.text.count("Yes.") == 1
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


def test_removal_records_name_their_cleaner_and_kind():
    r = newsclean.clean(PAGE)
    promo = [x for x in r.removals if x.text == "Share this article"]
    assert len(promo) == 1 and promo[0].cleaner == "promos" and promo[0].kind is Kind.PROMO
    assert r.input_text[promo[0].start : promo[0].end] == "Share this article"
