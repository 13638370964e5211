"""Countries named in the agent's language.

The five countries where emergency calling is supported are named at start (the readiness
check says "Denmark: emergency calling is supported"), so their names are in the softphone's
own translations, like any other word: naming them loads nothing. Any other country (an agent
abroad, the settings' list of every country, ``softphone where``) is named from the Unicode
CLDR through Babel, the names the agent's desktop uses too (Qt's own are English only). Babel
and one language's names cost about 35 ms (a warm cache on this class of machine; more from a
cold disk), paid once per language, on first use, never on the dial path: a dial names no
country. A test checks that the five names here are CLDR's.

Before the translations are installed, and for English, the names are CLDR's English ones. A
name is a ``Translated``, so a list or a message made before the agent switched language is
said in the new one (``localized``), CLDR's names included (``CldrName``).
"""

from __future__ import annotations

import functools

from softphone.blocks.text import ENGLISH, Catalogue, Translated, current_language, translate


def _own(code: str) -> str | None:
    """The supported countries' names from the softphone's translations (said in the language
    installed now)."""
    names = {
        "US": translate("Countries", "United States"),
        "CA": translate("Countries", "Canada"),
        "PR": translate("Countries", "Puerto Rico"),
        "GB": translate("Countries", "United Kingdom"),
        "DK": translate("Countries", "Denmark"),
    }
    return names.get(code)


@functools.cache
def cldr_names(language: str) -> dict[str, str]:
    """Every country's name in ``language`` (e.g. ``fr_CA``) from CLDR, by ISO 3166-1 code."""
    from babel import Locale

    return {code: name for code, name in Locale.parse(language).territories.items()
            if len(code) == 2 and code.isalpha()}


class CldrName(Translated):
    """A country's name from CLDR: a ``str`` in the language current when it was made, said
    again from CLDR in whichever language is asked later (a list built before the agent
    switched language)."""

    def __new__(cls, code: str) -> CldrName:
        self = str.__new__(cls, cldr_names(current_language()).get(code, code))
        self.context, self.source, self.comment, self.n, self.args = (
            "", "{code}", None, -1, {"code": code})
        return self

    def said_in(self, catalogue: Catalogue | None) -> str:
        code = str(self.args["code"])
        return cldr_names(catalogue.language if catalogue is not None else ENGLISH).get(
            code, code)


def country_name(code: str) -> str:
    """The country ``code`` (ISO 3166-1 alpha-2) in the agent's language, now and when said
    again (``localized``); an unknown code as it is."""
    code = code.upper()
    return _own(code) or CldrName(code)


def country_label(code: str) -> str:
    """The country's name and its code, as lists and messages show it: "Danmark (DK)"."""
    return translate("Countries", "{country} ({code})").format(
        country=country_name(code), code=code.upper())
