"""Tokens for the hub and pretix, kept out of plain-text settings.

The system keyring (Windows Credential Manager, macOS Keychain, the Secret Service on Linux)
holds them where there is one. Where there is none (a bare Linux laptop, a service account),
they go to a file of their own beside the user's data, readable by this user only, never into
the database (which is copied to USB sticks and backups). ``CHECKIN_SECRETS_DIR`` moves that
folder (tests use it).
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from checkin import paths

log = logging.getLogger(__name__)

SERVICE = "checkin"


class SecretError(Exception):
    """A token could not be stored or read; the message says why, in words."""


def _secrets_dir() -> Path:
    override = os.environ.get("CHECKIN_SECRETS_DIR")
    path = Path(override) if override else paths.data_dir() / "secrets"
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def _file_for(key: str) -> Path:
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    return _secrets_dir() / f"{digest}.token"


def _keyring():
    """The system keyring, or None when it is only the failing placeholder."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or backend.priority <= 0:
        return None
    return keyring


def save_token(key: str, token: str) -> str:
    """Keep ``token`` under ``key``; returns where: ``"keyring"`` or the fallback file."""
    token = token.strip()
    if not token:
        raise SecretError("The token is empty.")
    ring = _keyring()
    if ring is not None:
        try:
            ring.set_password(SERVICE, key, token)
            return "keyring"
        except Exception as error:  # any keyring failure: locked, no D-Bus…
            log.warning("keyring unavailable (%s); keeping the token in a private file", error)
    path = _file_for(key)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(token)
    except OSError as error:
        raise SecretError(f"The token cannot be saved in {path}: {error.strerror}.") from error
    return str(path)


def load_token(key: str) -> str | None:
    ring = _keyring()
    if ring is not None:
        try:
            value = ring.get_password(SERVICE, key)
            if value:
                return value
        except Exception as error:
            log.warning("keyring unavailable (%s); looking for the private file", error)
    path = _file_for(key)
    try:
        return path.read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None
    except OSError as error:
        raise SecretError(f"The token cannot be read from {path}: {error.strerror}.") from error


def delete_token(key: str) -> None:
    ring = _keyring()
    if ring is not None:
        try:
            ring.delete_password(SERVICE, key)
        except Exception:
            pass  # not there: nothing to forget
    _file_for(key).unlink(missing_ok=True)


def read_token_file(path: str | Path) -> str:
    """The token a person saved in a file (``--token-file``): first non-blank line."""
    from checkin.inputs import read_bytes

    try:
        data = read_bytes(path, limit=64 * 1024, what="a token file", error=SecretError)
    except OSError as error:
        raise SecretError(f"The token file cannot be read: {path} ({error.strerror}).") from error
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SecretError(f"The token file holds no text token: {path}.") from None
    for line in text.splitlines():
        token = line.strip()
        if token:
            if not token.isprintable() or not token.isascii():
                raise SecretError(f"The token file holds no text token: {path}.")
            return token
    raise SecretError(f"The token file is empty: {path}.")
