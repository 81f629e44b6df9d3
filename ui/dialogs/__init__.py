"""Dialogs as functions: each module offers ``ask(parent, ...) -> Result | None``."""
