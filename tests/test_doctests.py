"""The examples in the docstrings are doctests: they run, and print what they say."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsclean

# every module of the package whose docstrings hold an example (newsclean.spark's needs a
# Spark session, so it is a code block, not a doctest)
MODULES = ["newsclean", "newsclean.pipeline", "newsclean.batch", "newsclean.reliability.domain",
           "newsclean.reliability.ratings"]


@pytest.mark.parametrize("name", MODULES)
def test_the_examples_in_the_docstrings_pass(name: str) -> None:
    results = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS, report=True)
    assert results.attempted and not results.failed, results


def test_every_module_with_an_example_is_listed() -> None:
    finder = doctest.DocTestFinder()
    names = {"newsclean"} | {m.name for m in pkgutil.walk_packages(newsclean.__path__, "newsclean.")}
    with_examples = set()
    for name in names:
        if name.endswith("__main__"):
            continue
        module = importlib.import_module(name)
        if any(test.examples for test in finder.find(module)):
            with_examples.add(name)
    assert with_examples == set(MODULES)
