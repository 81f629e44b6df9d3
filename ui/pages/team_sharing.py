"""The professional's side of the team page: share your own plan with your team leader (what
leaves the laptop is shown first, and checked for client data), and add the agreements the
team leader sends back."""

from __future__ import annotations

from pop.errors import PopError
from pop.exchange.shared_plan import SharedPlan
from pop.i18n import _
from ui.events import PLAN
from ui.pages.base import Page


def share_plan(page: Page) -> None:
    """Show what leaves the laptop, check for client data, then write the plan file."""
    from pop.exchange.bundle_attachments import collect_bundle
    from pop.exchange.bundle_write import write_bundle
    from pop.exchange.plan_collect import collect
    from ui.dialogs import share_dialog

    try:
        plan = collect(page.ctx)
    except PopError as exc:
        page.env.prompts.error(page, exc.message)
        return
    request = share_dialog.ask(page, page.ctx, plan)
    if request is None:
        return
    suggested = _("plan {name}").format(name=plan.member.name) + ".pop"
    path = page.env.prompts.save_file(page, _("Save plan file"), suggested,
                                      _("Plan files (*.pop)"))
    if path is None:
        return
    if path.suffix != ".pop":
        path = path.with_name(path.name + ".pop")
    try:
        if request.evidence_ids:  # the same plan, now with the documents that were ticked
            bundle = collect_bundle(page.ctx, now=request.plan.exported_at,
                                    evidence_ids=request.evidence_ids)
            if not _names_confirmed(page, bundle.plan):
                return
            write_bundle(bundle.plan, path, request.password, bundle.attachments)
        else:
            write_bundle(request.plan, path, request.password)
    except PopError as exc:
        page.env.prompts.error(page, exc.message)
        return
    page.env.prompts.info(page, _(
        "Your plan file is saved as {file}. Send it to your team leader.").format(
            file=path.name))


def _names_confirmed(page: Page, plan: SharedPlan) -> bool:
    """Ask before sending documents whose names look like client data."""
    from pop.privacy.client_data import scan

    findings = scan([(_("Document name"), f.name) for _g, _a, f in plan.attachments()])
    if not findings:
        return True
    return page.env.prompts.confirm(page, _(
        "These document names look like client data:\n{found}\nSend them anyway? If not, "
        "nothing is saved: share again and leave these documents unticked.").format(
            found="\n".join(f"\u2022 {f.message}" for f in findings[:8])),
        _("Send anyway"))


def add_leader_agreements(page: Page) -> None:
    """Add the agreements file from the team leader to this plan."""
    from pop.exchange.agreements_file import import_agreements

    path = page.env.prompts.open_file(page, _("Agreements from your team leader"),
                                      _("Agreements files (*.popa)"))
    if path is None:
        return
    try:
        added = import_agreements(page.ctx, path)
    except PopError as exc:
        page.env.prompts.error(page, exc.message)
        return
    page.announce(PLAN)
    page.env.prompts.info(page, _(
        "{n} agreements from your team leader were added to your plan.").format(n=added))
