"""A SIP call's audio through the real audio engine (``softphone.audio.engine``), which runs
without a sound card: RTP from the far end lands in the engine's ``CallAudio`` as speech."""

from __future__ import annotations

import socket
import struct
from collections.abc import Iterator

import numpy as np
import pytest
from aiortp.codecs.g711 import PcmuCodec

from softphone.audio.engine import Engine
from softphone.blocks.post import run_now
from softphone.carriers.sip import SipCarrier
from softphone.core.audio import CallAudio
from softphone.core.calls import CallKind, CallState
from softphone.core.carrier import CarrierContext, OutboundCall
from softphone.settings.store import Settings
from tests.sip.conftest import (
    CoreScheduler,
    Recorder,
    free_udp_port,
    wait_until,
    wait_until_serving,
)
from tests.sip.test_sip_in_call import media_keys

pytestmark = pytest.mark.slow


class OpenedCalls:
    """The real engine, noting each ``CallAudio`` it hands the carrier so the test can read it."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.calls: dict[str, CallAudio] = {}

    def open_call(self, call_id: str, sample_rate: int) -> CallAudio:
        audio = self.engine.open_call(call_id, sample_rate)
        self.calls[call_id] = audio
        return audio


@pytest.fixture
def real_engine(sip_settings: Settings) -> Iterator[Engine]:
    made = Engine(sip_settings, run_now, device_events=lambda: None)
    made.start()
    yield made
    made.close()


def tone_packets(count: int) -> list[bytes]:
    """PCMU RTP packets of a 1 kHz tone at -12 dBFS, 20 ms each."""
    samples = (8000 * np.sin(2 * np.pi * 1000 * np.arange(160 * count) / 8000)).astype("<i2")
    codec = PcmuCodec()
    return [struct.pack("!BBHII", 0x80, 0, index, index * 160, 0x5EED)
            + codec.encode(samples[index * 160:(index + 1) * 160].tobytes())
            for index in range(count)]


def test_a_sip_calls_rtp_reaches_the_engines_call_audio(
        sipp, sip_settings, recorder: Recorder, real_engine: Engine) -> None:
    rtp_port = free_udp_port()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as far_end:  # closed if it fails too
        far_end.bind(("127.0.0.1", rtp_port))
        far_end.settimeout(5)
        callee = sipp("media_callee.xml", extra=media_keys(rtp_port, 0, 101))
        sip_settings.update({"carrier.sip.proxy": f"127.0.0.1:{callee.port}"})
        opened = OpenedCalls(real_engine)
        carrier = SipCarrier(CarrierContext(sip_settings, CoreScheduler(), opened))
        carrier.start(recorder)
        try:
            wait_until_serving(sip_settings.get("carrier.sip.local_port"))
            carrier.place_call(OutboundCall("call-1", "+15557654321", CallKind.NORMAL,
                                            "+15551230009", None, None, "US"))
            recorder.wait_for(lambda: CallState.CONNECTED in recorder.state_of("call-1"))
            _frame, softphone_rtp = far_end.recvfrom(2048)  # its RTP port, from its own packets
            for packet in tone_packets(25):
                far_end.sendto(packet, softphone_rtp)
            audio = wait_until(lambda: opened.calls.get("call-1"), "the engine's CallAudio")
            playback = audio.playback  # type: ignore[attr-defined]
            wait_until(lambda: playback.written >= 160 * 10, "the far end's audio in the engine")
            heard = np.zeros(160, dtype=np.int16)
            loudest = 0
            for _ in range(20):  # what the speaker callback would play, frame by frame
                audio.pull(heard)  # type: ignore[attr-defined]
                loudest = max(loudest, int(np.abs(heard.astype(np.int32)).max()))
            assert loudest > 6000  # the tone, not silence (its peak is 8000)
            carrier.hangup("call-1")
            assert callee.finish() == 0, callee.log()
            assert audio.closed  # type: ignore[attr-defined]
        finally:
            carrier.stop()
