"""Build the plugin manager: hookspecs, built-ins, then entry-point plugins one at a time."""

from __future__ import annotations

from dataclasses import dataclass, field

import pluggy

from . import builtin, hookspecs
from .errors import PluginError

ENTRY_POINT_GROUP = "cablelint"
#: The name cablelint's own hook implementations are registered under.
BUILTIN_PLUGIN = "cablelint"


def make_plugin_manager(entry_points: bool = True) -> pluggy.PluginManager:
    """A fresh manager with the built-ins and (unless disabled) every installed `cablelint` plugin.

    A plugin that fails to import, or implements a hook that does not exist, is a PluginError:
    a CI gate must not quietly lose rules.
    """
    pm = pluggy.PluginManager("cablelint")
    pm.add_hookspecs(hookspecs)
    pm.register(builtin, name=BUILTIN_PLUGIN)
    if entry_points:
        from .entry_points import find
        for ep in find(ENTRY_POINT_GROUP):
            if pm.get_plugin(ep.name) is not None or pm.is_blocked(ep.name):
                continue
            try:
                plugin = ep.load()
            except Exception as exc:  # a plugin boundary: name the plugin, keep the cause
                raise PluginError(f"plugin '{ep.name}' ({ep.value}, from {ep.dist}) failed to "
                                  f"load: {exc}") from exc
            pm.register(plugin, name=ep.name)
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        raise PluginError(f"plugin '{exc.plugin_name}': {exc}") from exc
    return pm


@dataclass(frozen=True)
class Registry:
    """What the plugins provide, merged, each name once."""

    check_kinds: dict
    rule_packs: tuple          # (plugin name, pack resource)
    vocabularies: dict
    reporters: dict
    reporter_plugins: dict = field(default_factory=dict)   # format name -> plugin that provides it
    selectors: dict = field(default_factory=lambda: dict(_builtin_selectors()))   # name -> Selector


def collect(pm: pluggy.PluginManager) -> Registry:
    """Merge every plugin's hook results; a name provided twice is a PluginError naming both
    plugins. The merged selectors become the ones rules read (`cablelint.selectors.install`)."""
    from . import selectors

    reporter_plugins: dict = {}
    registry = Registry(
        check_kinds=_merge(pm, "cablelint_check_kinds", lambda kinds: {k.name: k for k in kinds}),
        rule_packs=tuple(
            (plugin, pack)
            for plugin, packs in _results(pm, "cablelint_rule_packs")
            for pack in packs
        ),
        vocabularies=_merge(pm, "cablelint_vocabularies", dict),
        reporters=_merge(pm, "cablelint_reporters", dict, reporter_plugins),
        reporter_plugins=reporter_plugins,
        selectors=_merge(pm, "cablelint_selectors", _selector_table),
    )
    selectors.install(registry.selectors)
    return registry


def _builtin_selectors() -> dict:
    from .selectors import BUILTIN_SELECTORS
    return BUILTIN_SELECTORS


def _selector_table(provided) -> dict:
    """name -> Selector of one plugin's `cablelint_selectors` result; else a PluginError."""
    from .selectors import Selector
    table = {}
    for item in provided:
        if not isinstance(item, Selector) or not callable(item.function):
            raise PluginError(f"cablelint_selectors: expected Selector objects, got {item!r:.60}")
        table[item.name] = item
    return table


def _results(pm: pluggy.PluginManager, hook_name: str) -> list[tuple[str, object]]:
    hook = getattr(pm.hook, hook_name)
    results = []
    for impl in hook.get_hookimpls():   # registration order: built-ins first
        try:
            result = impl.function()
        except Exception as exc:
            raise PluginError(f"plugin '{impl.plugin_name}' failed in {hook_name}: {exc}") from exc
        if result is not None:
            results.append((impl.plugin_name, result))
    return results


def _merge(pm: pluggy.PluginManager, hook_name: str, to_dict, owner: dict | None = None) -> dict:
    """The hook's results merged into one dict; `owner` (if given) gets name -> plugin."""
    merged: dict = {}
    owner = {} if owner is None else owner
    for plugin, result in _results(pm, hook_name):
        for name, value in to_dict(result).items():
            if name in merged:
                raise PluginError(f"{hook_name}: '{name}' is provided by both '{owner[name]}' and "
                                  f"'{plugin}'")
            merged[name], owner[name] = value, plugin
    return merged
