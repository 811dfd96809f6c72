"""`--fix`, `--diff`, `--fix-only`, `--show-fixes`: the fix loop run over the linted files (kept out
of `cli.py`). Each file is read, fixed (`cablelint.fixing`), and written back as the last step,
atomically and in its own encoding, BOM and line ends, or not at all; standard input's fixed text
goes to standard output. The records handed to the runner carry the findings that are left."""

from __future__ import annotations

import difflib
import sys
from collections import Counter
from dataclasses import dataclass, field

from .atomic import replace_bytes
from .discover import STDIN
from .errors import InputError, OutputError
from .escaping import for_display
from .fixing import fix_text
from .parallel import Job, pack
from .reading import DELETED, VanishedError, read_path, read_stdin
from .source import decode, encode_like
from .streams import GuardedStream


@dataclass
class FixMode:
    """What the fix flags asked for, and what the run fixed."""

    unsafe: bool = False
    diff: bool = False              # print what would change, write nothing
    fix_only: bool = False          # report no remaining findings
    show_fixes: bool = False
    fixed: Counter = field(default_factory=Counter)  # fixes applied (or, with diff, that would be)
    changed_files: int = 0

    @classmethod
    def from_args(cls, args) -> "FixMode":
        """The mode of a run with a fix flag (--fix, --diff or --fix-only)."""
        return cls(unsafe=args.unsafe_fixes, diff=args.diff, fix_only=args.fix_only,
                   show_fixes=args.show_fixes)

    def silent(self, paths: list[str]) -> bool:
        """No findings are reported: --fix-only, --diff, or fixed text on standard output."""
        return self.fix_only or self.diff or STDIN in paths

    def records(self, ruleset, scope):
        """The runner's records function: each job fixed, written, and its remaining findings."""
        return lambda jobs: (self.fix_job(job, ruleset, scope) for job in jobs)

    def fix_job(self, job: Job, ruleset, scope) -> tuple:
        try:
            if job.error:
                raise InputError(f"{job.path}: {job.error}")
            data = read_stdin(job.name) if job.path == STDIN else read_path(job.path)
            source = decode(data, job.name)
            skip = scope.ignored_rules(job.name)
            result = fix_text(source.text, job.name, ruleset, unsafe=self.unsafe, skip=skip,
                              encoding=source.encoding)
            self._tell_dropped(job.name, result.dropped)
            if result.text != source.text:
                self._write(job, data, source, result.text)
                self.changed_files += 1
                self.fixed.update(result.counts)
                if self.show_fixes:
                    sys.stderr.write(for_display(f"{job.name}: {fixes_line(result.counts)}") + "\n")
            elif job.path == STDIN and not self.diff:
                _emit(data)
        except VanishedError:
            return job.name, f"{job.path}: {DELETED}", None, ()
        except (InputError, OutputError) as exc:
            return job.name, str(exc), None, ()
        return job.name, None, result.text, tuple(pack(d) for d in result.remaining)

    def _write(self, job: Job, data: bytes, source, fixed: str) -> None:
        """The last step: the diff printed, standard input's text written out, or the file
        replaced."""
        if self.diff:
            sys.stdout.writelines(unified_diff(source.text, fixed, job.name))
            return
        if job.path == STDIN:
            _emit(encode_like(fixed, data, source, job.name))
            return
        replace_bytes(job.path, encode_like(fixed, data, source, job.name))

    @staticmethod
    def _tell_dropped(name: str, dropped) -> None:
        for item in dropped:
            d = item.finding
            sys.stderr.write(for_display(f"{name}:{d.line}:{d.column}: {d.rule_id} fix not "
                                         f"applied: {item.reason}") + "\n")

    def summary(self) -> str:
        """The line added to the run's summary: what was (or would be) fixed."""
        total = sum(self.fixed.values())
        verb = "would be fixed" if self.diff else "fixed"
        return f"{total} finding{'s' * (total != 1)} {verb} in {self.changed_files} " \
               f"file{'s' * (self.changed_files != 1)}"

    def exit_code(self, remaining_fail: bool, errors: bool) -> int:
        """ruff's model: 2 on an error; --diff 1 when something would change; --fix-only 0; --fix 1
        when findings at the fail level remain."""
        if errors:
            return 2
        if self.diff:
            return 1 if self.changed_files else 0
        if self.fix_only:
            return 0
        return 1 if remaining_fail else 0


def _emit(data: bytes) -> None:
    """Standard input's (fixed) bytes on standard output, as the file would have been written."""
    if isinstance(sys.stdout, GuardedStream):
        sys.stdout.write_bytes(data)
    else:                               # the API, outside the CLI's guarded streams
        GuardedStream(sys.stdout, "standard output").write_bytes(data)


def fixes_line(counts: Counter) -> str:
    """`3 fixes (CL110 ×2, CL058)`: how many fixes of which rules, most first."""
    total = sum(counts.values())
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    parts = ", ".join(rule if n == 1 else f"{rule} ×{n}" for rule, n in ordered)
    return f"{total} fix{'es' * (total != 1)} ({parts})"


def unified_diff(before: str, after: str, name: str) -> list[str]:
    """The unified diff of a file's text before and after its fixes, each line ending in a line
    end."""
    lines = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                 fromfile=f"a/{name}", tofile=f"b/{name}")
    return [
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines
    ]
