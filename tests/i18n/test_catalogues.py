"""The translations are complete in every language, and every reader of them agrees."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from softphone.blocks.languages import LANGUAGES, choose, environment_preferences
from softphone.blocks.qm import QmCatalogue
from softphone.blocks.text import english_plural
from softphone.qt import QtCore

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402  (packaging/translations.py)


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    translations.build(folder)
    return folder


def test_every_language_has_every_message_of_the_code_translated() -> None:
    """What CI checks: lupdate's own counts on a copy of each .ts show nothing missing,
    unfinished or obsolete, and no translation loses a {placeholder}."""
    problems = {report.code: report.problems() for report in translations.check()}
    assert problems == {code: [] for code in LANGUAGES}


def test_the_languages_are_the_ones_the_translation_tools_build() -> None:
    assert tuple(LANGUAGES) == translations.CODES


def test_the_command_line_reader_says_exactly_what_qts_translator_says(compiled) -> None:
    for code in LANGUAGES:
        qt = QtCore.QTranslator()
        assert qt.load(str(compiled / f"softphone_{code}.qm"))
        ours = QmCatalogue.load(compiled / f"softphone_{code}.qm")
        checked = 0
        for context, message in translations.messages(translations.ts_file(code)):
            source = message.findtext("source") or ""
            comment = message.findtext("comment")
            counts = range(0, 130) if message.get("numerus") == "yes" else (-1,)
            for n in counts:
                expected = qt.translate(context, source, comment, n) or None
                assert ours.find(context, source, comment, n) == expected, (code, source, n)
                checked += 1
        assert checked >= len(ours) > 0 or code == "en_US"


def test_english_plurals_in_the_catalogue_match_those_said_without_one(compiled) -> None:
    ours = QmCatalogue.load(compiled / "softphone_en_US.qm")
    for context, message in translations.messages(translations.ts_file("en_US")):
        source = message.findtext("source") or ""
        for n in (0, 1, 2, 21):
            assert ours.find(context, source, None, n).replace("%n", str(n)) == english_plural(
                source, n)


def test_the_agent_gets_the_region_asked_for_else_the_language_else_english() -> None:
    assert choose(["fr-CA", "en-US"]) == "fr_CA"
    assert choose(["fr_CH.UTF-8"]) == "fr_CA"  # better Canadian French than English
    assert choose(["es-ES", "da"]) == "es_PR"
    assert choose(["da_DK.UTF-8@euro"]) == "da_DK"
    assert choose(["de-DE", "sv"]) == "en_US"
    assert choose(["C.UTF-8"]) == "en_US" and choose([]) == "en_US"
    assert choose(["da-DK"], setting="es_PR") == "es_PR"  # ui.language overrides the system
    assert choose(["da-DK"], setting="") == "da_DK"


def test_the_command_line_reads_the_language_as_the_c_library_does() -> None:
    assert environment_preferences({"LANGUAGE": "fr_CA:en", "LANG": "da_DK.UTF-8"}) == [
        "fr_CA", "en", "da_DK.UTF-8"]
    assert environment_preferences({"LC_ALL": "es_PR.UTF-8", "LANG": "da_DK"}) == [
        "es_PR.UTF-8"]
