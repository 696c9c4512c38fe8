"""Signed guide packs: a manifest of SHA-256 file hashes, signed with the coordinator's Ed25519 key.

The manifest (`manifest.sha256`) lists every file of the pack as `<sha256>  <path>` under a
format line; `manifest.sig` holds the base64 Ed25519 signature of the manifest's bytes. When the
site config names the coordinator's public key (`guides.pack_public_key`, base64 of the 32 raw
bytes), a pack is taken into use only when the signature verifies and the manifest lists exactly
the pack's files with their hashes.
"""

import base64
import binascii
import os
import re
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desk.guides.pack_files import MANIFEST_FILE, SIGNATURE_FILE, file_sha256, list_pack, read_pack_file
from desk.settings import GUIDES_PACK_KEY
from desk.share import FolderShare

MANIFEST_FORMAT = "digituki-guide-pack/1"
_LINE = re.compile(r"^([0-9a-f]{64})  (\S(?:.*\S)?)$")


class SigningError(ValueError):
    """A key, manifest or signature is not usable; the message says why (code and values let a caller translate it)."""

    def __init__(self, message: str, code: str = "", **values: object) -> None:
        super().__init__(message)
        self.code = code
        self.values = values


def public_key_problem(text: str) -> str | None:
    """What is wrong with a configured public key, or None (an empty key means packs need no signature)."""
    return GUIDES_PACK_KEY.problem(text)


def site_public_key() -> str:
    """The coordinator's public key from the site config (IT's file only; a user's config cannot set it)."""
    from desk import paths
    from desk.config import read_file

    layer, _locked, _reason, _problems = read_file(paths.site_config_path(), "site", allow_lock=True)
    value = layer.values.get(GUIDES_PACK_KEY.key, "")
    return value.strip() if isinstance(value, str) else ""


def manifest_bytes(hashes: dict[str, str]) -> bytes:
    """The manifest text for file hashes (path -> hex SHA-256), sorted by path."""
    lines = [MANIFEST_FORMAT, *(f"{hashes[name]}  {name}" for name in sorted(hashes))]
    return ("\n".join(lines) + "\n").encode("utf-8")


def parse_manifest(data: bytes) -> dict[str, str]:
    """File hashes from manifest bytes; raises SigningError naming the bad line."""
    try:
        lines = data.decode("utf-8").split("\n")
    except UnicodeDecodeError as exc:
        raise SigningError(f"{MANIFEST_FILE} is not UTF-8 text") from exc
    if not lines or lines[0] != MANIFEST_FORMAT:
        raise SigningError(f"{MANIFEST_FILE}:1: the first line must be '{MANIFEST_FORMAT}'")
    hashes: dict[str, str] = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        match = _LINE.match(line)
        if not match:
            raise SigningError(f"{MANIFEST_FILE}:{number}: expected '<sha256>  <path>'")
        if match.group(2) in hashes:
            raise SigningError(f"{MANIFEST_FILE}:{number}: '{match.group(2)}' is listed twice")
        hashes[match.group(2)] = match.group(1)
    return hashes


def _signed_hashes(hashes: dict[str, str]) -> dict[str, str]:
    return {name: digest for name, digest in hashes.items() if name not in (MANIFEST_FILE, SIGNATURE_FILE)}


def verify_signature(manifest: bytes | None, signature: bytes | None, public_key: str) -> dict[str, str]:
    """Check the signature over the manifest and return the hashes it vouches for; raises SigningError."""
    if manifest is None or signature is None:
        raise SigningError(f"the pack is not signed ({MANIFEST_FILE} and {SIGNATURE_FILE} are needed)")
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
        raw_signature = base64.b64decode(signature.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SigningError(f"{SIGNATURE_FILE} or the configured key is not valid base64 ({exc})") from exc
    try:
        key.verify(raw_signature, manifest)
    except InvalidSignature as exc:
        raise SigningError("the signature does not match: the pack was not signed with the coordinator's key") from exc
    return parse_manifest(manifest)


def check_signed(hashes: dict[str, str], manifest: bytes | None, signature: bytes | None, public_key: str) -> None:
    """Refuse a pack whose files are not exactly the signed manifest's files; raises SigningError."""
    _compare(verify_signature(manifest, signature, public_key), hashes)


def stale_manifest(pack_root: Path) -> SigningError | None:
    """Why a pack's manifest no longer matches its files (so it needs signing again), or None."""
    try:
        manifest = (pack_root / MANIFEST_FILE).read_bytes()
    except FileNotFoundError:
        return None
    try:
        hashes = _pack_hashes(pack_root)
        _compare(parse_manifest(manifest), hashes)
    except SigningError as exc:
        return exc
    except (OSError, ValueError) as exc:
        return SigningError(str(exc))
    return None


def _pack_hashes(pack_root: Path) -> dict[str, str]:
    """The SHA-256 of every file of a local pack folder, read as a share rooted at it (no link followed)."""
    folder = FolderShare(pack_root)
    return {f.name: file_sha256(read_pack_file(folder, "", f)) for f in list_pack(folder, "").files}


def _compare(signed: dict[str, str], hashes: dict[str, str]) -> None:
    actual = _signed_hashes(hashes)
    for name in sorted(set(actual) | set(signed)):
        if name not in signed:
            raise SigningError(f"{name} is not in the signed manifest (added after signing)", "pack-added", name=name)
        if name not in actual:
            raise SigningError(f"{name} is in the signed manifest but missing from the pack", "pack-missing", name=name)
        if signed[name] != actual[name]:
            raise SigningError(f"{name} was changed after the pack was signed", "pack-changed", name=name)


def generate_key(private_path: Path) -> str:
    """Write a new private key (PEM, readable by its owner only) and return the public key as base64."""
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    descriptor = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(pem)
    return public_key_text(key)


def public_key_text(key: Ed25519PrivateKey) -> str:
    """The base64 form of a private key's public half, as the site config names it."""
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def load_private_key(private_path: Path) -> Ed25519PrivateKey:
    """Read an Ed25519 private key in PEM; raises SigningError with the reason."""
    try:
        key = serialization.load_pem_private_key(private_path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise SigningError(
            f"{private_path}: not a readable private key ({exc})", "key-unreadable", path=private_path, reason=exc
        ) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningError(
            f"{private_path}: not an Ed25519 key; make one with 'desk guides keygen'",
            "key-not-ed25519",
            path=private_path,
        )
    return key


def sign_pack(pack_root: Path, private_path: Path) -> tuple[int, str]:
    """Write the manifest and signature into a pack folder; return the number of files and the public key."""
    key = load_private_key(private_path)
    folder = FolderShare(pack_root)
    listing = list_pack(folder, "")
    if listing.problems:
        name, why = listing.problems[0]
        raise SigningError(f"{pack_root / name}: {why}")
    hashes = _signed_hashes({f.name: file_sha256(read_pack_file(folder, "", f)) for f in listing.files})
    if not hashes:
        raise SigningError(f"{pack_root}: no guide files or pictures to sign", "nothing-to-sign", path=pack_root)
    manifest = manifest_bytes(hashes)
    signature = key.sign(manifest)
    _write_atomic(pack_root / MANIFEST_FILE, manifest)
    _write_atomic(pack_root / SIGNATURE_FILE, base64.b64encode(signature) + b"\n")
    return len(hashes), public_key_text(key)


def _write_atomic(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
