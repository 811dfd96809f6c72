"""The document model's records, one module per part of a cable (`cablelint.document` names
them all)."""
