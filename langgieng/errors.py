"""The exception tree. Expected outcomes (a rejected input) are values
(`model.Rejection`), not exceptions; these are for callers' mistakes and
broken environments."""

from __future__ import annotations


class LangGiengError(Exception):
    """Base of every error this package raises on purpose. The message is
    English with `%(name)s` fields, so the commands and the pages can show it
    in their reader's language (`in_language`)."""

    def __init__(self, message: str = "", /, **values: object) -> None:
        super().__init__(message % values if values else message)
        self.message = message
        self.values = values

    def in_language(self, lang: str) -> str:
        from langgieng.i18n import gettext  # Babel is loaded only to show an error

        return gettext(lang, self.message, **self.values) if self.message else str(self)


class InputError(LangGiengError):
    """An input file or line that cannot be read as an article."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__("%(source)s: %(reason)s", source=source, reason=reason)
        self.source = source
        self.reason = reason


class StoreError(LangGiengError):
    """The database cannot be opened, migrated or written."""


class StoreConnectionError(StoreError):
    """A database server's address that does not parse, or a server that does not
    answer it: a mistake in the command's arguments rather than in the store."""


class ClusterError(LangGiengError):
    """A Dask scheduler that does not answer, or the dask engine without Dask."""


class NotFound(LangGiengError):
    """An id (article, entity, fact) that the store or gazetteer does not hold."""


class GazetteerError(LangGiengError):
    """A gazetteer data file that is missing or malformed."""


class SettingError(LangGiengError):
    """A `LANGGIENG_*` environment variable whose value does not parse."""
