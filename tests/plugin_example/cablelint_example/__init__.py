"""Example cablelint plugin (test fixture)."""
