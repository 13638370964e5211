"""The languages the softphone speaks, and which one an agent gets.

Emergency calling is supported in the United States, Canada, Puerto Rico, the United Kingdom and
Denmark, so the agents who rely on it read English, Danish, Canadian French and Puerto Rican
Spanish. The language follows the system's (``choose`` takes the system's preferred languages,
best first) unless the ``ui.language`` setting names one; the same choice is made by the app
(from Qt's system locale) and by the command line (from the environment), so both speak alike.

The command line imports this module whenever it says something to a person, so it imports
little: no dataclasses (and their inspect), no locale unless on Windows.
"""

from __future__ import annotations

import functools
import os
import sys
from collections import namedtuple
from collections.abc import Iterable, Mapping
from pathlib import Path

from softphone.blocks.qm import QmCatalogue, QmError
from softphone.blocks.text import ENGLISH, Translated, translate


class Language(namedtuple("Language", ("code", "name", "voice", "qt"))):
    """``code``: the translation file's suffix and the QLocale name, e.g. fr_CA; ``name``: in
    the language itself, for a list the agent picks from; ``voice``: the espeak-ng voice of
    spoken prompts; ``qt``: Qt's own translations (standard buttons), qtbase_<qt>.qm."""

    __slots__ = ()


LANGUAGES: dict[str, Language] = {language.code: language for language in (
    Language(ENGLISH, "English (United States)", "en-us", "en"),
    Language("da_DK", "Dansk (Danmark)", "da", "da"),
    Language("fr_CA", "Français (Canada)", "fr-fr", "fr"),  # espeak-ng has no fr-ca
    Language("es_PR", "Español (Puerto Rico)", "es-419", "es"),  # Latin American Spanish
)}


def normalise(name: str) -> str:
    """``fr-CA``, ``fr_CA.UTF-8`` and ``fr_CA@euro`` all become ``fr_CA``."""
    return name.split(".")[0].split("@")[0].replace("-", "_")


def choose(preferred: Iterable[str], setting: str = "") -> str:
    """The language to use: ``setting`` if it is one we have, else the first preferred language
    we have in that region, else the first we have in that language (a Swiss French system gets
    Canadian French), else English."""
    if setting in LANGUAGES:
        return setting
    wanted = [normalise(name) for name in preferred if name]
    for name in wanted:
        if name in LANGUAGES:
            return name
    for name in wanted:
        language = name.split("_")[0].lower()
        if language in ("c", "posix"):
            continue
        for code in LANGUAGES:
            if code.split("_")[0] == language:
                return code
    return ENGLISH


def environment_preferences(environ: Mapping[str, str] = os.environ) -> list[str]:
    """The user's preferred languages as the C library reads them (LANGUAGE, LC_ALL,
    LC_MESSAGES, LANG), best first; on Windows the user's UI language."""
    found: list[str] = []
    if environ.get("LANGUAGE"):
        found.extend(environ["LANGUAGE"].split(":"))
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(name):
            found.append(environ[name])
            break
    if not found and sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes
        import locale

        identifier = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
        found.append(locale.windows_locale.get(identifier, ""))
    return found


def translations_dir() -> Path:
    """Where the compiled translations (.qm) are: built into the package by the install step,
    the wheel build and the bundle build (packaging/translations.py), never committed."""
    return Path(__file__).resolve().parents[1] / "translations"


def catalogue_file(code: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"softphone_{code}.qm"


def load_catalogue(code: str, folder: Path | None = None) -> QmCatalogue:
    """The compiled translations of ``code`` without Qt; ``OSError`` or ``QmError`` when the
    installation lacks them (the caller says so and speaks English)."""
    catalogue = QmCatalogue.load(catalogue_file(code, folder))
    catalogue.language = code
    return catalogue


@functools.cache
def _catalogue_or_english(code: str) -> QmCatalogue | None:
    try:
        return load_catalogue(code) if code != ENGLISH else None
    except (OSError, QmError):
        return None  # said in English; the app told the agent when it started


def said_in(text: str, code: str) -> str:
    """``text`` in the language ``code`` whatever the agent's language (an email to contacts
    who read another); other text unchanged, English when the translations are missing."""
    if not isinstance(text, Translated):
        return text
    return text.said_in(_catalogue_or_english(code)) if code in LANGUAGES else text.english()


def missing_translations(code: str) -> Translated:
    """The sentence for an installation that lacks a language's compiled translations."""
    return translate("Languages", "The {language} translations are missing from this "
                     "installation, so the softphone speaks English; reinstall it (IT: build "
                     "the translations with python packaging/translations.py build).").format(
        language=LANGUAGES[code].name)


__all__ = ["LANGUAGES", "Language", "QmError", "catalogue_file", "choose",
           "environment_preferences", "load_catalogue", "missing_translations", "normalise",
           "said_in", "translations_dir"]
