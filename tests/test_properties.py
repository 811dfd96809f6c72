"""Properties of the whole pipeline on arbitrary text and on byte-level mutations of the seeds.

For every input: no exception but an InputError for binary data, every span inside the text, the same
bytes from every reporter twice, JSON and SARIF that parse, and a JSON report valid against its schema.
CI runs the `cablelint-ci` profile (fixed examples, derandomized); set CABLELINT_HYPOTHESIS_PROFILE to
`cablelint-thorough` for a longer local run. bench/fuzz_corpus.py does the same on the real corpus.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import SEEDS
from cablelint import fuzzing

settings.register_profile("cablelint-ci", max_examples=40, derandomize=True, deadline=None,
                          database=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("cablelint-thorough", max_examples=2000, deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PROFILE = settings.get_profile(os.environ.get("CABLELINT_HYPOTHESIS_PROFILE", "cablelint-ci"))

SEED_BYTES = [path.read_bytes() for path in sorted(SEEDS.glob("*.txt"))]
SEED_LINES = sorted({line for data in SEED_BYTES for line in data.decode("utf-8").split("\n")})
#: Lines that start the parser's parts, damaged in the ways mirrors damage them.
PART_LINES = ["VZCZCXRO1234", "P 070517Z MAR 07", "O 310838Z OCT 00", "ZNY CCCCC ZZH",
              "DE RUEHTA #0604/01 0660517",
              "C O N F I D E N T I A L SECTION 01 OF 02 X 000123", "CONFIDENTIAL", "UNCLAS",
              "SIPDIS",
              "E.O. 12958: DECL: 13/45/2016", "EO 12958 DECL: 09/21/10", "TAGS:",
              "TAGS: [PGOV](#), PREL",
              "SUBJECT:", "REF: A. X 1", "Classified By: x reasons 1.4 (b)", "¶1. (C) x",
              "15.(S/NF) y", "¶",
              "X 00000123 002 OF 002", "Created", "2006-08-28 11:38:00", "**¶17. (C)**",
              "END SUMMARY.", "-------"]

CHECKER = fuzzing.Checker()


def _check(data: bytes) -> None:
    problems = CHECKER.check_bytes(data, "fuzz/cable.txt")
    assert not problems, problems


@PROFILE
@given(st.text(max_size=2000))
def test_arbitrary_text(text):
    assert not CHECKER.check_text(text, "fuzz/cable.txt")
    _check(text.encode("utf-8", errors="surrogatepass"))


@PROFILE
@given(st.lists(st.sampled_from(SEED_LINES + PART_LINES) | st.text(max_size=80), max_size=60),
       st.sampled_from(["\n", "\r\n", "\r"]))
def test_soup_of_cable_lines(lines, newline):
    _check(newline.join(lines).encode("utf-8", errors="surrogatepass"))


@st.composite
def mutated_seed(draw) -> bytes:
    """A seed with one to four mutations, each kind chosen by hypothesis (so failures shrink to few)."""
    rng_seed = draw(st.integers(0, 2**32 - 1))
    seed = draw(st.sampled_from(SEED_BYTES))
    kinds = draw(st.lists(st.sampled_from(fuzzing.MUTATIONS), min_size=1, max_size=4))
    return fuzzing.mutate(seed, kinds, rng_seed, donors=SEED_BYTES)[0]


@PROFILE
@given(mutated_seed())
def test_mutated_seeds(data):
    _check(data)


def test_checker_runs_every_builtin_reporter():
    assert set(CHECKER.registry.reporters) == {"text", "json", "sarif", "github"}


def test_every_mutation_kind_changes_a_seed():
    """Each mutation kind does something, so that the properties above exercise what they claim."""
    for kind in fuzzing.MUTATIONS:
        changed = {
            fuzzing.mutate(SEED_BYTES[0], [kind], seed, donors=SEED_BYTES)[0] != SEED_BYTES[0]
            for seed in range(5)
        }
        assert True in changed, kind


def test_checker_reports_a_span_outside_the_text():
    """The span check can fail: a diagnostic past the last line is reported."""
    from cablelint.diagnostic import Diagnostic, Severity
    bad = Diagnostic("CL001", "x", Severity.INFO, "m", "p", 3, 1, 3, 2)
    assert fuzzing.span_problems([bad], "one line\n") == ["CL001 3:1-3:2 line outside 1..2"]
    inverted = Diagnostic("CL001", "x", Severity.INFO, "m", "p", 1, 5, 1, 2)
    assert fuzzing.span_problems([inverted], "one line") == ["CL001 1:5-1:2 end before start"]


def test_checker_reports_broken_output():
    """The output checks can fail: bad JSON, a report outside its schema, a finding split over lines."""
    assert CHECKER._output_problems("json", "{", 0)[0].startswith("json: output is not JSON")
    assert "does not validate" in CHECKER._output_problems("json", '{"tool": "cablelint"}', 0)[0]
    assert CHECKER._output_problems("github", "::error file=a::one\nline\n", 1) \
        == ["github: not one line per finding"]
    assert CHECKER._output_problems("sarif", '{"runs": [{"results": []}]}', 1) \
        == ["sarif: not one result per finding"]


def test_corpus_fuzzer_cases_are_reproducible_from_their_seed():
    import importlib.util
    spec = importlib.util.spec_from_file_location("fuzz_corpus",
                                                  SEEDS.parent / "bench" / "fuzz_corpus.py")
    fuzz_corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fuzz_corpus)
    files = sorted(SEEDS.glob("*.txt"))
    first, again = fuzz_corpus.one_case(files, 12345), fuzz_corpus.one_case(files, 12345)
    assert first == again and first[2] != first[0].read_bytes()
