"""Read a plan bundle from outside, checking everything before anything is used.

Checks, each with its own clear message: the file's size, that it is a zip, exactly the
expected members (no paths outside the bundle, no duplicates, no extra files), member sizes
and compression ratio (zip bombs), strict JSON (no NaN, no duplicate keys, no lone
surrogates, no deep nesting), the format name and version, the password, the checksum and
then every field of the plan (:func:`pop.exchange.shared_plan_read.from_dict`). Attachments last:
each one the plan lists must be there and no other, within the size limits, with the size and
SHA-256 the plan gives. Their names are only shown, never used as paths.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pop import strict_json
from pop.errors import ImportRejected
from pop.exchange import bundle_format as fmt
from pop.exchange.shared_plan import SharedPlan
from pop.exchange.shared_plan_read import from_dict
from pop.i18n import _


@dataclass(frozen=True, slots=True)
class ReadBundle:
    """A checked bundle: the plan, its checksum and whether it was protected."""

    plan: SharedPlan
    checksum: str
    protected: bool
    source: str
    plan_json: str = ""  # the checked plan as compact JSON, ready to store
    attachments: dict[str, bytes] = field(default_factory=dict)  # file -> checked bytes


def _refuse(name: str, problem: str) -> ImportRejected:
    return ImportRejected(_("{file} cannot be imported: {problem} Nothing was imported.").format(
        file=name, problem=problem))


def read_bundle(path: str | Path, password: str | None = None) -> ReadBundle:
    """Read and check the bundle at ``path``."""
    file = Path(path)
    name = file.name
    try:
        size = file.stat().st_size
        if size > fmt.MAX_FILE_BYTES:
            raise _refuse(name, _("the file is larger than {mb} MB, so it is not a plan file.")
                          .format(mb=fmt.MAX_FILE_BYTES // (1024 * 1024)))
        with file.open("rb") as handle:
            data = handle.read(fmt.MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise _refuse(name, _("the file does not exist.")) from None
    except IsADirectoryError:
        raise _refuse(name, _("this is a folder, not a plan file.")) from None
    except OSError as exc:
        raise _refuse(name, _("the file could not be read ({reason}).").format(
            reason=exc.strerror or exc)) from None
    return read_bundle_bytes(data, name, password)


def read_bundle_bytes(data: bytes, name: str = "plan file",
                      password: str | None = None) -> ReadBundle:
    """Read and check a bundle held in memory."""
    if len(data) > fmt.MAX_FILE_BYTES:
        raise _refuse(name, _("the file is too large to be a plan file."))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise _refuse(name, _("it is not a Spiegelplan plan file, or it is damaged.")) from None
    with archive:
        members = _check_members(archive, name)
        manifest = _json(_member(archive, members[fmt.MANIFEST], name, fmt.MAX_MANIFEST_BYTES),
                         name, fmt.MANIFEST)
        protected = _check_manifest(manifest, name)
        plan_member = fmt.PLAN_PROTECTED if protected else fmt.PLAN
        if plan_member not in members:
            raise _refuse(name, _("the plan is missing from the file."))
        body = _member(archive, members[plan_member], name, fmt.MAX_MEMBER_BYTES)
        raw = _attachment_members(archive, members, name, protected)
    opener: fmt.Opener | None = None
    if protected:
        if not password:
            raise ImportRejected(_(
                "{file} is protected with a password. Give the password the sender gave you "
                "(in the app: the password field; on the command line: --password-file) and "
                "try again. Nothing was imported.").format(file=name))
        opener = fmt.Opener(password, manifest.get("protection"), name)
        body = opener.open_plan(body)
    found = fmt.checksum(body)
    if found != manifest.get("checksum"):
        raise _refuse(name, _("its content does not match its checksum: the file was changed "
                              "or damaged on the way. Ask for a new plan file."))
    data = _json(body, name, fmt.PLAN)
    plan = from_dict(data)
    attachments = _check_attachments(plan, raw, opener, name)
    compact = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return ReadBundle(plan, found, protected, name, compact, attachments)


def _attachment_members(archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo],
                        name: str, protected: bool) -> dict[str, bytes]:
    """The attachment members' bytes as stored (sealed when protected), within the limits."""
    infos = [info for member, info in members.items() if fmt.is_attachment_member(member)]
    overhead = fmt.SEAL_OVERHEAD if protected else 0
    if sum(info.file_size for info in infos) > fmt.MAX_ATTACHMENTS_TOTAL + overhead * len(
            infos):
        raise _refuse(name, _("its attachments together are larger than {mb} MB.").format(
            mb=fmt.MAX_ATTACHMENTS_TOTAL // (1024 * 1024)))
    return {info.filename: _member(archive, info, name, fmt.MAX_ATTACHMENT_BYTES + overhead)
            for info in infos}


def _check_attachments(plan: SharedPlan, raw: dict[str, bytes], opener: fmt.Opener | None,
                       name: str) -> dict[str, bytes]:
    """Every listed attachment present and intact, nothing unlisted."""
    listed = {f.file: f for _goal, _activity, f in plan.attachments()}
    for member in sorted(raw):
        if member not in listed:
            raise _refuse(name, _("it holds an unexpected file ({member}).").format(
                member=member))
    result: dict[str, bytes] = {}
    for member, attachment in listed.items():
        if member not in raw:
            raise _refuse(name, _("the attachment {attachment} is missing from it.").format(
                attachment=attachment.name[:80]))
        data = raw[member] if opener is None else opener.open_attachment(raw[member], member)
        if len(data) != attachment.size or fmt.sha256(data) != attachment.sha256:
            raise _refuse(name, _("the attachment {attachment} does not match its checksum: "
                                  "the file was changed or damaged on the way. Ask for a new "
                                  "plan file.").format(attachment=attachment.name[:80]))
        result[member] = data
    return result


def _check_members(archive: zipfile.ZipFile, name: str) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    too_many = _refuse(name, _("it holds more files than a plan file may."))
    if len(infos) > fmt.MAX_MEMBERS + fmt.MAX_ATTACHMENTS:
        raise too_many
    allowed = (fmt.MANIFEST, fmt.PLAN, fmt.PLAN_PROTECTED)
    members: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        member = info.filename
        if fmt.is_attachment_member(member):
            pass  # attachments/<n>: the one folder a plan file has
        elif (member.startswith(("/", "\\")) or ".." in member or ":" in member
                or "\\" in member or "/" in member):
            raise _refuse(name, _("it holds a path outside the plan file ({member}).").format(
                member=member[:80]))
        elif member not in allowed:
            raise _refuse(name, _("it holds an unexpected file ({member}).").format(
                member=member[:80]))
        if member in members:
            raise _refuse(name, _("it holds {member} twice.").format(member=member))
        if info.flag_bits & 0x1:
            raise _refuse(name, _("it uses zip encryption, which plan files never do."))
        members[member] = info
    attached = sum(1 for member in members if fmt.is_attachment_member(member))
    if len(members) - attached > fmt.MAX_MEMBERS or attached > fmt.MAX_ATTACHMENTS:
        raise too_many
    if fmt.MANIFEST not in members:
        raise _refuse(name, _("it is not a Spiegelplan plan file (the description is missing)."))
    return members


def _member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, cap: int) -> bytes:
    too_big = _refuse(name, _("a part of it is too large (perhaps a zip bomb)."))
    if info.file_size > cap:
        raise too_big
    if info.compress_size and info.file_size / info.compress_size > fmt.MAX_RATIO:
        raise too_big
    try:
        with archive.open(info) as handle:
            data = handle.read(cap + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError,
            NotImplementedError):
        raise _refuse(name, _("it is damaged.")) from None
    except Exception as exc:  # zlib.error and friends from a broken stream
        if type(exc).__module__ in ("zlib", "zipfile") or exc.__class__.__name__ == "error":
            raise _refuse(name, _("it is damaged.")) from None
        raise
    if len(data) > cap or len(data) > max(info.compress_size, 1) * fmt.MAX_RATIO + 1024:
        raise too_big
    return data


def _json(data: bytes, name: str, member: str) -> Any:
    try:
        return strict_json.loads(data)
    except ValueError as exc:
        raise _refuse(name, _("{member} is not valid: {reason}.").format(
            member=member, reason=exc)) from None


def _check_manifest(manifest: Any, name: str) -> bool:
    if not isinstance(manifest, dict) or manifest.get("format") != fmt.FORMAT:
        raise _refuse(name, _("it is not a Spiegelplan plan file."))
    allowed = {"format", "format_version", "app_version", "created", "checksum", "protection"}
    unknown = [key for key in manifest if key not in allowed]
    if unknown:
        raise _refuse(name, _("its description holds an unknown field ({key}).").format(
            key=str(unknown[0])[:40]))
    version = manifest.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _refuse(name, _("its format version is not readable."))
    if version > fmt.FORMAT_VERSION:
        raise _refuse(name, _("it was made by a newer version of Spiegelplan (format {found}; "
                              "this version reads up to {known}). Install the newest "
                              "Spiegelplan.").format(found=version, known=fmt.FORMAT_VERSION))
    if not isinstance(manifest.get("checksum"), str):
        raise _refuse(name, _("its checksum is missing."))
    return manifest.get("protection") is not None
