"""The conversation PDF: sections, values, both languages, private parts absent, hostile texts
printed literally, long texts over pages, no empty pages, atomic writing."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest

from pop.context import AppContext
from pop.domain.cycle import Cycle, SignatureRole, Verdict
from pop.domain.sharing import Section, SharingChoice
from pop.errors import ExportError, InputError
from pop.report.conversation_pdf import build_pdf, export_conversation_pdf
from pop.report.plan_content import PDF_SECTIONS, gather
from tests.hostile_texts import HOSTILE_TEXTS

TODAY = date(2026, 11, 23)


def pages_text(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(BytesIO(data)).pages]


FRAME_LINE = re.compile(
    r"^(Persoonlijk ontwikkelplan|Personal development plan) · |· (vertrouwelijk|confidential)$|"
    r"^Spiegelplan · |^(Pagina|Page) \d+ (van|of) \d+$")


def body_text(data: bytes) -> str:
    """The text of every page without the running header and the footer."""
    return "\n".join(line for page in pages_text(data) for line in page.splitlines()
                     if not FRAME_LINE.search(line.strip()))


def squash(text: str) -> str:
    """Text without any whitespace (line breaks fall anywhere in a PDF)."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from pop.context import open_workspace
    from pop.demo.generator import create_demo
    from pop.paths import DataPaths

    ctx = open_workspace(DataPaths(tmp_path_factory.mktemp("demo") / "data"))
    create_demo(ctx, seed=1)
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def demo_pdfs(demo: AppContext) -> dict[str, bytes]:
    cycle = demo.current_cycle()
    assert cycle is not None
    content = gather(demo, cycle)
    return {lang: build_pdf(content, PDF_SECTIONS, lang, TODAY) for lang in ("nl", "en")}


@pytest.mark.parametrize(("lang", "headings", "page_word", "confidential"), [
    ("nl", ["Context en ambitie", "Zelfbeeld: T-profiel", "Spiegel: 360°-feedback",
            "Johari-kwadranten", "Groeimindset", "Leervoorkeuren",
            "Ontwikkeldoelen en leeractiviteiten", "Mijn bijdrage aan het team",
            "Afspraken", "Ondertekening", "Voor gezien", "Akkoord"], "Pagina", "Vertrouwelijk"),
    ("en", ["Context and ambition", "Self-image: T-profile", "Mirror: 360° feedback",
            "Johari quadrants", "Growth mindset",
            "Learning preferences", "Development goals and activities", "What I offer the team",
            "Agreements", "Signatures", "Seen", "Agreed"], "Page", "Confidential"),
])
def test_demo_pdf_has_every_section_and_value(demo: AppContext, demo_pdfs: dict[str, bytes],
                                              lang: str, headings: list[str], page_word: str,
                                              confidential: str) -> None:
    pages = pages_text(demo_pdfs[lang])
    whole = squash("\n".join(pages))
    for heading in headings:
        assert squash(heading) in whole, heading
    profile = demo.profile.get()
    cycle = demo.current_cycle()
    assert cycle is not None
    for value in (profile.name, profile.function, profile.team, profile.team_leader,
                  profile.register_number, cycle.title, cycle.context, cycle.ambition,
                  cycle.team_contribution):
        assert squash(value) in whole, value
    for goal in demo.goals.for_cycle(cycle.id):
        assert squash(goal.title) in whole
        assert squash(goal.willen) in whole
    for agreement in demo.agreements.for_cycle(cycle.id):
        assert squash(agreement.text) in whole
    assert squash(confidential) in whole
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        assert squash(f"{page_word} {number} {'van' if lang == 'nl' else 'of'} {total}") in \
            squash(page)


def test_both_languages_share_one_fingerprint(demo_pdfs: dict[str, bytes]) -> None:
    codes = {lang: re.findall(r"[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}",
                              "\n".join(pages_text(data)))
             for lang, data in demo_pdfs.items()}
    assert codes["nl"] and set(codes["nl"]) == set(codes["en"])
    assert len(set(codes["nl"])) == 1


def test_no_empty_pages(demo_pdfs: dict[str, bytes]) -> None:
    for data in demo_pdfs.values():
        for page in pages_text(data)[1:]:
            lines = [ln for ln in page.splitlines() if ln.strip()]
            body = [ln for ln in lines if not re.search(
                r"Persoonlijk ontwikkelplan|Personal development plan|Planperiode|Plan period|"
                r"Spiegelplan|Pagina|Page", ln)]
            assert len(body) >= 3, page


def test_private_parts_never_printed(demo: AppContext, demo_pdfs: dict[str, bytes]) -> None:
    cycle = demo.current_cycle()
    assert cycle is not None
    whole = squash("\n".join(pages_text(demo_pdfs["nl"])))
    for entry in demo.journal.all():
        for value in (entry.reflection, entry.experience, entry.insight):
            if len(value) > 25:
                assert squash(value) not in whole
    for reflection in demo.assessments.reflections(cycle.id).values():
        if reflection.text.strip():
            assert (squash(reflection.text) in whole) == reflection.include_in_pdf


def test_chosen_sections_only(demo: AppContext) -> None:
    cycle = demo.current_cycle()
    assert cycle is not None
    content = gather(demo, cycle)
    data = build_pdf(content, (Section.GOALS,), "en", TODAY)
    whole = squash("\n".join(pages_text(data)))
    assert squash("Development goals and activities") in whole
    assert squash(cycle.context) not in whole
    assert squash("Growth mindset") not in whole
    assert squash("Signatures") in whole  # the signature block is always there


def test_sections_default_to_sharing_choices(demo: AppContext, tmp_path: Path) -> None:
    demo.sharing.save(SharingChoice(Section.CONTEXT, in_pdf=False, with_leader=True))
    try:
        result = export_conversation_pdf(demo, tmp_path / "plan.pdf", lang="en", today=TODAY)
    finally:
        demo.sharing.save(SharingChoice(Section.CONTEXT, in_pdf=True, with_leader=True))
    assert Section.CONTEXT not in result.sections and Section.GOALS in result.sections
    cycle = demo.current_cycle()
    assert cycle is not None
    assert squash(cycle.context) not in squash("\n".join(pages_text(result.path.read_bytes())))


def test_journal_can_never_be_chosen(demo: AppContext, tmp_path: Path) -> None:
    with pytest.raises(InputError):
        export_conversation_pdf(demo, tmp_path / "x.pdf", sections=[Section.JOURNAL])
    assert not (tmp_path / "x.pdf").exists()


def _hostile_plan(ctx: AppContext, cycle: Cycle) -> None:
    cycle.context = "\n\n".join(HOSTILE_TEXTS[:-2])
    cycle.ambition = HOSTILE_TEXTS[-2]  # 20,000 characters without a space
    cycle.team_contribution = HOSTILE_TEXTS[-1]  # 20,000 characters of words
    ctx.cycles.save(cycle)
    for text in HOSTILE_TEXTS[:12]:
        goal = ctx.goals.add(cycle.id, text)
        goal.description = text
        goal.willen = text
        ctx.goals.save(goal)
        ctx.activities.add(cycle.id, text, goal_id=goal.id)
        ctx.agreements.add(cycle.id, text)
    profile = ctx.profile.get()
    profile.function = HOSTILE_TEXTS[3]
    profile.team = HOSTILE_TEXTS[10]
    ctx.profile.save(profile)


LITERAL = [t for t in HOSTILE_TEXTS if not re.search(
    r"[\u0590-\u06ff\U0001F000-\U0001FFFF\u0300-\u036f]", t)]
# Hebrew and Arabic print with their letters (Arabic joined: NFKC folds the forms back), but
# pypdf returns the words in display order, right to left: compared word by word.
RIGHT_TO_LEFT = [t for t in HOSTILE_TEXTS if re.search(r"[\u0590-\u06ff]", t)]


def test_hostile_texts_print_literally(ctx: AppContext, cycle: Cycle, tmp_path: Path) -> None:
    _hostile_plan(ctx, cycle)
    result = export_conversation_pdf(ctx, tmp_path / "hostile.pdf", lang="nl", today=TODAY)
    data = result.path.read_bytes()
    pages = pages_text(data)
    whole = squash(body_text(data))
    for text in LITERAL:
        assert squash(text) in whole, text[:60]
    lines = [unicodedata.normalize("NFKC", line) for line in body_text(data).splitlines()]
    for text in RIGHT_TO_LEFT:
        line = next(line for line in lines if text.split()[0] in line)
        rtl = [word for word in text.split() if re.search(r"[\u0590-\u06ff]", word)]
        assert "\ufffd" not in line and set(text.split()) <= set(line.split()), line
        assert [word for word in line.split() if word in rtl] == rtl[::-1], line
    assert squash(" emoji ") in whole and squash("met huidskleur") in whole  # no crash
    assert len(pages) > 8  # the long texts flowed over pages


def test_markup_is_never_interpreted(ctx: AppContext, cycle: Cycle, tmp_path: Path) -> None:
    from pypdf import PdfReader

    _hostile_plan(ctx, cycle)
    result = export_conversation_pdf(ctx, tmp_path / "hostile.pdf", lang="en", today=TODAY)
    reader = PdfReader(result.path)
    for page in reader.pages:
        assert "/Annots" not in page  # no links injected
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        assert not any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values())
    fonts = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert all("NotoSans" in name for name in fonts), fonts  # no font switched by a user


def test_an_existing_file_survives_a_failed_export(ctx: AppContext, cycle: Cycle,
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "plan.pdf"
    target.write_bytes(b"the earlier PDF")

    def broken(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("layout failed halfway")

    monkeypatch.setattr("pop.report.template.render", broken)
    with pytest.raises(RuntimeError):
        export_conversation_pdf(ctx, target)
    assert target.read_bytes() == b"the earlier PDF"
    assert [p.name for p in out.iterdir()] == ["plan.pdf"]


def test_a_failed_replace_keeps_the_old_file(ctx: AppContext, cycle: Cycle, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "plan.pdf"
    target.write_bytes(b"the earlier PDF")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(13, "file is open in a viewer")

    monkeypatch.setattr("pop.atomic.os.replace", locked)
    with pytest.raises(ExportError):
        export_conversation_pdf(ctx, target)
    assert target.read_bytes() == b"the earlier PDF"
    assert [p.name for p in out.iterdir()] == ["plan.pdf"]


def test_signatures_are_bound_to_the_content(ctx: AppContext, cycle: Cycle,
                                             tmp_path: Path) -> None:
    from pop.services.signing import current_fingerprint, sign

    sign(ctx, cycle.id, SignatureRole.EMPLOYEE, "Sanne de Vries", date(2026, 3, 21))
    sign(ctx, cycle.id, SignatureRole.LEADER, "Rob Verbeek", date(2026, 3, 22), Verdict.SEEN)
    stored = ctx.cycles.signatures(cycle.id)
    assert {s.fingerprint for s in stored} == {current_fingerprint(ctx, cycle.id)}
    text = squash("\n".join(pages_text(export_conversation_pdf(
        ctx, tmp_path / "a.pdf", lang="en").path.read_bytes())))
    assert squash("Sanne de Vries") in text and squash("22 March 2026") in text
    assert squash("signed this same content") in text
    ctx.goals.add(cycle.id, "A goal added after signing")
    text = squash("\n".join(pages_text(export_conversation_pdf(
        ctx, tmp_path / "b.pdf", lang="en").path.read_bytes())))
    assert squash("the plan has changed since") in text


def test_fingerprint_follows_content_not_form(ctx: AppContext, cycle: Cycle) -> None:
    from pop.report.fingerprint import fingerprint

    first = fingerprint(gather(ctx, cycle))
    assert re.fullmatch(r"([0-9A-F]{4} ){3}[0-9A-F]{4}", first)
    ctx.sharing.save(SharingChoice(Section.GOALS, in_pdf=False, with_leader=False))
    assert fingerprint(gather(ctx, cycle)) == first
    cycle.ambition = "Meer aan de voorkant werken."
    ctx.cycles.save(cycle)
    assert fingerprint(gather(ctx, cycle)) != first


def test_sign_refuses_an_empty_name(ctx: AppContext, cycle: Cycle) -> None:
    from pop.services.signing import sign

    with pytest.raises(InputError):
        sign(ctx, cycle.id, SignatureRole.EMPLOYEE, "   ", None)
    assert ctx.cycles.signatures(cycle.id) == []


def test_empty_plan_exports(ctx: AppContext, cycle: Cycle, tmp_path: Path) -> None:
    result = export_conversation_pdf(ctx, tmp_path / "empty.pdf", lang="nl")
    text = "\n".join(pages_text(result.path.read_bytes()))
    assert "Nog niet ingevuld" in text
    assert "Sanne de Vries" in text


def test_reportlab_never_fetches_urls() -> None:
    from reportlab import rl_config

    assert rl_config.trustedHosts in (None, [])


def test_mirror_respects_the_anonymity_rules(demo: AppContext, demo_pdfs: dict[str, bytes]
                                             ) -> None:
    from pop.mirror.load import cycle_mirror
    from pop.mirror.model import RaterGroup
    from pop.storage.feedback_repo import FeedbackRepository

    cycle = demo.current_cycle()
    assert cycle is not None
    mirror = cycle_mirror(demo, cycle.id)
    assert mirror.round is not None and mirror.analysis.suppressed  # the demo has one
    data = build_pdf(gather(demo, cycle), (Section.MIRROR,), "en", TODAY)
    text = body_text(data)
    whole = squash(text)
    assert squash("Mirror: 360° feedback") in whole
    responses = FeedbackRepository(demo.db).responses(mirror.round.id)
    suppressed = set(mirror.analysis.suppressed)
    for response in responses:
        for comment in response.comments.values():
            if not comment.strip():
                continue
            chosen = any(c.in_pdf and c.text == comment for c in mirror.analysis.comments)
            if RaterGroup(response.group) in suppressed:
                assert squash(comment) not in whole  # a small group is never quoted
            else:
                assert (squash(comment) in whole) == chosen  # only what the owner chose
    for group in suppressed:
        # the name appears once, in the note that explains why it is missing
        assert text.count(group.label) == 1
        assert squash(f"{group.label} (") not in whole  # no count of its raters
    for summary in mirror.analysis.groups:
        assert squash(summary.label) in whole


def test_mirror_left_out_when_not_chosen(demo: AppContext) -> None:
    cycle = demo.current_cycle()
    assert cycle is not None
    sections = tuple(s for s in PDF_SECTIONS if s is not Section.MIRROR)
    whole = squash(body_text(build_pdf(gather(demo, cycle), sections, "en", TODAY)))
    assert squash("Johari") not in whole and squash("Mirror: 360° feedback") not in whole


@pytest.mark.parametrize(("text", "shown"), [
    ("👩🏽\u200d💻 werkt", "\ufffd werkt"),  # one emoji sequence, one mark
    ("👍🎯", "\ufffd\ufffd"),
    ("❤\ufe0f hart", "\ufffd hart"),
    ("a\u200db", "a\u200db"),  # a joiner between letters stays
    ("Zoë ĳ € „x”", "Zoë ĳ € „x”"),
])
def test_glyphs_the_font_lacks_become_one_visible_mark(text: str, shown: str) -> None:
    from pop.report.fonts import printable

    assert printable(text) == shown


def test_client_data_is_found_only_in_printed_sections(ctx: AppContext, cycle: Cycle) -> None:
    from pop.report.privacy_check import client_data_findings

    ctx.agreements.add(cycle.id, "Mevrouw woont op Kerkstraat 12, BSN 111222333.")
    content = gather(ctx, cycle)
    found = client_data_findings(content, [Section.AGREEMENTS])
    assert {f.kind.value for f in found} == {"address", "bsn"}
    assert all("Agreement 1" in f.message for f in found)
    assert client_data_findings(content, [Section.GOALS, Section.CONTEXT]) == []


def _layout(content, sections, lang: str, monkeypatch: pytest.MonkeyPatch
            ) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    log: list[tuple[int, str]] = []
    monkeypatch.setattr("pop.report.template.LAYOUT_LOG", log)
    build_pdf(content, sections, lang, TODAY)
    return log


NOT_CONTENT = {"Spacer", "_FrameBreak", "FrameBreak", "PageBreak", "LCActionFlowable",
               "CondPageBreak", "NullActionFlowable"}


def _no_heading_last_and_no_empty_page(log: list[tuple[int, str]]) -> None:
    content = [(page, what) for page, what in log if what not in NOT_CONTENT]
    pages = sorted({page for page, _what in content})
    assert pages == list(range(1, pages[-1] + 1))  # every page holds something
    for page in pages:
        placed = [what for p, what in content if p == page]
        assert placed[-1] not in ("h1", "h2", "h2_table", "h3"), (page, placed[-3:])


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_heading_alone_at_a_page_bottom(demo: AppContext, lang: str,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    cycle = demo.current_cycle()
    assert cycle is not None
    content = gather(demo, cycle)
    for sections in (PDF_SECTIONS, PDF_SECTIONS[3:], (Section.GOALS, Section.AGREEMENTS)):
        _no_heading_last_and_no_empty_page(_layout(content, sections, lang, monkeypatch))


def test_hostile_plan_lays_out_cleanly(ctx: AppContext, cycle: Cycle,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _hostile_plan(ctx, cycle)
    log = _layout(gather(ctx, cycle), PDF_SECTIONS, "nl", monkeypatch)
    _no_heading_last_and_no_empty_page(log)


def test_both_agreeing_makes_a_discussed_plan_agreed(ctx: AppContext, cycle: Cycle) -> None:
    from pop.domain.cycle import CycleStatus
    from pop.services.cycles import change_status
    from pop.services.signing import sign

    change_status(ctx, cycle.id, CycleStatus.DISCUSSED)
    sign(ctx, cycle.id, SignatureRole.EMPLOYEE, "Sanne de Vries", date(2026, 3, 21))
    assert ctx.cycles.get(cycle.id).status is CycleStatus.DISCUSSED
    sign(ctx, cycle.id, SignatureRole.LEADER, "Rob Verbeek", date(2026, 3, 21), Verdict.SEEN)
    assert ctx.cycles.get(cycle.id).status is CycleStatus.DISCUSSED  # "seen" is not agreeing
    sign(ctx, cycle.id, SignatureRole.LEADER, "Rob Verbeek", date(2026, 3, 22))
    assert ctx.cycles.get(cycle.id).status is CycleStatus.AGREED


@pytest.mark.parametrize("seed", [2, 3])
def test_other_demo_people_lay_out_cleanly(tmp_path: Path, seed: int,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from pop.context import open_workspace
    from pop.demo.generator import create_demo
    from pop.paths import DataPaths

    other = open_workspace(DataPaths(tmp_path / "data"))
    try:
        create_demo(other, seed=seed)
        cycle = other.current_cycle()
        assert cycle is not None
        content = gather(other, cycle)
    finally:
        other.close()
    for lang in ("nl", "en"):
        _no_heading_last_and_no_empty_page(_layout(content, PDF_SECTIONS, lang, monkeypatch))


def test_outline_points_at_each_section(demo_pdfs: dict[str, bytes]) -> None:
    from pypdf import PdfReader

    reader = PdfReader(BytesIO(demo_pdfs["en"]))
    top = [item for item in reader.outline if not isinstance(item, list)]
    titles = [item.title for item in top]
    assert titles[0] == "1 Context and ambition" and titles[-1].endswith("Signatures")
    for item in top:
        page = reader.pages[reader.get_destination_page_number(item)]
        assert squash(item.title.split(" ", 1)[1]) in squash(page.extract_text())
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert PdfReader(BytesIO(demo_pdfs["nl"])).trailer["/Root"]["/Lang"] == "nl-NL"


def test_fingerprint_ignores_empty_fields(ctx: AppContext, cycle: Cycle) -> None:
    """A field a later version adds (empty in an old plan) does not change the fingerprint."""
    from pop.report.fingerprint import content_document

    document = content_document(gather(ctx, cycle))
    assert "ambition" not in document["cycle"]  # empty: left out
    cycle.ambition = "Meer aan de voorkant werken."
    ctx.cycles.save(cycle)
    assert content_document(gather(ctx, cycle))["cycle"]["ambition"] == cycle.ambition
