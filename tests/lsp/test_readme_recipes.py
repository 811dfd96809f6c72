"""The README's editor recipes are valid as written: the VS Code settings are JSON with the
settings of the extension named (llllvvuu.llllvvuu-glspc 0.1.12: its package.json
`contributes.configuration`), the Helix `languages.toml` is TOML with the keys Helix requires, both
Neovim recipes are Lua that Neovim's LuaJIT compiles (the 0.7 one is run for real by
test_neovim.py), and every block's initialization options are settings the server takes."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

try:
    import tomllib
except ModuleNotFoundError:            # Python 3.10: tomli, a dependency there
    import tomli as tomllib

from cablelint.lsp.linting import ClientSettings
from lsp_client import ROOT, TIMEOUT

#: The settings that "Generic LSP Client" (llllvvuu.llllvvuu-glspc) declares.
GLSPC_SETTINGS = {"glspc.serverCommand", "glspc.serverCommandArguments", "glspc.languageId",
                  "glspc.initializationOptions", "glspc.environmentVariables"}
SERVER = ["cablelint", "server"]


def block(title: str, language: str) -> str:
    """The first code block in `language` after the README paragraph that starts with `title`."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(rf"^{re.escape(title)}.*?```{language}\n(.*?)```", readme, re.S | re.M)
    assert found, f"README: no {language} block after {title!r}"
    return found[1]


def test_vs_code_settings():
    settings = json.loads(block("**VS Code**", "json"))
    assert set(settings) <= GLSPC_SETTINGS
    assert [settings["glspc.serverCommand"], *settings["glspc.serverCommandArguments"]] == SERVER
    assert settings["glspc.languageId"] == "plaintext"
    ClientSettings.from_client(settings["glspc.initializationOptions"])      # raises when not ours


def test_helix_languages_toml():
    config = tomllib.loads(block("**Helix**", "toml"))
    server = config["language-server"]["cablelint"]
    assert [server["command"], *server["args"]] == SERVER
    ClientSettings.from_client(server["config"])
    (language,) = config["language"]
    assert {"name", "scope", "file-types"} <= set(language)          # required by Helix
    assert set(language["language-servers"]) <= set(config["language-server"])
    assert all(isinstance(kind, str) or set(kind) == {"glob"} for kind in language["file-types"])


@pytest.mark.skipif(shutil.which("nvim") is None, reason="Neovim (nvim) is not installed")
@pytest.mark.parametrize("title", ["**Neovim** (0.8 or later)", "**Neovim 0.7**"])
def test_neovim_recipes_compile(tmp_path, title):
    source = block(title, "lua")
    assert '"cablelint", "server"' in source
    options = re.search(r"init_options = \{(.*?)\}", source)[1]
    pairs = re.findall(r'\["([^"]+)"\] = "([^"]*)"', options)
    assert pairs and len(pairs) == options.count("=")
    ClientSettings.from_client(dict(pairs))
    recipe = tmp_path / "recipe.lua"
    recipe.write_text(source, encoding="utf-8")
    check = (f"lua local _, problem = loadfile('{recipe}'); "
             "if problem then print(problem); vim.cmd('cquit') end")
    done = subprocess.run(["nvim", "--headless", "--clean", "-c", check, "-c", "qall!"],
                          capture_output=True, text=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stdout + done.stderr
