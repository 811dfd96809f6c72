"""The real pre-commit runs the hooks of .pre-commit-hooks.yaml (`pre-commit try-repo` on this project):
`cablelint` fails with the findings on a seed cable and passes on a clean one; `cablelint-fix` repairs a
damaged cable and fails because it changed it, then passes."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from cables import BODY, HEADER
from conftest import ROOT, SEEDS

pytestmark = pytest.mark.skipif(shutil.which("pre-commit") is None or shutil.which("git") is None,
                                reason="pre-commit and git are needed (pip install '.[test]')")


def git(repo, *args):
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A committed snapshot of the working tree (tracked and untracked, not ignored files), so the hook
    is tried as the working tree is, whatever is committed yet."""
    path = tmp_path_factory.mktemp("project")
    listed = subprocess.run(["git", "-C", str(ROOT), "ls-files", "--cached", "--others",
                             "--exclude-standard"],
                            check=True, capture_output=True, text=True).stdout.splitlines()
    for name in listed:
        if (ROOT / name).is_file():
            (path / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, path / name)
    git(path, "init", "-q")
    git(path, "add", ".")
    git(path, "-c", "user.email=test@example.invalid", "-c", "user.name=test", "commit", "-qm",
        "snapshot")
    return path


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    """A git repository holding one seed cable and one clean cable, both staged."""
    path = tmp_path_factory.mktemp("cables")
    git(path, "init", "-q")
    git(path, "config", "user.email", "test@example.invalid")
    git(path, "config", "user.name", "test")
    shutil.copy(SEEDS / "003_e01b202fd18136d2.txt", path / "seed.txt")
    (path / "clean.txt").write_text(HEADER + BODY, encoding="utf-8")
    git(path, "add", ".")
    return path


def try_repo(project, repo, *files, hook="cablelint"):
    env = {**os.environ, "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home")}
    return subprocess.run(["pre-commit", "try-repo", str(project), hook, "--files", *files],
                          cwd=repo, capture_output=True, text=True, env=env)


def test_hook_fails_with_findings_on_a_seed(project, repo):
    result = try_repo(project, repo, "seed.txt")
    assert result.returncode == 1, result.stdout + result.stderr
    assert (
        "seed.txt:75:1: CL090 [paragraph-sequence] warning: Paragraph 6 where 5 was expected"
        in result.stdout
    )


def test_hook_passes_on_a_clean_cable(project, repo):
    result = try_repo(project, repo, "clean.txt")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout


def test_fix_hook_repairs_fails_because_it_changed_a_file_then_passes(project, repo):
    damaged = (HEADER + BODY).replace("TAGS: PGOV PREL KZ", "TAGS: [PGOV](#) [PREL](#) [KZ](#)")
    (repo / "damaged.txt").write_text(damaged, encoding="utf-8")
    git(repo, "add", "damaged.txt")
    result = try_repo(project, repo, "damaged.txt", hook="cablelint-fix")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "files were modified by this hook" in result.stdout
    assert (repo / "damaged.txt").read_text(encoding="utf-8") == HEADER + BODY
    git(repo, "add", "damaged.txt")
    again = try_repo(project, repo, "damaged.txt", hook="cablelint-fix")
    assert again.returncode == 0, again.stdout + again.stderr


def test_the_readme_recipe_with_its_placeholders_filled_runs(project, tmp_path):
    """The README's .pre-commit-config.yaml as written, `repo:` and `rev:` filled with a copy of this
    repository and its commit: `pre-commit run` installs the hook at that commit and reports the seed."""
    import re
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(# \.pre-commit-config\.yaml\n.*?)```", readme, re.S).group(1)
    assert "<owner>" in block and "<commit>" in block
    commit = subprocess.run(["git", "-C", str(project), "rev-parse", "HEAD"], check=True,
                            capture_output=True,
                            text=True).stdout.strip()
    config = re.sub(r"https://github\.com/<owner>/cablelint", str(project),
                    block).replace("<commit>", commit)
    cables = tmp_path / "cables"
    cables.mkdir()
    git(cables, "init", "-q")
    shutil.copy(SEEDS / "003_e01b202fd18136d2.txt", cables / "seed.txt")
    (cables / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    git(cables, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    result = subprocess.run(["pre-commit", "run", "--files", "seed.txt"], cwd=cables,
                            capture_output=True,
                            text=True, env=env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert (
        "seed.txt:75:1: CL090 [paragraph-sequence] warning: Paragraph 6 where 5 was expected"
        in result.stdout
    )
