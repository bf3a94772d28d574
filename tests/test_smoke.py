import newsclean


def test_clean_returns_result_with_text():
    r = newsclean.clean("A first paragraph of real text that is long enough to be kept.\n\nAnother one.")
    assert "first paragraph" in r.text
    assert r.input_text.startswith("A first")
