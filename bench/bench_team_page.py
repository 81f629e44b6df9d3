"""The team page with a big team: importing 1,000 plan files in the window (progress bar,
window responsive) and opening the page on 1,000 members.

Responsiveness is the longest gap between two ticks of a 5 ms timer while the import runs:
that is how long the window could not react to the user.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.figures import Figure

TARGET_TOTAL_S = 30.0
TARGET_PAUSE_MS = 100.0


def measure() -> list[Figure]:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from bench.bench_bundles import make_bundles, many_bundles
    from pop.context import open_workspace
    from pop.paths import DataPaths
    from ui.app import prepare
    from ui.events import AppEvents
    from ui.pages.base import PageEnv
    from ui.prompts import ConsolePrompts

    class YesPrompts(ConsolePrompts):
        def confirm(self, parent: object, message: str, yes: str,
                    no: str | None = None) -> bool:
            return True

    app = QApplication.instance() or QApplication([])
    prepare(app, "nl")  # type: ignore[arg-type]
    from ui.pages.team_page import TeamPage

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        files = many_bundles(make_bundles(root / "demo"), root / "many", 1000)
        ctx = open_workspace(DataPaths(root / "leader"), daily_backup=False)
        try:
            page = TeamPage(PageEnv(ctx, AppEvents(), YesPrompts()))
            page.resize(1200, 800)
            page.show()
            app.processEvents()
            gaps: list[float] = []
            clock = QElapsedTimer()
            clock.start()
            last = [clock.elapsed()]

            def tick() -> None:
                now = clock.elapsed()
                gaps.append(now - last[0])
                last[0] = now

            timer = QTimer()
            timer.setInterval(5)
            timer.timeout.connect(tick)
            timer.start()
            started = time.perf_counter()
            page.import_files(files)
            deadline = time.perf_counter() + 120
            while ((page.job is not None and page.job.running)
                   or page.member_list.count() < len(files)) and time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.001)
            app.processEvents()
            total = time.perf_counter() - started
            timer.stop()
            assert page.member_list.count() == 1000, page.status.text()
            page.close()
            page.deleteLater()
        finally:
            ctx.close()
        ctx = open_workspace(DataPaths(root / "leader"), daily_backup=False)
        try:
            started = time.perf_counter()
            page = TeamPage(PageEnv(ctx, AppEvents(), ConsolePrompts()))
            page.resize(1200, 800)
            page.show()
            app.processEvents()
            opened = time.perf_counter() - started
            page.close()
            page.deleteLater()
        finally:
            ctx.close()
    pause = max(gaps) if gaps else 0.0
    return [
        Figure("team page: import 1,000 plan files with progress", total, "s",
               f"<= {TARGET_TOTAL_S:g} s", total <= TARGET_TOTAL_S),
        Figure("team page: longest pause while importing 1,000", pause, "ms",
               f"<= {TARGET_PAUSE_MS:g} ms", pause <= TARGET_PAUSE_MS,
               "files read in short steps; write and overview on a background thread"),
        Figure("team page: open on 1,000 members", opened, "s", "informative", None),
    ]
