"""The reference cable every rule test starts from must itself be clean under every rule."""

from cables import BODY, HEADER
from conftest import lint


def test_reference_cable_is_clean_under_all_rules():
    assert lint(HEADER + BODY, ["ALL"]) == []
