"""Reference vocabularies shipped with cablelint (TSV files beside this module; provenance in
README.md)."""
