"""`cablelint config` / `--show-settings` and `--show-files`: what a lint run would use, and why."""

from __future__ import annotations

import json
import sys

from .discover import STDIN
from .escaping import for_display
from .selection import fail_level


def settings_rows(args, settings, ruleset, scope, output_format: str) -> list[dict]:
    """Each setting a run uses: its name, resolved value, and where it came from (a configuration
    file, the command line, or the default)."""
    def origin(key: str, flag) -> str:
        if flag not in (None, [], False):
            return "command line"
        where = settings.origins.get(key)
        return str(where) if where is not None else "default"

    baseline = args.write_baseline or args.baseline or settings.baseline
    rows = [
        (
            "config",
            str(settings.path) if settings.path else None,
            (
                "command line"
                if args.config or args.isolated
                else ("found" if settings.path else "default")
            ),
        ),
        (
            "select",
            list(args.select or settings.select or ["(rules on by default)"]),
            origin("select", args.select),
        ),
        (
            "extend-select",
            [*settings.extend_select, *args.extend_select],
            origin("extend-select", args.extend_select),
        ),
        ("ignore", [*settings.ignore, *args.ignore], origin("ignore", args.ignore)),
        ("severity", settings.severity, origin("severity", None)),
        (
            "per-file-ignores",
            {k: list(v) for k, v in settings.per_file_ignores.items()},
            origin("per-file-ignores", None),
        ),
        ("include", list(scope.include), origin("include", args.include)),
        ("exclude", list(scope.exclude), origin("exclude", None)),
        (
            "respect-gitignore",
            scope.respect_gitignore,
            origin("respect-gitignore", args.no_respect_gitignore),
        ),
        (
            "fail-level",
            str(fail_level(args.fail_level, settings)),
            origin("fail-level", args.fail_level),
        ),
        (
            "baseline",
            str(baseline) if baseline else None,
            origin("baseline", args.write_baseline or args.baseline),
        ),
        (
            "format",
            output_format,
            "command line" if args.format or args.output_format else "default",
        ),
        ("rules", [rule.id for rule in ruleset.rules], "select, extend-select, ignore"),
    ]
    return [{"setting": key, "value": value, "origin": where} for key, value, where in rows]


def show_settings(args, settings, ruleset, scope, output_format: str) -> int:
    """Write the resolved settings (JSON with --format json); exit 0."""
    rows = settings_rows(args, settings, ruleset, scope, output_format)
    if output_format == "json":
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return 0
    width = max(len(row["setting"]) for row in rows)
    for row in rows:
        value = json.dumps(row["value"], ensure_ascii=False)
        sys.stdout.write(
            for_display(f"{row['setting']:<{width}} = {value}  # {row['origin']}") + "\n"
        )
    return 0


def show_files(paths: list[str], scope) -> int:
    """Write the files a run would lint, one a line, in the order it would; exit 0 (2 when a path
    named cannot be used, listed on stderr)."""
    from .errors import error_line
    from .runner import linted_paths
    code = 0
    for found in linted_paths(paths, scope):
        if found.error:
            sys.stderr.write(error_line(f"{found.path}: {found.error}"))
            code = 2
        else:
            shown = (scope.stdin_filename or STDIN) if found.path == STDIN else found.path
            sys.stdout.write(for_display(shown) + "\n")
    return code
