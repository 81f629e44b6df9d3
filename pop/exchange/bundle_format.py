"""The plan bundle's fixed names, limits and password protection (scrypt + AES-GCM).

A bundle (``.pop``) is a zip with ``manifest.json`` (format name and version, app version,
created, the plan's SHA-256 checksum and, when protected, the key derivation and cipher
parameters), the plan as JSON (``plan.json``, or ``plan.json.enc`` when protected with a
password) and, only when the owner chose to share them, evidence attachments: one member per
file, ``attachments/<n>``. The plan lists each attachment (name, size, SHA-256, media type)
under its activity, so the plan's checksum covers the attachments too. With a password every
attachment is sealed like the plan, with the same key and its own nonce
(``nonce + ciphertext``, the member name bound in as associated data).

Format version 1 is a bundle without attachments; a bundle with attachments is version 2, so
an older Spiegelplan says "made by a newer version" instead of "unexpected file".
"""

from __future__ import annotations

import base64
import hashlib
import re

from pop.domain.evidence import MAX_EVIDENCE_BYTES
from pop.errors import ImportRejected
from pop.i18n import _

FORMAT = "spiegelplan-plan"
FORMAT_VERSION = 2
PLAIN_FORMAT_VERSION = 1  # what a bundle without attachments is written as
SUFFIX = ".pop"
MANIFEST = "manifest.json"
PLAN = "plan.json"
PLAN_PROTECTED = "plan.json.enc"
ATTACHMENT_FOLDER = "attachments/"
ATTACHMENT_MEMBER = re.compile(r"attachments/[1-9][0-9]{0,3}")

MAX_ATTACHMENTS = 100
MAX_ATTACHMENT_BYTES = MAX_EVIDENCE_BYTES  # the evidence page's limit per file
MAX_ATTACHMENTS_TOTAL = 50 * 1024 * 1024
MAX_MEMBER_BYTES = 5 * 1024 * 1024
MAX_MANIFEST_BYTES = 16 * 1024
MAX_FILE_BYTES = MAX_MEMBER_BYTES + MAX_ATTACHMENTS_TOTAL + 5 * 1024 * 1024
MAX_MEMBERS = 2  # manifest and plan; attachments are counted apart
MAX_RATIO = 100
SEAL_OVERHEAD = 12 + 16  # nonce and tag of a sealed attachment

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
SCRYPT_N_RANGE = (2**14, 2**20)
AAD = b"spiegelplan-plan/1"
MIN_PASSWORD = 8


def attachment_member(number: int) -> str:
    """The zip member of attachment ``number`` (1, 2, ...)."""
    return f"{ATTACHMENT_FOLDER}{number}"


def is_attachment_member(name: str) -> bool:
    """True for ``attachments/<n>`` exactly."""
    return ATTACHMENT_MEMBER.fullmatch(name) is not None


def sha256(data: bytes) -> str:
    """An attachment's SHA-256 as lowercase hex."""
    return hashlib.sha256(data).hexdigest()


def checksum(data: bytes) -> str:
    """The content checksum as written in the manifest."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


def b64(data: bytes) -> str:
    """Bytes as base64 text."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, what: str) -> bytes:
    """Base64 text back to bytes, or a clear refusal."""
    if not isinstance(text, str) or len(text) > 200:
        raise ImportRejected(what)
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise ImportRejected(what) from None


def derive_key(password: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R,
               p: int = SCRYPT_P) -> bytes:
    """A 256-bit key from the password (scrypt)."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(password.encode("utf-8"))


class Sealer:
    """Seals the plan and its attachments with one password-derived key."""

    def __init__(self, password: str) -> None:
        import os

        if len(password) < MIN_PASSWORD:
            from pop.errors import InputError

            raise InputError(_("Choose a password of at least {n} characters.").format(
                n=MIN_PASSWORD))
        self._salt = os.urandom(16)
        self._key = derive_key(password, self._salt)

    def seal_plan(self, data: bytes) -> tuple[bytes, dict[str, object]]:
        """The sealed plan and the manifest's protection entry."""
        import os

        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = os.urandom(12)
        sealed = AESGCM(self._key).encrypt(nonce, data, AAD)
        return sealed, {"kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
                        "salt": b64(self._salt), "cipher": "AES-256-GCM", "nonce": b64(nonce)}

    def seal_attachment(self, data: bytes, member: str) -> bytes:
        """``nonce + ciphertext`` of one attachment (its member name bound in)."""
        import os

        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = os.urandom(12)
        return nonce + AESGCM(self._key).encrypt(nonce, data, _attachment_aad(member))


def _attachment_aad(member: str) -> bytes:
    return AAD + b"/" + member.encode("ascii")


class Opener:
    """Opens a protected bundle's plan and attachments (the key is derived once)."""

    def __init__(self, password: str, params: object, name: str) -> None:
        damaged = _("{file} is damaged: its protection details are not readable. Ask for a "
                    "new plan file. Nothing was imported.").format(file=name)
        if not isinstance(params, dict) or params.get("kdf") != "scrypt" or params.get(
                "cipher") != "AES-256-GCM":
            raise ImportRejected(damaged)
        n, r, p = params.get("n"), params.get("r"), params.get("p")
        if not (isinstance(n, int) and SCRYPT_N_RANGE[0] <= n <= SCRYPT_N_RANGE[1]
                and n & (n - 1) == 0 and r == SCRYPT_R and isinstance(p, int) and 1 <= p <= 4):
            raise ImportRejected(damaged)
        salt, nonce = unb64(params.get("salt"), damaged), unb64(params.get("nonce"), damaged)
        if len(salt) < 16 or len(nonce) != 12:
            raise ImportRejected(damaged)
        self._name = name
        self._nonce = nonce
        self._key = derive_key(password, salt, n, r, p)

    def _open(self, nonce: bytes, sealed: bytes, aad: bytes) -> bytes:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            return AESGCM(self._key).decrypt(nonce, sealed, aad)
        except InvalidTag:
            raise ImportRejected(_(
                "The password for {file} is not right (or the file was changed on the way). "
                "Check the password with the sender. Nothing was imported.").format(
                    file=self._name)) from None

    def open_plan(self, sealed: bytes) -> bytes:
        """The plan's bytes; a wrong password gets a clear message."""
        return self._open(self._nonce, sealed, AAD)

    def open_attachment(self, sealed: bytes, member: str) -> bytes:
        """One attachment's bytes (``nonce + ciphertext``)."""
        if len(sealed) < SEAL_OVERHEAD:
            raise ImportRejected(_(
                "{file} is damaged: an attachment is cut short. Ask for a new plan file. "
                "Nothing was imported.").format(file=self._name))
        return self._open(sealed[:12], sealed[12:], _attachment_aad(member))
