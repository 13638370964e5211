"""Messages written on floors without Qt come out in the agent's language, and again in another."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from softphone.blocks import text
from softphone.blocks.qm import QmCatalogue
from softphone.blocks.text import Translated, english_plural, joined, localized, translate

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en_US">
<context><name>Test</name>
<message><source>Callback number available</source>
<translation>Tilbagekaldsnummer til rådighed</translation></message>
<message><source>The carrier could not start: {error}</source>
<translation>Udbyderen kunne ikke starte: {error}</translation></message>
<message><source>The call failed: {reason}</source>
<translation>Opkaldet mislykkedes: {grund}</translation></message>
<message><source>the line is busy</source>
<translation>linjen er optaget</translation></message>
<message numerus="yes"><source>%n minute(s) left</source>
<translation><numerusform>%n minut tilbage</numerusform>
<numerusform>%n minutter tilbage</numerusform></translation></message>
</context>
</TS>
"""


@pytest.fixture
def danish(tmp_path: Path):
    """A real catalogue, compiled by Qt's lrelease from a small .ts."""
    source = tmp_path / "test_da_DK.ts"
    source.write_text(TS, encoding="utf-8")
    compiled = tmp_path / "test_da_DK.qm"
    subprocess.run([sys.executable, "-c", "import sys; from PySide6.scripts.pyside_tool import "
                    "lrelease; sys.exit(lrelease())", str(source), "-qm", str(compiled)],
                   check=True, capture_output=True)
    catalogue = QmCatalogue.load(compiled)
    catalogue.language = "da_DK"
    text.install(catalogue)
    yield catalogue
    text.install(None)


def test_a_message_is_a_str_in_english_until_a_language_is_installed() -> None:
    made = translate("Test", "Callback number available")
    assert made == "Callback number available" and isinstance(made, str)
    assert text.current_language() == "en_US"


def test_a_message_made_after_a_language_is_installed_is_in_that_language(danish) -> None:
    assert translate("Test", "Callback number available") == "Tilbagekaldsnummer til rådighed"
    assert text.current_language() == "da_DK"


def test_a_message_made_earlier_is_said_again_in_the_language_installed_since(
        tmp_path, danish) -> None:
    text.install(None)
    early = translate("Test", "The carrier could not start: {error}").format(
        error=translate("Test", "the line is busy"))
    assert early == "The carrier could not start: the line is busy"
    text.install(danish)
    assert localized(early) == "Udbyderen kunne ikke starte: linjen er optaget"
    assert early.english() == "The carrier could not start: the line is busy"
    assert localized("plain words stay as they are") == "plain words stay as they are"


def test_an_error_keeps_its_message_translatable(danish) -> None:
    error = RuntimeError(translate("Test", "the line is busy"))
    text.install(None)
    said = str(error)
    assert said == "linjen er optaget" and isinstance(said, Translated)
    assert said.english() == "the line is busy"


def test_plurals_follow_the_count_in_english_and_in_the_language(danish) -> None:
    left = translate("Test", "%n minute(s) left", None, 1)
    assert [left.plural(n) for n in (1, 2)] == ["1 minut tilbage", "2 minutter tilbage"]
    text.install(None)
    assert [left.plural(n) for n in (0, 1, 5)] == ["0 minutes left", "1 minute left",
                                                   "5 minutes left"]
    assert english_plural("%n number(s) in %n pool(s)", 1) == "1 number in 1 pool"


def test_a_translation_that_does_not_fit_its_arguments_falls_back_to_english(danish) -> None:
    made = translate("Test", "The call failed: {reason}").format(reason="no answer")
    assert made == "The call failed: no answer"  # the translation names {grund}: never raise


def test_joined_messages_are_said_together_in_one_language(danish) -> None:
    text.install(None)
    both = joined([translate("Test", "the line is busy"), "(SIP 486)"])
    assert both == "the line is busy (SIP 486)"
    text.install(danish)
    assert localized(both) == "linjen er optaget (SIP 486)"


def test_a_message_survives_pickling_with_its_translations(danish) -> None:
    made = translate("Test", "The carrier could not start: {error}").format(error="x")
    again = pickle.loads(pickle.dumps(made))
    assert isinstance(again, Translated) and again == made and again.english() == (
        "The carrier could not start: x")


def test_positional_arguments_are_refused_so_translators_can_reorder() -> None:
    with pytest.raises(TypeError):
        translate("Test", "The carrier could not start: {error}").format("x")


def test_a_damaged_catalogue_says_every_message_in_english() -> None:
    class Damaged:
        language = "da_DK"

        def find(self, context: str, source: str, comment: str | None, n: int) -> str | None:
            raise ValueError("a truncated .qm")

    text.install(Damaged())
    try:
        made = translate("Test", "The carrier could not start: {error}").format(
            error=translate("Test", "the line is busy"))
        assert made == "The carrier could not start: the line is busy"
    finally:
        text.install(None)


def test_a_message_made_in_another_process_is_said_in_the_agents_language(danish) -> None:
    """The audio probe process speaks English and hands its messages over as JSON."""
    text.install(None)
    made = translate("Test", "The carrier could not start: {error}").format(
        error=translate("Test", "the line is busy"))
    sent = json.loads(json.dumps(text.message_json(made)))
    text.install(danish)
    received = text.message_from_json(sent, made)
    assert received == "Udbyderen kunne ikke starte: linjen er optaget"
    assert isinstance(received, Translated) and received.english() == made
    assert text.message_json("plain words") is None
    for broken in (None, "words", {"context": "Test"}, {**sent, "args": {"error": 5}}):
        assert text.message_from_json(broken, "as written") == "as written"
