"""Commands of this area are registered on `langgieng.cli.main` here."""

from __future__ import annotations
