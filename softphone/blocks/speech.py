"""Spoken prompts: text to 16-bit mono PCM with pyttsx3 (espeak-ng on Linux, SAPI5, NSSpeech).

pyttsx3 is not thread-safe and its first use loads a speech engine, so one worker thread owns it
and callers get the result through callbacks. The WAV that pyttsx3 insists on writing goes to a
private RAM-backed folder where one exists (prompts may read back a callback number or location)
and is deleted at once.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
import wave
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

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
        self._engine: Any = None

    def speak(self, text: str, on_audio: Callable[[bytes, int], None],
              on_error: Callable[[str], None]) -> None:
        """Synthesise ``text`` in the background; ``on_audio(pcm, rate)`` or ``on_error(message)``
        is called from the worker thread."""

        def work() -> None:
            try:
                pcm, rate = self._synthesise(text)
            except SpeechError as error:
                on_error(str(error))
                return
            on_audio(pcm, rate)

        self._worker.submit(work)

    def _synthesise(self, text: str) -> tuple[bytes, int]:
        try:
            import pyttsx3  # deferred: loading the engine costs start-up time
        except ImportError as error:
            raise SpeechError("Spoken prompts are unavailable: the pyttsx3 package is missing "
                              "(reinstall the softphone).") from error
        try:
            if self._engine is None:
                self._engine = pyttsx3.init()
            engine = self._engine
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
                        raise SpeechError("The speech engine produced an unexpected audio format.")
                    return audio.readframes(audio.getnframes()), audio.getframerate()
        except SpeechError:
            raise
        except Exception as error:  # any engine failure becomes one domain error here
            raise SpeechError(f"Spoken prompts are unavailable ({error}): install espeak-ng "
                              "(Debian: apt install espeak-ng).") from error

    def close(self) -> None:
        self._worker.shutdown(wait=False, cancel_futures=True)
