"""Who the repository says it is: the OAI-PMH Identify answer and the site's name.

Set from options or a TOML file (``--config archive.toml``), options winning::

    name = "Regional Events Archive"
    admin_email = "archives@example.org"
    repository_id = "events.example.org"     # oai:events.example.org:<record-id>
    base_url = "https://events.example.org"

The defaults say plainly that they are placeholders, and ``serve`` and ``export`` warn when
they are used, so that no harvester ever stores ``archivist@example.org`` unnoticed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

DEFAULT_NAME = "Event news archive"
DEFAULT_EMAIL = "archivist@example.org"
DEFAULT_REPOSITORY_ID = "archive.local"

#: the namespace-identifier of the OAI identifier guidelines: a domain name
_REPOSITORY_ID = re.compile(r"^[A-Za-z][A-Za-z0-9-]*(\.[A-Za-z][A-Za-z0-9-]*)+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class IdentityError(ValueError):
    """A configuration value that a harvester would reject."""


@dataclass(frozen=True)
class Identity:
    name: str = DEFAULT_NAME
    admin_email: str = DEFAULT_EMAIL
    repository_id: str = DEFAULT_REPOSITORY_ID
    base_url: str | None = None

    @property
    def placeholders(self) -> list[str]:
        """The settings still at their placeholder values."""
        return [label for label, value, default in (
            ("name", self.name, DEFAULT_NAME), ("admin_email", self.admin_email, DEFAULT_EMAIL),
            ("repository_id", self.repository_id, DEFAULT_REPOSITORY_ID)) if value == default]


def load_identity(config: Path | None = None, **overrides: Any) -> Identity:
    """The identity from ``config`` (TOML) with ``overrides`` (None: not given) on top."""
    values: dict[str, Any] = {}
    if config is not None:
        import tomllib

        try:
            values = tomllib.loads(config.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise IdentityError(f"{config}: cannot read: {exc}") from None
        except tomllib.TOMLDecodeError as exc:
            raise IdentityError(f"{config}: not valid TOML: {exc}") from None
        known = {f.name for f in fields(Identity)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise IdentityError(f"{config}: unknown setting {unknown[0]!r} "
                                f"(known: {', '.join(sorted(known))})")
    identity = replace(Identity(), **{k: v for k, v in values.items()})
    identity = replace(identity, **{k: v for k, v in overrides.items() if v is not None})
    where = f"{config}: " if config is not None else ""
    for label in ("name", "admin_email", "repository_id"):
        if not isinstance(getattr(identity, label), str) or not getattr(identity, label).strip():
            raise IdentityError(f"{where}{label} must be a non-empty string")
    if not _EMAIL.match(identity.admin_email):
        raise IdentityError(f"{where}admin_email is not an e-mail address: "
                            f"{identity.admin_email!r}")
    if not _REPOSITORY_ID.match(identity.repository_id):
        raise IdentityError(f"{where}repository_id must be a domain name such as "
                            f"'archive.example.org', not {identity.repository_id!r}")
    if identity.base_url is not None and not (
            isinstance(identity.base_url, str)
            and identity.base_url.startswith(("http://", "https://"))):
        raise IdentityError(f"{where}base_url must start with http:// or https://")
    return identity
