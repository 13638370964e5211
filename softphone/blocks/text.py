"""Words for a person, in that person's language, written on any floor.

The core, the settings and the building blocks never import Qt, yet what they tell the agent
(readiness checks and their fixes, refusals, problems, notes on a call) must reach the agent in
the agent's language, and be said again when the agent switches language during a call. So a
message is marked where it is written, with the call pyside6-lupdate extracts from Python::

    translate("Readiness", "Callback number available")
    translate("Phone", "The carrier could not start: {error}").format(error=error)
    translate("CallbackBanner", "%n minute(s) left", None, 1).plural(minutes)

and ``translate`` returns a ``Translated``: a ``str`` already in the language current when it was
made (so whatever takes a str, a label, a log line, a JSON answer, shows it in the agent's
language), which also remembers its context, source text and arguments, so that it can be said
again in the language chosen later (``localized``) or in a given catalogue (an email in the
contacts' language). Arguments are named (``{error}``), never positional, so a translator can
move them; an argument that is itself ``Translated`` is said in the same language.

A plural message is marked with a literal count (pyside6-lupdate recognises a plural only when
the count is written as a number) and given its real count with ``plural(n)``; its English source
writes the plural as ``word(s)``. ``packaging/translations.py check`` (and a test) refuses a
``%n`` message lupdate did not see as a plural, and a translation whose ``{placeholders}`` differ
from the source's.

Which catalogue answers is decided once per process by whoever owns it: the composition root
installs Qt's translator for the agent's language (``softphone.widgets.language``), the command
line installs the .qm reader (``blocks.qm``). Until one is installed, and for any message a
catalogue lacks, the English source is used, with English plurals. Rendering never raises: a
translation that does not fit its arguments falls back to English.
"""

from __future__ import annotations

# Neither typing, collections nor re at run time: a click-to-dial imports this module on its
# way to the request (its refusals are marked here), and each import is time before the call.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Protocol
else:
    Protocol = object

ENGLISH = "en_US"


class Catalogue(Protocol):
    """Translations for one language, looked up as Qt looks them up."""

    @property
    def language(self) -> str:
        """The catalogue's language code, e.g. ``da_DK``."""
        ...

    def find(self, context: str, source: str, comment: str | None, n: int) -> str | None:
        """The translation (the plural form for ``n`` when ``n >= 0``), or None if absent."""
        ...


_current: Catalogue | None = None


def install(catalogue: Catalogue | None) -> None:
    """Make ``catalogue`` the language of every ``Translated`` made from now on (None: English).
    Texts already made keep their words until they are ``localized`` again."""
    global _current
    _current = catalogue


def current_language() -> str:
    """The language messages are made in now, e.g. ``fr_CA`` (``en_US`` when none is installed)."""
    catalogue = _current
    return catalogue.language if catalogue is not None else ENGLISH


def english_plural(source: str, n: int) -> str:
    """The English text of a plural source: ``%n minute(s) left`` is "1 minute left" for 1 and
    "5 minutes left" otherwise (the English catalogue says the same; a test checks)."""
    if n < 0:
        return source
    return source.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))


def _arguments(args: Mapping[str, object], catalogue: Catalogue | None) -> dict[str, str]:
    return {name: value.said_in(catalogue) if isinstance(value, Translated) else str(value)
            for name, value in args.items()}


def render(context: str, source: str, comment: str | None, n: int,
           args: Mapping[str, object], catalogue: Catalogue | None) -> str:
    """The message in ``catalogue``'s language (English when None or when it lacks it)."""
    english = english_plural(source, n)
    found = None
    if catalogue is not None:
        try:
            found = catalogue.find(context, source, comment, n)
        except Exception:  # a damaged catalogue must not stop a message: say it in English
            found = None
    text = found.replace("%n", str(n)) if found and n >= 0 else (found or english)
    if not args:
        return text
    try:
        return text.format_map(_arguments(args, catalogue))
    except (KeyError, IndexError, ValueError, AttributeError):
        try:
            return english.format_map(_arguments(args, None))
        except (KeyError, IndexError, ValueError, AttributeError):
            return english


class Translated(str):
    """A message, as a ``str`` in the language current when it was made, that can be said again
    in another language. Made by ``translate``; see the module's docstring."""

    context: str
    source: str
    comment: str | None
    n: int
    args: Mapping[str, object]

    def __new__(cls, context: str, source: str, comment: str | None = None, n: int = -1,
                args: Mapping[str, object] | None = None) -> Translated:
        args = dict(args or {})
        self = super().__new__(cls, render(context, source, comment, n, args, _current))
        self.context, self.source, self.comment, self.n, self.args = (
            context, source, comment, n, args)
        return self

    def __str__(self) -> Translated:
        return self  # str(error) keeps a refusal translatable

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return Translated, (self.context, self.source, self.comment, self.n, dict(self.args))

    def format(self, *args: object, **kwargs: object) -> Translated:
        """The message with its named arguments filled in (translations may reorder them)."""
        if args:
            raise TypeError("a translated message takes named arguments only, e.g. {error}")
        return Translated(self.context, self.source, self.comment, self.n,
                          {**self.args, **kwargs})

    def plural(self, n: int) -> Translated:
        """The plural message for ``n`` (``%n`` in the source)."""
        return Translated(self.context, self.source, self.comment, n, self.args)

    def said_in(self, catalogue: Catalogue | None) -> str:
        """The message in ``catalogue``'s language (None: English)."""
        return render(self.context, self.source, self.comment, self.n, self.args, catalogue)

    def rendered(self) -> str:
        """The message in the language installed now."""
        return self.said_in(_current)

    def english(self) -> str:
        return self.said_in(None)


def translate(context: str, source: str, comment: str | None = None, n: int = -1) -> Translated:
    """Mark ``source`` for translation in ``context`` and say it in the current language.

    The same call shape as ``QCoreApplication.translate``, so pyside6-lupdate extracts it; the
    context and the source must be string literals (never an f-string: give named arguments
    to ``format``), and a plural's count a literal number (then ``plural(n)``)."""
    return Translated(context, source, comment, n)


def localized(text: str) -> str:
    """``text`` said in the language installed now, if it knows how; other text unchanged."""
    return text.rendered() if isinstance(text, Translated) else text


def english(text: str) -> str:
    """``text`` in English if it is a ``Translated`` (for a log line), other text unchanged."""
    return text.english() if isinstance(text, Translated) else text


def verbatim(text: object) -> Translated:
    """Text that is not translated (a name, a number, a server's own words) where a
    ``Translated`` is expected, e.g. as one part of a joined message."""
    return Translated("", "{text}", None, -1, {"text": text})


def joined(parts: list[str], separator: str = " ") -> Translated:
    """Several messages said one after another, each in the language of the whole."""
    names = [f"part{index}" for index in range(len(parts))]
    source = separator.replace("{", "{{").replace("}", "}}").join(
        "{" + name + "}" for name in names)
    return Translated("", source, None, -1, dict(zip(names, parts, strict=True)))


def message_json(text: str) -> dict[str, object] | None:
    """A ``Translated`` as plain JSON values, so that a message made in another process (which
    speaks English) can be said in the agent's language where it is shown; None for other text."""
    if not isinstance(text, Translated):
        return None
    return {"context": text.context, "source": text.source, "comment": text.comment,
            "n": text.n, "args": {name: message_json(value) if isinstance(value, Translated)
                                  else str(value) for name, value in text.args.items()}}


def message_from_json(data: object, fallback: str) -> str:
    """The message ``message_json`` wrote, said in the current language; ``fallback`` (its
    words as written) when ``data`` is missing or not such a message."""
    if not isinstance(data, dict):
        return fallback
    context, source, comment, n, args = (data.get("context"), data.get("source"),
                                         data.get("comment"), data.get("n"), data.get("args"))
    if not (isinstance(context, str) and isinstance(source, str) and isinstance(n, int)
            and isinstance(comment, str | None) and isinstance(args, dict)):
        return fallback
    arguments: dict[str, object] = {}
    for name, value in args.items():
        if isinstance(value, dict):
            value = message_from_json(value, "")
        if not isinstance(value, str):
            return fallback
        arguments[str(name)] = value
    return Translated(context, source, comment, n, arguments)
