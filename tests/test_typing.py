"""The package ships ``py.typed``: its annotations are a promise to its users' type checkers.

They must hold under ``mypy --strict`` with the settings of ``[tool.mypy]`` in pyproject.toml.
"""

from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parent.parent


def test_the_package_type_checks_strictly():
    report, errors, status = api.run(["--config-file", str(ROOT / "pyproject.toml"), str(ROOT / "newsclean")])
    assert status == 0, report + errors
