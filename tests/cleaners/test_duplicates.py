from cleanerutil import BODY, BODY2, run


def test_a_repeated_line_is_dropped_once():
    line = "The council will vote again in May."
    r = run("duplicates", "\n\n".join([BODY, line, BODY2, line]))
    assert [x.kind.value for x in r.removals] == ["duplicate"]
    assert r.text.count(line) == 1


def test_repeats_differing_only_in_case_and_markup_are_duplicates():
    r = run("duplicates", "\n\n".join([BODY, "**Bus fares to rise in May**", BODY2, "Bus fares to rise in may"]))
    assert [x.kind.value for x in r.removals] == ["duplicate"]


def test_short_repeated_lines_stay():
    r = run("duplicates", "\n\n".join([BODY, "Yes.", BODY2, "Yes."]))
    assert r.removals == []


def test_similar_but_different_lines_stay():
    r = run("duplicates", "\n\n".join(["Fares rise by 5% in May.", "Fares rise by 6% in May.", BODY]))
    assert r.removals == []


def test_on_html_input_the_pages_own_repeats_stay_unless_asked():
    import newsclean

    line = "The council will vote again in May."
    text = "\n\n".join([line, BODY, line, BODY2])
    pipe = newsclean.Pipeline.from_names(["duplicates"])
    assert pipe.clean_text(text, input_format="html").text.count(line) == 2
    strict = pipe.configure("duplicates", on_extracted=True)
    assert strict.clean_text(text, input_format="html").text.count(line) == 1


def test_a_question_put_again_stays():
    # an interview series puts the same questions to each person; an FAQ repeats one too
    lines = ["What inspired you to start cooking?", "My grandmother, who ran a bakery in Lyon for forty years.",
             "¿Qué le inspiró a empezar a cocinar?", "Mi abuela, que tenía una panadería en Lyon.",
             "What inspired you to start cooking?", "A trip to Japan, where I ate in a different kitchen every night.",
             "¿Qué le inspiró a empezar a cocinar?", "Un viaje a Japón."]
    r = run("duplicates", "\n\n".join([BODY, *lines, BODY2]))
    assert r.removals == []
