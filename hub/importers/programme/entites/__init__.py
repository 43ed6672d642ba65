"""The programme's import formats, one module per part of the programme (docs/imports.md)."""
