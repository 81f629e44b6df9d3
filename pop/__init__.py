"""Spiegelplan core: domain, storage, scoring, exchange files and reports. Never imports Qt."""

__version__ = "0.1.0"
APP_NAME = "Spiegelplan"
