"""The conversation PDF of the demo plan, whole process, against LibreOffice.

Whole process: a new ``python -m pop export-pdf`` (start, open the plan, build, write), from
compiled bytecode like an installed app, median of 5 runs. The comparison converts an
equivalent document (the same parts and text, with tables, as HTML) to PDF with
LibreOffice headless, median of 3 runs after a warm-up that creates its profile.
"""

from __future__ import annotations

import html
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.figures import Figure

ROOT = Path(__file__).resolve().parent.parent
TARGET_S = 1.0
RATIO_TARGET = 0.25


def _timed(args: list[str], env: dict[str, str], cwd: Path = ROOT) -> float:
    started = time.perf_counter()
    subprocess.run(args, cwd=cwd, env=env, capture_output=True, check=True, timeout=300)
    return time.perf_counter() - started


def _table(rows: list[list[str]], head: list[str] | None = None) -> str:
    cells = "".join(f"<th>{html.escape(h)}</th>" for h in head or [])
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>"
                   for row in rows)
    return f"<table border='1' cellpadding='3'>{'<tr>' + cells + '</tr>' if head else ''}" \
           f"{body}</table>"


def _chart_images(pdf: Path, folder: Path) -> list[str]:
    """Pictures of the PDF's chart pages (the T-profile and the mirror), to put the charts
    into the equivalent document as images; none when poppler's pdftoppm is missing."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return []
    subprocess.run([tool, "-png", "-r", "96", "-f", "2", "-l", "4", str(pdf),
                    str(folder / "chart")], check=True, capture_output=True)
    return [p.name for p in sorted(folder.glob("chart-*.png"))]


def _equivalent_html(data: Path, target: Path, images: list[str]) -> None:
    """The demo plan as an HTML document with the same parts as the PDF: cover facts,
    headings, paragraphs, the T-profile as a table, the charts as pictures, the goals with
    their facts and activities, the agreements and a signature table."""
    from pop.context import open_workspace
    from pop.paths import DataPaths
    from pop.report.plan_content import gather

    ctx = open_workspace(DataPaths(data))
    try:
        cycle = ctx.current_cycle()
        assert cycle is not None
        c = gather(ctx, cycle)
    finally:
        ctx.close()
    p, e = c.profile, html.escape
    parts = ["<html><head><meta charset='utf-8'><style>body{font-family:'Noto Sans';"
             "font-size:9.5pt} h1{color:#154273} table{border-collapse:collapse;width:100%}"
             "</style></head><body>",
             f"<h1>Persoonlijk ontwikkelplan {e(cycle.title)}</h1><h2>{e(p.name)}</h2>",
             _table([["Naam", p.name], ["Functie", p.function], ["Team", p.team],
                     ["Werkgever", p.employer], ["Specialisme", p.specialism],
                     ["Teamleider", p.team_leader]])]
    brk = "<h1 style='page-break-before: always'>"
    parts += [f"{brk}Context en ambitie</h1><p>{e(cycle.context)}</p><p>{e(cycle.ambition)}</p>",
              _table([[p.register, p.register_number]])]
    parts.append("<h1>Zelfbeeld: T-profiel</h1>" + _table(
        [[b.label.get("nl"), str(r.level), str(r.target), r.learn_from]
         for b in c.catalogue.blocks if (r := c.knowledge.get(b.id))],
        ["Bouwsteen", "Nu", "Doel", "Leren van"]))
    parts += [f"<p><img src='{name}' width='600'/></p>" for name in images]
    parts.append(f"{brk}Groeimindset</h1>" + _table(
        [[item, str(a.score)] for item, a in c.mindset.items()]))
    parts += [f"<h3>{e(pr.text.get('nl'))}</h3><p>{e(c.reflections[pr.id].text)}</p>"
              for pr in c.catalogue.reflection_prompts
              if pr.id in c.reflections and c.reflections[pr.id].include_in_pdf]
    parts.append("<h1>Leervoorkeuren</h1>" + _table(
        [[pid, str(s.score)] for pid, s in c.preferences.items()]))
    parts.append(f"{brk}Ontwikkeldoelen en leeractiviteiten</h1>")
    for g in c.goals:
        parts.append(f"<h2>{e(g.title)}</h2><p>{e(g.description)}</p>" + _table(
            [["Succescriteria", g.success_criteria], ["Willen", g.willen], ["Kunnen", g.kunnen],
             ["Mogen", g.mogen], ["Tijd", g.support_time], ["Budget", g.support_budget]]))
        parts.append(_table([[a.title, a.type.value, str(a.date), str(a.hours), a.status.value]
                             for a in c.activities_of(g.id)],
                            ["Activiteit", "Soort", "Datum", "Uren", "Status"]))
    parts.append(f"<h1>Mijn bijdrage aan het team</h1><p>{e(cycle.team_contribution)}</p>")
    parts += [f"<h1>Evaluatie</h1><p>{e(ev.text)}</p>" for ev in c.evaluations.values()
              if ev.text]
    parts.append("<h1>Afspraken</h1>" + _table([[a.text, str(a.date)] for a in c.agreements]))
    parts.append("<h1>Ondertekening</h1>" + _table(
        [["Medewerker", p.name, "Datum", "Akkoord / voor gezien"],
         ["Teamleider", p.team_leader, "Datum", "Akkoord / voor gezien"]]))
    parts.append("</body></html>")
    target.write_text("\n".join(parts), encoding="utf-8")


def measure() -> list[Figure]:
    from pop.context import open_workspace
    from pop.demo.generator import create_demo
    from pop.paths import DataPaths

    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiled bytecode: see ``python -m bench``
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = folder / "data"
        ctx = open_workspace(DataPaths(data))
        create_demo(ctx, seed=1)
        ctx.close()
        out = folder / "plan.pdf"
        ours_cmd = [sys.executable, "-m", "pop", "--data-dir", str(data), "export-pdf", "--out",
                    str(out), "--lang", "nl"]
        _timed(ours_cmd, env)
        ours = statistics.median(_timed(ours_cmd, env) for _ in range(5))
        pages = len(__import__("pypdf").PdfReader(out).pages)
        figures = [Figure("conversation PDF of the demo plan, whole process", ours, "s",
                          f"<= {TARGET_S:g} s", ours <= TARGET_S,
                          f"{pages} pages, {out.stat().st_size // 1024} KB")]
        office = shutil.which("soffice") or shutil.which("libreoffice")
        if office is None:
            figures.append(Figure("PDF time against LibreOffice", float("nan"), "x",
                                  f"<= {RATIO_TARGET:g} x LibreOffice", None,
                                  "skipped: LibreOffice is not installed"))
            return figures
        source = folder / "plan.html"
        _equivalent_html(data, source, _chart_images(out, folder))
        profile = (folder / "lo-profile").as_uri()
        lo_cmd = [office, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                  "pdf:writer_web_pdf_Export", "--outdir", str(folder / "lo"), str(source)]
        _timed(lo_cmd, env, folder)
        lo = statistics.median(_timed(lo_cmd, env, folder) for _ in range(3))
        ratio = ours / lo
        figures.append(Figure("PDF time against LibreOffice (same plan as HTML)", ratio, "x",
                              f"<= {RATIO_TARGET:g} x LibreOffice", ratio <= RATIO_TARGET,
                              f"ours {ours * 1000:.0f} ms, LibreOffice {lo * 1000:.0f} ms"))
    return figures
