"""The commands that explain rather than lint: `parse` (the document model), `rules`, `rule ID`,
`selectors`."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys

from .errors import UsageError
from .examples import example_summary
from .record import Record


def run(command: str, argv: list[str]) -> int:
    """Run `parse`, `rules`, `rule` or `selectors` with its own arguments; returns the exit code."""
    parser = argparse.ArgumentParser(prog=f"cablelint {command}")
    if command == "parse":
        parser.add_argument("file", help="a cable file, or '-' for standard input")
        parser.add_argument("--selectors", action="store_true",
                            help="show what each selector finds in the file instead of the model")
    if command == "rule":
        parser.add_argument("rule",
                            help="rule id or name, e.g. CL091 or paragraph-number-spurious-one")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--no-plugins", action="store_true", help="do not load third-party plugins")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    args = parser.parse_args(argv)
    if command == "parse" and not args.selectors:
        return _parse(args)
    from .plugins import collect, make_plugin_manager
    registry = collect(make_plugin_manager(entry_points=not args.no_plugins))
    if command == "parse":
        return _parse(args, registry.selectors)
    if command == "selectors":
        from .explain_selectors import list_selectors
        return list_selectors(registry.selectors, args.format == "json")
    from .ruleset import load_rules
    rules = load_rules(registry)
    return _rules(rules, args) if command == "rules" else _rule(rules, registry, args)


def _parse(args, selectors=None) -> int:
    """Show the document model of the file, or with `selectors` what each of them finds in it."""
    from .engine import read_cable
    from .escaping import utf8_safe
    from .reading import read_path, read_stdin
    from .source import decode
    data = read_stdin(args.file) if args.file == "-" else read_path(args.file)
    source = decode(data, args.file)
    cable, _ = read_cable(source.text, args.file, source.encoding)
    if selectors is not None:
        from .explain_selectors import selected_values, write_values
        write_values(selected_values(cable, selectors, _plain), args.format == "json")
        return 0
    dated, container = cable.dated, cable.source.container
    model = {"path": utf8_safe(cable.path), "encoding": cable.source.encoding,
             "flattened": cable.source.flattened, "layout": container.layout,
             "steps": container.steps, "level": cable.level, "date": cable.date,
             "dated": dated and {"earliest": dated.earliest, "latest": dated.latest,
                                 "source": dated.source},
             "partial": cable.is_partial,
             **{f.name: getattr(cable, f.name) for f in dataclasses.fields(cable)
                if f.name not in ("source", "traces")},
             "traces": {**cable.traces.fields(), "anchors": container.anchors,
                        "tag_links": container.tag_links}}
    if args.format == "json":
        sys.stdout.write(json.dumps(_plain(model), indent=2, ensure_ascii=False) + "\n")
    else:
        for line in _tree(_plain(model)):
            sys.stdout.write(line + "\n")
    return 0


def _plain(value):
    """The model's records, dataclasses, tuples and dates as JSON-ready values."""
    if isinstance(value, Record):
        return {name: _plain(field) for name, field in value.fields().items()}
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _tree(value, name: str = "", depth: int = 0):
    """Indented lines: `name  L:C-L:C  value` for every part that has a span (spans are lines and
    columns of the extracted text, which `steps` describes)."""
    pad = "  " * depth
    if isinstance(value, dict) and set(value) >= {"value", "span"}:
        s = value["span"]
        yield (
            f"{pad}{name}  {s['line']}:{s['column']}-{s['end_line']}:{s['end_column']} "
            f" {value['value']!r}"
        )
    elif isinstance(value, dict):
        if name:
            yield f"{pad}{name}"
        for key, child in value.items():
            if child not in (None, [], (), ""):
                yield from _tree(child, key, depth + (1 if name else 0))
    elif isinstance(value, list):
        yield f"{pad}{name} [{len(value)}]"
        for i, child in enumerate(value):
            yield from _tree(child, f"[{i}]", depth + 1)
    else:
        yield f"{pad}{name}: {value!r}"


def _rules(rules, args) -> int:
    rows = [{"id": r.id, "name": r.name, "severity": str(r.severity), "default": r.default,
             "fixable": r.fix_safety, "pack": r.pack, "check": r.check} for r in rules]
    if args.format == "json":
        sys.stdout.write(json.dumps(rows, indent=2) + "\n")
        return 0
    sys.stdout.write(f"{'id':<7} {'name':<40} {'severity':<8} {'default':<7} fixable\n")
    for row in rows:
        sys.stdout.write(f"{row['id']:<7} {row['name']:<40} {row['severity']:<8} "
                         f"{'on' if row['default'] else 'off':<7} {row['fixable']}\n")
    return 0


def _rule(rules, registry, args) -> int:
    named = args.rule
    wanted = named.upper() if named[:2].isalpha() and named[2:].isdigit() else named
    rule = next((r for r in rules if wanted in (r.id, r.name)), None)
    if rule is None:
        from .selection import rule_hint
        raise UsageError(f"no rule '{named}'{rule_hint(named, rules)} (see 'cablelint rules')")
    files = logic_files(rule, registry)
    if args.format == "json":
        page = {"id": rule.id, "name": rule.name, "severity": str(rule.severity),
                "default": rule.default, "fixable": rule.fix_safety, "pack": rule.pack,
                "check": rule.check, **dataclasses.asdict(files), "target": rule.target,
                "anchor": list(rule.anchor), "when": rule.when, "params": rule.params,
                "help": rule.help, "fix": rule.fix or None,
                "examples": rule.examples or None}
        sys.stdout.write(json.dumps(page, indent=2, ensure_ascii=False) + "\n")
        return 0
    sys.stdout.write(rule_page(rule, files))
    return 0


@dataclasses.dataclass(frozen=True)
class LogicFiles:
    """Where a rule's code is: its check kind's file, the selector it reads and that selector's
    file (None for a rule that reads the whole cable), and of these the one that holds the logic."""

    logic: str
    kind_file: str
    selector: str | None
    selector_file: str | None


def logic_files(rule, registry) -> LogicFiles:
    """The files of a rule's kind and selector. The logic is the kind's, but for a kind that only
    reports what the selector finds (`forbidden`, `required` without parameters): the selector's."""
    kind = registry.check_kinds[rule.check]
    selector = rule.target or kind.selector_of(rule.params)
    defined_in = registry.selectors[selector].defined_in if selector else None
    kind_file = module_file(kind.__module__)
    selector_file = module_file(defined_in) if defined_in else None
    judged_there = selector_file is not None and kind.judged_by_selector(rule.params)
    return LogicFiles(selector_file if judged_there else kind_file, kind_file, selector,
                      selector_file)


def rule_page(rule, files: LogicFiles) -> str:
    """The text of `cablelint rule ID`: what the rule is, its help, how it checks (the files of
    its kind and selector: `logic_files`), its fix; one section after the other."""
    heading = (f"# {rule.name} ({rule.id})\n\nSeverity: {rule.severity}. "
               f"{'On' if rule.default else 'Off'} by default. Fix: {_fix_line(rule)}.\n"
               f"Pack: {rule.pack}.\n\n")
    return (heading + f"{rule.help.rstrip()}\n" + _check_section(rule, files)
            + _fix_example(rule) + examples_block(rule))


def _check_section(rule, files: LogicFiles) -> str:
    """The `## Check` section: the check kind and its file, the selector it reads and its file,
    the file of the logic, `when`, the parameters as a pack writes them."""
    reads = (f"`{files.selector}` (selector), in {files.selector_file}" if files.selector
             else "the whole cable (no target selector)")
    lines = [f"## Check\nKind: {rule.check}, in {files.kind_file}\nReads: {reads}\n"
             f"Logic: {files.logic}\n"]
    if rule.anchor:
        anchors = ", ".join(f"`{name}`" for name in rule.anchor)
        lines.append(f"Reports a missing part at: {anchors}\n")
    if rule.when:
        lines.append(f"When:\n{_yaml_block(rule.when)}")
    params = f"Parameters:\n{_yaml_block(rule.params)}" if rule.params else "Parameters: none\n"
    lines.append(params)
    return "".join(lines)


def _yaml_block(value: dict) -> str:
    """A mapping as a pack's YAML writes it, indented under its label; text that holds a quote and
    no backslash in double quotes, as the packs write it (`"'VZCZC', a three-letter ..."`)."""
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    def text(dumper, data: str):
        style = '"' if "'" in data and "\\" not in data else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)

    Dumper.add_representer(str, text)
    dumped = yaml.dump(value, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=1_000_000)
    return _indented(dumped.rstrip("\n"))


def module_file(name: str) -> str:
    """The file of the module `name` (a check kind's, a selector's), relative to the folder its
    top-level package is in (`cablelint/checks/pattern.py`; a plugin's
    `cablelint_example/plugin.py`)."""
    import inspect
    from pathlib import Path
    module = sys.modules[name]
    source = Path(inspect.getsourcefile(module) or inspect.getfile(module)).resolve()
    top = sys.modules[name.split(".")[0]]
    root = Path(top.__file__).resolve().parent
    if hasattr(top, "__path__"):            # a package: its folder is part of the path shown
        root = root.parent
    try:
        return source.relative_to(root).as_posix()
    except ValueError:
        return source.as_posix()


def _fix_line(rule) -> str:
    if rule.fix_safety == "no":
        return "none"
    flag = "--fix" if rule.fix_safety == "safe" else "--fix --unsafe-fixes"
    return (
        f"{rule.fix_safety} ({rule.fix['description'] if rule.fix else 'available'}; applied by"
        f" {flag})"
    )


def _fix_example(rule) -> str:
    """The `## Fix` section: the pack's before/after example of the fix."""
    example = rule.fix.get("example") if rule.fix else None
    if not example:
        return ""
    return (f"## Fix ({rule.fix_safety})\n{rule.fix['description']}.\n\n"
            f"Before:\n{_indented(example['before'])}\n"
            f"After:\n{_indented(example['after'])}\n")


def examples_block(rule) -> str:
    """The `## Examples` section: the pack's examples the rule reports (bad) and does not (good)."""
    if not rule.examples:
        return ""
    shown = "".join(f"{verdict.capitalize()}:\n{_indented(example_summary(example))}"
                    for verdict in ("bad", "good") for example in rule.examples[verdict])
    return f"## Examples (the parts of the standard clean cable each one changes)\n{shown}"


def _indented(text: str) -> str:
    return "".join(f"    {line}\n" for line in text.split("\n"))
