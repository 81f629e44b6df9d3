"""The Qt binding in use keeps Python's reference counts right.

PySide6 6.12.0 dropped a reference to ``None`` on every Qt method that returns nothing, so
after some thousands of calls a long session died with "deallocating None"; pyproject.toml
excludes that release and this test catches such a release again.
"""

from __future__ import annotations

import sys


def test_qt_calls_keep_the_reference_count_of_none(qapp) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("Spiegelplan")
        label.setVisible(False)
    assert sys.getrefcount(None) - before > -100
