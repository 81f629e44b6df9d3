"""The plan bundle's fixed names, limits and password protection (scrypt + AES-GCM).

A bundle (``.pop``) is a zip with exactly two members: ``manifest.json`` (format name and
version, app version, created, the plan's SHA-256 checksum and, when protected, the key
derivation and cipher parameters) and the plan as JSON (``plan.json``, or ``plan.json.enc``
when protected with a password).
"""

from __future__ import annotations

import base64
import hashlib

from pop.errors import ImportRejected
from pop.i18n import _

FORMAT = "spiegelplan-plan"
FORMAT_VERSION = 1
SUFFIX = ".pop"
MANIFEST = "manifest.json"
PLAN = "plan.json"
PLAN_PROTECTED = "plan.json.enc"

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_MEMBER_BYTES = 5 * 1024 * 1024
MAX_MANIFEST_BYTES = 16 * 1024
MAX_MEMBERS = 2
MAX_RATIO = 100

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
SCRYPT_N_RANGE = (2**14, 2**20)
AAD = b"spiegelplan-plan/1"
MIN_PASSWORD = 8


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


def encrypt(data: bytes, password: str) -> tuple[bytes, dict[str, object]]:
    """``data`` sealed with ``password``; returns the ciphertext and the manifest's entry."""
    import os

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(password) < MIN_PASSWORD:
        from pop.errors import InputError

        raise InputError(_("Choose a password of at least {n} characters.").format(
            n=MIN_PASSWORD))
    salt, nonce = os.urandom(16), os.urandom(12)
    key = derive_key(password, salt)
    sealed = AESGCM(key).encrypt(nonce, data, AAD)
    return sealed, {"kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
                    "salt": b64(salt), "cipher": "AES-256-GCM", "nonce": b64(nonce)}


def decrypt(sealed: bytes, password: str, params: object, name: str) -> bytes:
    """Open ``sealed`` with ``password``; a wrong password gets a clear message."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    damaged = _("{file} is damaged: its protection details are not readable. Ask for a new "
                "plan file. Nothing was imported.").format(file=name)
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
    key = derive_key(password, salt, n, r, p)
    try:
        return AESGCM(key).decrypt(nonce, sealed, AAD)
    except InvalidTag:
        raise ImportRejected(_(
            "The password for {file} is not right (or the file was changed on the way). Check "
            "the password with the sender. Nothing was imported.").format(file=name)) from None
