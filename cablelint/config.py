"""Find, load and validate the configuration: `.cablelint.yaml` or `[tool.cablelint]` in
pyproject.toml.

Plain data: what the settings mean for the rules (select, ignore, severity, fail level) is
`selection.py`."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError
from .resources import data_dir

CONFIG_NAMES = (".cablelint.yaml", "pyproject.toml")


@dataclass(frozen=True)
class Settings:
    """The validated configuration; defaults when there is no configuration file."""

    path: Path | None = None
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict = field(default_factory=dict)
    per_file_ignores: dict = field(default_factory=dict)
    include: tuple[str, ...] | None = None
    exclude: tuple[str, ...] = ()
    fail_level: str | None = None
    baseline: Path | None = None  # resolved against the folder of the file that names it
    respect_gitignore: bool = True
    origins: dict = field(default_factory=dict)   # setting -> the configuration file that set it

    @property
    def root(self) -> Path:
        """The folder paths in the configuration are relative to."""
        return self.path.parent if self.path is not None else Path.cwd()


def find(start: Path) -> Path | None:
    """The closest `.cablelint.yaml`, or `pyproject.toml` with a `[tool.cablelint]` table, from
    start upwards."""
    for folder in (start, *start.parents):
        if (folder / CONFIG_NAMES[0]).is_file():
            return folder / CONFIG_NAMES[0]
        pyproject = folder / CONFIG_NAMES[1]
        if pyproject.is_file() and "[tool.cablelint" in pyproject.read_text(
            encoding="utf-8", errors="replace"
        ):
            return pyproject
    return None


def load(path: Path) -> Settings:
    """Read and validate one configuration file and those it extends (`extend`, like ruff's: the
    file's own settings win over the extended file's). Raises ConfigError naming the file and the
    key."""
    data, origins = _merged(path, ())
    get = data.get
    baseline = get("baseline")
    return Settings(
        path=path,
        select=tuple(get("select")) if "select" in data else None,
        extend_select=tuple(get("extend-select", ())),
        ignore=tuple(get("ignore", ())),
        severity=dict(get("severity", {})),
        per_file_ignores={
            glob: tuple(rules) for glob, rules in get("per-file-ignores", {}).items()
        },
        include=tuple(get("include")) if "include" in data else None,
        exclude=tuple(get("exclude", ())),
        fail_level=get("fail-level"),
        baseline=origins["baseline"].parent / baseline if baseline is not None else None,
        respect_gitignore=get("respect-gitignore", True),
        origins=origins,
    )


def _merged(path: Path, chain: tuple[Path, ...]) -> tuple[dict, dict]:
    """The settings of path over those of the file it extends, and which file each setting came
    from."""
    resolved = path.resolve()
    if resolved in chain:
        cycle = " -> ".join(str(p) for p in (*chain, resolved))
        raise ConfigError(f"{path}: /extend: the configurations extend each other in a cycle: "
                          f"{cycle}")
    data = _validated(path)
    merged, origins = {}, {}
    if "extend" in data:
        parent = Path(os.path.normpath(path.parent / data.pop("extend")))
        if not parent.is_file():
            raise ConfigError(f"{path}: /extend: no such configuration file: {parent}")
        merged, origins = _merged(parent, (*chain, resolved))
    merged.update(data)
    origins.update({key: path for key in data})
    return merged, origins


def _validated(path: Path) -> dict:
    """One file's settings, validated; a file validated before is taken from the cache
    (`validated_cache`): no YAML or JSON Schema import."""
    from . import validated_cache

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: {exc.strerror or exc}") from None
    key = validated_cache.key("config", path.name.encode(), raw, _schema_bytes())
    data = validated_cache.read("config", key)
    if not isinstance(data, dict):
        data = _read(path)
        _validate(path, data)
        validated_cache.write("config", key, data)
    return dict(data)


def _read(path: Path) -> dict:
    from . import safe_yaml

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: {exc.strerror or exc}") from None
    if path.name == "pyproject.toml":
        try:
            import tomllib
        except ModuleNotFoundError:            # Python 3.10
            import tomli as tomllib
        text = safe_yaml.utf8_text(data, str(path), ConfigError)
        try:
            return tomllib.loads(text).get("tool", {}).get("cablelint", {})
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    settings = safe_yaml.load(data, str(path), ConfigError)
    if settings is None:
        return {}
    if not isinstance(settings, dict):
        raise ConfigError(f"{path}: /: expected a mapping of settings, found "
                          f"{type(settings).__name__}")
    return settings


def _schema_bytes() -> bytes:
    return (data_dir("schemas") / "config.schema.json").read_bytes()


def _validate(path: Path, data: dict) -> None:
    import jsonschema

    from .schema_errors import first_problem
    schema = json.loads(_schema_bytes().decode("utf-8"))
    problem = first_problem(jsonschema.Draft202012Validator(schema).iter_errors(data),
                            unknown_word="setting")
    if problem is not None:
        where = "[tool.cablelint]" if path.name == "pyproject.toml" else ""
        raise ConfigError(f"{path}{where}: {problem.pointer}: {problem.message}{problem.hint}")


def settings_for(config: str | None, isolated: bool) -> Settings:
    """The Settings of `--config FILE`, of the file found from the current folder, or the
    defaults."""
    if isolated:
        return Settings()
    if config is not None:
        path = Path(config)
        if not path.is_file():
            raise ConfigError(f"{config}: no such configuration file")
        return load(path)
    found = find(Path(os.getcwd()))
    return load(found) if found is not None else Settings()
