"""The plan's domain: plain dataclasses, free of storage and Qt."""
