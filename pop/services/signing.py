"""Signing a plan: "akkoord" or "voor gezien", with names and dates, bound to the content.

A signature records the content fingerprint of the plan as it was when signed, so a later
PDF can say whether it still shows the signed version. When both the employee and the team
leader signed "akkoord" for the same content, a discussed plan becomes agreed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pop.context import AppContext
from pop.domain.cycle import CycleStatus, Signature, SignatureRole, Verdict
from pop.errors import InputError
from pop.i18n import _
from pop.report.fingerprint import fingerprint
from pop.report.plan_content import gather, resolve_cycle

MAX_NAME = 120


@dataclass(frozen=True, slots=True)
class SignatureCheck:
    """A recorded signature and whether the plan still has the content it signed."""

    signature: Signature
    current: bool


def current_fingerprint(ctx: AppContext, cycle_id: int | None = None) -> str:
    """The fingerprint of the plan period's content as it is now."""
    cycle = resolve_cycle(ctx, cycle_id)
    return fingerprint(gather(ctx, cycle))


def sign(ctx: AppContext, cycle_id: int, role: SignatureRole, name: str, on: date | None,
         verdict: Verdict = Verdict.AGREED) -> Signature:
    """Record a signature for the content as it is now (replaces an earlier one of ``role``)."""
    clean = " ".join(name.split())
    if not clean:
        raise InputError(_("Fill in the name of the person who signs."))
    if len(clean) > MAX_NAME:
        raise InputError(_("A name can be at most {count} characters.").format(count=MAX_NAME))
    signature = Signature(cycle_id, SignatureRole(role), clean, on or date.today(),
                          Verdict(verdict), current_fingerprint(ctx, cycle_id))
    with ctx.db.transaction():
        ctx.cycles.save_signature(signature)
        _agreed_when_both_agree(ctx, cycle_id, signature.fingerprint)
    return signature


def _agreed_when_both_agree(ctx: AppContext, cycle_id: int, code: str) -> None:
    """A discussed plan that both have signed "akkoord" (for this content) is agreed."""
    signed = ctx.cycles.signatures(cycle_id)
    both = {s.role for s in signed if s.verdict is Verdict.AGREED and s.fingerprint == code}
    cycle = ctx.cycles.get(cycle_id)
    if both == set(SignatureRole) and cycle is not None and \
            cycle.status is CycleStatus.DISCUSSED:
        ctx.cycles.set_status(cycle_id, CycleStatus.AGREED)


def check_signatures(signatures: list[Signature], fingerprint_now: str) -> list[SignatureCheck]:
    """Each signature with whether the content is still the version that was signed."""
    return [SignatureCheck(s, s.fingerprint == fingerprint_now) for s in signatures]
