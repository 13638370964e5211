"""The simulated answering point speaks the agent's language: its words are translated and
espeak-ng's voice for that language says them (Danish, French, Latin American Spanish)."""

from __future__ import annotations

import threading

import pytest
import pyttsx3

from softphone.blocks import text
from softphone.blocks.languages import LANGUAGES
from softphone.blocks.speech import Speech
from softphone.carriers.simulated import greeting


def synthesised(speech: Speech, words: str, voice: str) -> bytes:
    done = threading.Event()
    result: list[bytes] = []
    failures: list[str] = []

    def audio(pcm: bytes, _rate: int) -> None:
        result.append(pcm)
        done.set()

    def failed(message: str) -> None:
        failures.append(message)
        done.set()

    speech.speak(words, audio, failed, voice)
    assert done.wait(60)
    assert failures == []
    return result[0]


@pytest.mark.parametrize("code", ["da_DK", "fr_CA", "es_PR"])
def test_each_language_has_its_own_espeak_voice_that_speaks_it(code) -> None:
    speech = Speech()
    try:
        words = "112 911 9-1-1"
        english = synthesised(speech, words, LANGUAGES["en_US"].voice)
        own = synthesised(speech, words, LANGUAGES[code].voice)
        engine = pyttsx3.init()  # the process's one engine, which every Speech uses
        voice = engine.getProperty("voice")
        assert LANGUAGES[code].voice in [
            str(tag).lower() for found in engine.getProperty("voices") if found.id == voice
            for tag in found.languages]
        assert own != english  # the numbers said in another language sound otherwise
    finally:
        speech.close()


def test_the_greeting_is_said_in_the_agents_language(qtbot, start_app, ready_settings) -> None:
    ready_settings.set("ui.language", "es_PR")
    ready_settings.save()
    app = start_app()
    assert text.current_language() == "es_PR"
    assert greeting().startswith("Simulador de servicios de emergencia.")
    app.window.dial("911")
    qtbot.waitUntil(lambda: app.window.emergency_view is not None
                    and app.window.emergency_view.speech.isVisible(), timeout=5000)
    assert "¿Cuál es la dirección de su emergencia?" in app.window.emergency_view.speech.text()
    assert app.window.emergency_view.speech.text().startswith("Centro de emergencias:")


def test_the_933_line_reads_back_in_the_agents_language(qtbot, start_app, ready_settings) -> None:
    ready_settings.set("ui.language", "da_DK")
    ready_settings.save()
    app = start_app()
    call = app.window.dial("933")
    row = app.window.calls.row(call.call_id)
    qtbot.waitUntil(row.speech.isVisible, timeout=5000)
    assert "Dette er adressetestlinjen, ikke en alarmcentral." in row.speech.text()
    assert "Din placering er ikke oplyst." in row.speech.text()
