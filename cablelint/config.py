"""Find, load and validate the configuration: `.cablelint.yaml` or `[tool.cablelint]` in pyproject.toml."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError
from .resources import data_dir
from .schema_errors import first_problem

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

    def check_rules(self, rules) -> None:
        """Every rule the configuration names must exist; a ConfigError names the file and the key."""
        from .errors import UsageError
        from .ruleset import resolve
        named = [("select", self.select or ()), ("extend-select", self.extend_select), ("ignore", self.ignore),
                 *((f"per-file-ignores/{glob}", selectors) for glob, selectors in self.per_file_ignores.items())]
        for key, selectors in named:
            for index, selector in enumerate(selectors):
                try:
                    resolve(rules, [selector])
                except UsageError:
                    raise ConfigError(f"{self.path}: /{key}/{index}: no rule matches '{selector}'") from None
        ids = {rule.id for rule in rules}
        for rule_id in self.severity:
            if rule_id not in ids:
                raise ConfigError(f"{self.path}: /severity/{rule_id}: no rule has this id")

    @property
    def root(self) -> Path:
        """The folder paths in the configuration are relative to."""
        return self.path.parent if self.path is not None else Path.cwd()


def find(start: Path) -> Path | None:
    """The closest `.cablelint.yaml`, or `pyproject.toml` with a `[tool.cablelint]` table, from start upwards."""
    for folder in (start, *start.parents):
        if (folder / CONFIG_NAMES[0]).is_file():
            return folder / CONFIG_NAMES[0]
        pyproject = folder / CONFIG_NAMES[1]
        if pyproject.is_file() and "[tool.cablelint" in pyproject.read_text(encoding="utf-8", errors="replace"):
            return pyproject
    return None


def load(path: Path) -> Settings:
    """Read and validate one configuration file. Raises ConfigError naming the file and the key.
    A file validated before is taken from the cache (`validated_cache`): no YAML or JSON Schema import."""
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
    get = data.get
    return Settings(path=path, select=tuple(get("select")) if "select" in data else None,
                    extend_select=tuple(get("extend-select", ())), ignore=tuple(get("ignore", ())),
                    severity=dict(get("severity", {})),
                    per_file_ignores={glob: tuple(rules) for glob, rules in get("per-file-ignores", {}).items()},
                    include=tuple(get("include")) if "include" in data else None,
                    exclude=tuple(get("exclude", ())), fail_level=get("fail-level"))


def _read(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: {exc.strerror or exc}") from None
    if path.name == "pyproject.toml":
        try:
            import tomllib
        except ModuleNotFoundError:            # Python 3.10
            import tomli as tomllib
        try:
            return tomllib.loads(text).get("tool", {}).get("cablelint", {})
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    import yaml
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {str(exc).splitlines()[0]}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: /: expected a mapping of settings, found {type(data).__name__}")
    return data


def _schema_bytes() -> bytes:
    return (data_dir("schemas") / "config.schema.json").read_bytes()


def _validate(path: Path, data: dict) -> None:
    import jsonschema
    schema = json.loads(_schema_bytes().decode("utf-8"))
    problem = first_problem(jsonschema.Draft202012Validator(schema).iter_errors(data), unknown_word="setting")
    if problem is not None:
        where = "[tool.cablelint]" if path.name == "pyproject.toml" else ""
        raise ConfigError(f"{path}{where}: {problem.pointer}: {problem.message}{problem.hint}")


def settings_for(config: str | None, isolated: bool) -> Settings:
    """The Settings of `--config FILE`, of the file found from the current folder, or the defaults."""
    if isolated:
        return Settings()
    if config is not None:
        path = Path(config)
        if not path.is_file():
            raise ConfigError(f"{config}: no such configuration file")
        return load(path)
    found = find(Path(os.getcwd()))
    return load(found) if found is not None else Settings()
