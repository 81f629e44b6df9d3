"""The desktop interface (PySide6). It displays and collects; :mod:`pop` decides."""
