"""Who may change the record. Reading is open; every write needs a person.

Roles, from least to most: `reader` (may log in, changes nothing), `reviewer`
(verdicts on records and discovered entities), `admin` (everything a reviewer
may; accounts are managed from the command line, which needs the database
file). Passwords are hashed with Argon2 (argon2-cffi); API tokens are random
and stored as SHA-256 digests.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from langgieng.errors import LangGiengError

ROLES = ("reader", "reviewer", "admin")
WRITERS = frozenset({"reviewer", "admin"})
MIN_PASSWORD = 10
_NAME = re.compile(r"^[\w.@-]{1,64}$")
_hasher = PasswordHasher()


class AccountError(LangGiengError):
    """A user name, role or password that cannot be used; or a write without a person."""


@dataclass(frozen=True, slots=True)
class User:
    name: str
    role: str

    @property
    def may_write(self) -> bool:
        return self.role in WRITERS


def check_name(name: str) -> str:
    if not _NAME.match(name):
        raise AccountError(
            f"{name!r} is not a user name: 1 to 64 letters, digits or . _ @ -"
        )
    return name


def check_role(role: str) -> str:
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}: use one of {', '.join(ROLES)}")
    return role


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"a password needs at least {MIN_PASSWORD} characters")
    return _hasher.hash(password)


def password_matches(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@lru_cache(maxsize=1)
def dummy_hash() -> str:
    """A hash to check a password against when the user does not exist, so that
    a login takes as long either way (made on first use: hashing takes 64 MB)."""
    return _hasher.hash(secrets.token_urlsafe(16))


def new_token() -> tuple[str, str]:
    """(the token to give once, its digest to store)."""
    token = "lg_" + secrets.token_urlsafe(32)
    return token, token_digest(token)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
