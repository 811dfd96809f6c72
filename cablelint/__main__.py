"""`python -m cablelint` runs the command line."""

from .cli import console

console()
