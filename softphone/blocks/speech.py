"""Spoken prompts: text to 16-bit mono PCM with pyttsx3 (espeak-ng on Linux, SAPI5, NSSpeech).

pyttsx3 is not thread-safe and its first use loads a speech engine, so each ``Speech`` has a
worker thread and callers get the result through callbacks. pyttsx3 also hands every caller in a
process the same engine, over espeak-ng's one global state: two ``Speech`` objects synthesising
at once (a simulated carrier being replaced while the next one greets, two drills) crashed the
process in espeak. So the engine, its voices and every use of it are the process's, behind one
lock (``_SharedEngine``). The WAV that pyttsx3 insists on writing goes to a private RAM-backed
folder where one exists (prompts may read back a callback number or location) and is deleted at
once.
"""

from __future__ import annotations

import atexit
import logging
import os
import tempfile
import threading
import wave
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from softphone.blocks.text import translate

log = logging.getLogger("audio")

SYNTHESIS_TIMEOUT_S = 20.0


class SpeechError(RuntimeError):
    """No speech could be made; the message says what to install."""


def _private_folder() -> str | None:
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None


class Speech:
    def __init__(self) -> None:
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="speech")

    def speak(self, text: str, on_audio: Callable[[bytes, int], None],
              on_error: Callable[[str], None], voice: str = "") -> None:
        """Synthesise ``text`` in the background; ``on_audio(pcm, rate)`` or ``on_error(message)``
        is called from the worker thread. ``voice``: the language to speak, as espeak-ng names
        it (``da``, ``fr-fr``, ``es-419``; ``Language.voice``); the engine's default voice when
        it has none for that language."""

        def work() -> None:
            try:
                pcm, rate = _ENGINE.synthesise(text, voice)
            except SpeechError as error:
                on_error(str(error))
                return
            on_audio(pcm, rate)

        self._worker.submit(work)

    def close(self) -> None:
        self._worker.shutdown(wait=False, cancel_futures=True)


class _SharedEngine:
    """The process's pyttsx3 engine, its voices, and the lock every use of them takes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._engine: Any = None
        self._voices: dict[str, str | None] = {}  # espeak-ng language -> the engine's voice id
        self._default_voice: str | None = None

    def _voice_for(self, engine: Any, language: str) -> str | None:
        """The engine's voice that speaks ``language`` (its id), or None."""
        if language not in self._voices:
            found = None
            for voice in engine.getProperty("voices"):
                spoken = [str(tag).lower() for tag in (voice.languages or [])]
                if language.lower() in spoken:
                    found = voice.id
                    break
            self._voices[language] = found
        return self._voices[language]

    def synthesise(self, text: str, voice: str = "") -> tuple[bytes, int]:
        with self._lock:
            return self._synthesise(text, voice)

    def let_go(self) -> None:
        """Drop the engine at exit while the interpreter is whole: pyttsx3's driver cleans up in
        ``__del__``, which fails (and says so on stderr) once the interpreter has torn down the
        modules it uses, as a CI run's exit showed. Not while a synthesis holds the engine."""
        if self._lock.acquire(blocking=False):
            self._engine = None
            self._lock.release()

    def _synthesise(self, text: str, voice: str) -> tuple[bytes, int]:
        try:
            import pyttsx3  # deferred: loading the engine costs start-up time
        except ImportError as error:
            raise SpeechError(translate(
                "Speech", "Spoken prompts are unavailable: the pyttsx3 package is missing "
                "(reinstall the softphone).")) from error
        try:
            if self._engine is None:
                self._engine = pyttsx3.init()
            engine = self._engine
            chosen = self._voice_for(engine, voice) if voice else None
            if chosen is not None or self._default_voice is not None:
                if self._default_voice is None:
                    self._default_voice = engine.getProperty("voice")
                engine.setProperty("voice", chosen or self._default_voice)
            with tempfile.TemporaryDirectory(prefix="softphone-speech-", dir=_private_folder()) as folder:
                path = os.path.join(folder, "prompt.wav")
                finished = threading.Event()
                token = engine.connect("finished-utterance", lambda **_event: finished.set())
                try:
                    engine.save_to_file(text, path)
                    engine.runAndWait()
                    # pyttsx3's espeak driver can return from runAndWait before espeak has
                    # written the file (a queued end-of-loop is pumped as the loop starts)
                    finished.wait(SYNTHESIS_TIMEOUT_S)
                finally:
                    engine.disconnect(token)
                with wave.open(path, "rb") as audio:
                    if audio.getsampwidth() != 2 or audio.getnchannels() != 1:
                        raise SpeechError(translate(
                            "Speech", "The speech engine produced an unexpected audio format."))
                    return audio.readframes(audio.getnframes()), audio.getframerate()
        except SpeechError:
            raise
        except Exception as error:  # any engine failure becomes one domain error here
            raise SpeechError(translate(
                "Speech", "Spoken prompts are unavailable ({error}): install espeak-ng (Debian: "
                "{command}).").format(error=error, command="apt install espeak-ng")) from error


_ENGINE = _SharedEngine()
atexit.register(_ENGINE.let_go)
