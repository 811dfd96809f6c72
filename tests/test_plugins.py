"""Third-party plugins: a real distribution installed from tests/plugin_example adds a rule pack,
a check kind and a reporter that work from the command line; broken plugins are loud errors."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from conftest import ROOT
from cablelint.errors import PluginError
from cablelint.plugins import _merge, make_plugin_manager
from cablelint.plugin import hookimpl


@pytest.fixture(scope="module")
def plugin_site(tmp_path_factory):
    """tests/plugin_example installed into a private folder that is put on PYTHONPATH."""
    target = tmp_path_factory.mktemp("site")
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target",
               str(target),
               str(ROOT / "tests" / "plugin_example")]
    subprocess.run(command, check=True, capture_output=True)
    return target


def run(site, *args):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(site)])}
    proc = subprocess.run([sys.executable, "-m", "cablelint", *args], capture_output=True, cwd=ROOT,
                          env=env)
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


def test_plugin_rule_pack_and_check_kind_run(plugin_site):
    code, out, _ = run(plugin_site, "seeds/000_ce69e6524d1a41cb.txt", "--select", "EXA001")
    assert code == 1
    first = out.splitlines()[0]
    assert first.startswith("seeds/000_ce69e6524d1a41cb.txt:34:301: EXA001 [line-too-long] info: "
                            "Line is ")


def test_plugin_reporter_is_a_format(plugin_site):
    code, out, _ = run(plugin_site, "seeds/", "--format", "count", "--select", "CL090")
    assert code == 1
    assert out.splitlines()[3] == "seeds/003_e01b202fd18136d2.txt\t1"


def test_plugin_rule_listed_and_explained(plugin_site):
    _, out, _ = run(plugin_site, "rule", "EXA001")
    assert "Reports lines longer than 300 characters." in out
    assert "Kind: long_line, in cablelint_example/plugin.py\n" in out   # the plugin's own file


def test_no_plugins_flag_skips_them(plugin_site):
    code, _, err = run(plugin_site, "seeds/", "--no-plugins", "--select", "EXA001")
    assert code == 2 and "no rule matches 'EXA001'" in err


def test_plugin_selector_is_listed_and_shows_its_value(plugin_site):
    code, out, _ = run(plugin_site, "selectors")
    listed = r"^example\.longest_line +the length of the longest line, at it$"
    assert code == 0 and re.search(listed, out, re.M)
    code, out, _ = run(plugin_site, "parse", "--selectors", "seeds/000_ce69e6524d1a41cb.txt")
    assert code == 0 and "\nexample.longest_line  34:1-34:1253  1252\n" in out
    _, out, _ = run(plugin_site, "selectors", "--no-plugins")
    assert "example.longest_line" not in out and "eo.decl.kind" in out


class _Twin:
    @hookimpl
    def cablelint_reporters(self):
        return {"text": object}


def test_duplicate_names_across_plugins_are_refused():
    pm = make_plugin_manager(entry_points=False)
    pm.register(_Twin(), name="twin")
    with pytest.raises(PluginError, match="'text' is provided by both 'cablelint' and 'twin'"):
        _merge(pm, "cablelint_reporters", dict)


class _Misspelt:
    @hookimpl
    def cablelint_reporter(self):   # not a hook
        return {}


def test_misspelt_hook_is_an_error():
    import pluggy
    pm = make_plugin_manager(entry_points=False)
    pm.register(_Misspelt(), name="misspelt")
    with pytest.raises(pluggy.PluginValidationError, match="unknown hook 'cablelint_reporter'"):
        pm.check_pending()


def test_the_plugin_module_publishes_what_the_hooks_and_check_kinds_use():
    """`cablelint.plugin` re-exports the internal classes themselves (an isinstance check holds
    either way), and `__all__` lists exactly what it defines."""
    import cablelint.plugin as plugin
    from cablelint.checks.base import CheckKind
    from cablelint.diagnostic import Diagnostic, Edit, Fix
    from cablelint.hookspecs import hookimpl as internal_hookimpl
    from cablelint.rule import Rule

    assert (plugin.CheckKind, plugin.Diagnostic, plugin.Fix, plugin.Edit, plugin.Rule) == \
        (CheckKind, Diagnostic, Fix, Edit, Rule)
    assert plugin.hookimpl is internal_hookimpl
    public = {name for name in vars(plugin) if not name.startswith("_") and name != "annotations"}
    assert set(plugin.__all__) == public


def test_the_example_plugin_imports_cablelint_only_through_the_plugin_module():
    module = ROOT / "tests" / "plugin_example" / "cablelint_example" / "plugin.py"
    source = module.read_text(encoding="utf-8")
    imported = {line.split()[1] for line in source.splitlines()
                if line.startswith(("from cablelint", "import cablelint"))}
    assert imported == {"cablelint.plugin"}
