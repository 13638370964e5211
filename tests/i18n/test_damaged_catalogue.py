"""A damaged catalogue never stops a message: the carrier's and the audio's words (what the agent
reads while dialling) come out in English, whatever is wrong with the installed .qm file."""

from __future__ import annotations

from pathlib import Path

import pytest

from softphone.blocks import text
from softphone.blocks.text import translate
from softphone.qt import QtCore
from softphone.widgets.language import Languages

COMPILED = Path(__file__).resolve().parents[2] / "softphone" / "translations"


@pytest.mark.parametrize("damage", ["garbage", "truncated", "header only"])
def test_a_damaged_catalogue_leaves_the_carriers_and_the_audios_words_in_english(
        qtbot, tmp_path, damage) -> None:
    real = (COMPILED / "softphone_fr_CA.qm").read_bytes()
    damaged = {"garbage": b"\x00not a catalogue" * 64, "truncated": real[:len(real) // 2],
               "header only": real[:16]}[damage]
    (tmp_path / "softphone_fr_CA.qm").write_bytes(damaged)
    languages = Languages(QtCore.QCoreApplication.instance(), folder=tmp_path)
    try:
        languages.apply("fr_CA")
        assert translate("Sip", "The SIP carrier is not running; restart the softphone.") == (
            "The SIP carrier is not running; restart the softphone.")
        assert translate("Audio", "Audio device connected: {device}.").format(
            device="Jabra") == "Audio device connected: Jabra."
        assert translate("Sip", "{route} {what}; trying {next}.").format(
            route="The SBC a", what="did not answer", next="the SBC b") == (
            "The SBC a did not answer; trying the SBC b.")
    finally:
        languages.close()
    assert text.current_language() == "en_US"
