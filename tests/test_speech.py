"""Spoken prompts from several ``Speech`` objects at once (a simulated carrier replaced while the
next one greets, two drills): pyttsx3 gives them all the process's one espeak-ng engine, which is
not thread-safe, so their syntheses must take turns or the process crashes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

SPEAKERS, PROMPTS = 3, 4
MANY_AT_ONCE = f"""
import json, threading
from softphone.blocks.speech import Speech

done = threading.Semaphore(0)
sizes, failures = [], []
def audio(pcm, _rate):
    sizes.append(len(pcm)); done.release()
def failed(message):
    failures.append(message); done.release()

speakers = [Speech() for _ in range({SPEAKERS})]
for _ in range({PROMPTS}):
    for speech in speakers:
        speech.speak("Emergency services. What is the address of your emergency?", audio, failed)
for _ in range({SPEAKERS * PROMPTS}):
    assert done.acquire(timeout=60), "a prompt never came"
print(json.dumps({{"sizes": sizes, "failures": failures}}))
"""


def test_prompts_synthesised_by_several_speech_objects_at_once_all_come_whole() -> None:
    run = subprocess.run([sys.executable, "-c", MANY_AT_ONCE], capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, (run.returncode, run.stderr[-2000:])
    assert "Exception ignored" not in run.stderr  # nor does the engine's clean-up fail at exit
    said = json.loads(run.stdout.splitlines()[-1])
    assert said["failures"] == [] and len(said["sizes"]) == SPEAKERS * PROMPTS
    # the same words each time: espeak-ng's output varies by a few samples, never by a part
    assert min(said["sizes"]) > 0.95 * max(said["sizes"])
