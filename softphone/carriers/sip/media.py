"""One call's audio: an RTP or SRTP stream (aiortp) bridged to the audio engine's ``CallAudio``.

Codecs, in the order offered: G.722 (wideband, 16 kHz audio, RFC 3551's 8 kHz RTP clock), then
G.711 (PCMU, PCMA) at 8 kHz, with RFC 4733 telephone events sent with the payload type the far
end's SDP gave them (101 in our offers; a caller's offer may say 96). Emergency audio must be
intelligible, so G.722 is taken whenever the far end offers or accepts it. aiortp encodes and
decodes G.711 with numpy lookup tables and G.722 with the ``g722`` C extension.

SRTP (see ``srtp``): once the far end's key is known, every packet the session sends is
protected and every packet it receives is checked and decrypted, under the RTP library, which
then sees plain RTP. A packet that fails authentication is dropped.

The RTP port pair is reserved before the INVITE goes out (its port is in the SDP offer) with two
plain sockets; the RTP library itself (aiortp, which builds its G.711 tables and imports numpy
when imported: about a tenth of a second) loads only once the call has started, on a worker
thread (``warm_up``: after the INVITE or the 180 is on the wire), and the RTP session is made
on the same port when the far end's answer says where to send. Nothing arriving before that is
read (the far end's key and codec are not known yet). A library that cannot be loaded costs
the call its audio, never the call: the INVITE has gone out and the agent is told.

The audio device is opened off the SIP loop, because the first stream open can take over a
second, and until it is open received audio is dropped and silence is sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from types import ModuleType
from typing import TYPE_CHECKING, Protocol

from aiosipua import SdpMessage, build_sdp, negotiate_sdp, serialize_sdp

from softphone.blocks.text import translate
from softphone.carriers.sip import srtp
from softphone.carriers.sip.srtp import Crypto, CryptoError, Srtp
from softphone.core.audio import AudioEngine, CallAudio

if TYPE_CHECKING:
    from aiortp import RTPSession

log = logging.getLogger("carrier")

FRAME_SECONDS = 0.02
DTMF_PAYLOAD = 101
DTMF_TONE_MS = 160
DTMF_GAP_SECONDS = 0.25
DTMF_DIGITS = set("0123456789*#ABCD")
BIND_ATTEMPTS = 5
PLAIN, SECURE = "RTP/AVP", "RTP/SAVP"
RTP_PORTS = (10000, 20000)  # aiortp's range, which the tests keep clear of
RTP_LIBRARY = "aiortp"

Address = tuple[str, int]


@dataclass(frozen=True)
class Codec:
    """An audio codec the softphone offers: its RTP payload type and clock."""

    payload_type: int
    name: str
    sample_rate: int  # of the audio (the RTP clock of G.722 is 8000 all the same)
    timestamp_step: int  # RTP clock units per 20 ms frame


CODECS = {codec.payload_type: codec for codec in (
    Codec(9, "G722", 16000, 160),
    Codec(0, "PCMU", 8000, 160),
    Codec(8, "PCMA", 8000, 160),
)}
WIDEBAND = 9


class MediaError(RuntimeError):
    """The call's media could not be set up; the message says what was refused."""


class RtpUnavailable(MediaError):
    """The RTP library cannot be loaded (a broken install): the call goes on without audio."""


def rtp_library() -> ModuleType:
    """aiortp, imported on first use (see the module docstring); ``RtpUnavailable`` naming the
    fix when it cannot be."""
    try:
        import aiortp

        return aiortp
    except Exception as error:  # any failure of a broken install: ImportError, OSError, ...
        log.error("the RTP library could not be loaded: %s", error)
        raise RtpUnavailable(translate("Sip", "the RTP library could not be loaded ({error}); "
                                              "reinstall the softphone").format(
            error=str(error))) from error


async def warm_up() -> None:
    """Load the RTP library on a worker thread, so that the far end's answer finds it loaded;
    the loop keeps answering meanwhile. Called once a call's INVITE (or 180) is on the wire,
    never before: an import holds the interpreter for most of its tenth of a second."""
    with contextlib.suppress(MediaError):  # said in the log; the call that needs it tells
        await _rtp_library_off_loop()  # the agent


async def _rtp_library_off_loop() -> ModuleType:
    loaded = sys.modules.get(RTP_LIBRARY)
    if isinstance(loaded, ModuleType):
        return loaded
    return await asyncio.get_running_loop().run_in_executor(None, rtp_library)


@dataclass(frozen=True)
class Offer:
    """What our SDP offers for media security: the profile and our keys (none: plain RTP)."""

    proto: str = PLAIN
    cryptos: tuple[Crypto, ...] = ()

    @classmethod
    def plain(cls) -> Offer:
        return cls()

    @classmethod
    def best_effort(cls) -> Offer:
        """RTP/AVP with keys: a far end that knows SDES answers with its key (RFC 4568 keys
        in an RTP/AVP offer, as baresip's and Linphone's optional SRTP do); one that does not
        ignores them and the call is plain."""
        return cls(PLAIN, srtp.offer())

    @classmethod
    def mandatory(cls) -> Offer:
        return cls(SECURE, srtp.offer())


def offer_sdp(local_ip: str, port: int, offer: Offer = Offer()) -> str:
    """An SDP offer of G.722, PCMU and PCMA with telephone events (RFC 4733), as ``offer``
    says: RTP/AVP or RTP/SAVP, with our ``a=crypto`` keys if any."""
    sdp = build_sdp(local_ip=local_ip, rtp_port=port, payload_type=WIDEBAND, codec_name="G722",
                    dtmf_payload_type=DTMF_PAYLOAD)
    audio = sdp.audio
    assert audio is not None
    audio.proto = offer.proto
    audio.formats[1:1] = ["0", "8"]
    audio.attributes["rtpmap"][1:1] = ["0 PCMU/8000", "8 PCMA/8000"]
    if offer.cryptos:
        audio.attributes["crypto"] = [crypto.attribute() for crypto in offer.cryptos]
    return serialize_sdp(sdp)


def chosen_codec(answer: SdpMessage | None) -> tuple[int, tuple[str, int]]:
    """The payload type (G.722 or G.711) and RTP address the far end's SDP settled on."""
    if answer is None or answer.audio is None or answer.rtp_address is None:
        raise MediaError(translate("Sip", "the far end sent no audio description (SDP)"))
    for codec in answer.audio.codecs:
        if codec.payload_type in CODECS:
            return codec.payload_type, answer.rtp_address
    raise MediaError(translate("Sip", "the far end offered no G.722 or G.711 audio (PCMU or "
                                      "PCMA)"))


def answered_security(offer: Offer, answer: SdpMessage | None) -> Srtp | None:
    """SRTP if the far end took our keys, ``None`` if it answered plain RTP; ``CryptoError``
    (naming the problem) if its answer cannot be used."""
    audio = answer.audio if answer is not None else None
    lines = audio.attributes.get("crypto", []) if audio is not None else []
    if not offer.cryptos or (not lines and audio is not None and audio.proto == PLAIN):
        return None
    return srtp.accept_answer(offer.cryptos, lines)


def telephone_events(sdp: SdpMessage | None) -> int | None:
    """The payload type ``sdp`` gives RFC 4733 telephone events, or ``None`` if it has none."""
    if sdp is None or sdp.audio is None:
        return None
    return next((codec.payload_type for codec in sdp.audio.codecs
                 if codec.encoding_name.lower() == "telephone-event"), None)


def secure(session: RTPSession, context: Srtp) -> None:
    """Put SRTP under ``session``: its RTP and RTCP sockets protect what is sent and unprotect
    what arrives, so the library above sees plain packets (it has no SRTP of its own)."""
    for transport in (session._rtp_transport, session._rtcp_transport):
        if transport is not None:
            transport.send = partial(_protected_send, context, transport.send)  # type: ignore[method-assign]
            transport._on_rtp = partial(_checked, context, transport._on_rtp)
            transport._on_rtcp = partial(_checked, context, transport._on_rtcp)


def _protected_send(context: Srtp, send: Callable[[bytes, Address | None], None],
                    data: bytes, addr: Address | None = None) -> None:
    send(context.protect(data), addr)


def _checked(context: Srtp, deliver: Callable[[bytes, Address], None], data: bytes,
             addr: Address) -> None:
    plain = context.unprotect(data)
    if plain is not None:
        deliver(plain, addr)


class Ports(Protocol):
    """Where a call's RTP/RTCP port pair comes from (``MediaPorts``; aiortp's ``PortAllocator``
    in the benchmarks)."""

    async def allocate(self) -> tuple[int, int]: ...

    async def release(self, rtp_port: int) -> None: ...


class MediaPorts:
    """RTP/RTCP port pairs in ``RTP_PORTS``, tried on the address the call's media binds to.

    Each pair is tried on ``host`` only (aiortp's allocator tries every interface, 0.0.0.0), so
    nothing of the softphone's media listens anywhere but where ``carrier.sip.local_address``
    says, even for a moment.
    """

    def __init__(self, host: str) -> None:
        self._host = host
        self._family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._allocated: set[int] = set()
        self._lock = asyncio.Lock()

    async def allocate(self) -> tuple[int, int]:
        async with self._lock:
            for port in range(RTP_PORTS[0], RTP_PORTS[1], 2):
                if port in self._allocated:
                    continue
                with socket.socket(self._family, socket.SOCK_DGRAM) as rtp, \
                        socket.socket(self._family, socket.SOCK_DGRAM) as rtcp:
                    try:
                        rtp.bind((self._host, port))
                        rtcp.bind((self._host, port + 1))
                    except OSError:
                        continue
                self._allocated.add(port)
                return port, port + 1
            raise RuntimeError(translate("Sip", "no free RTP port pair on {host} between {low} "
                                                "and {high}").format(
                host=self._host, low=RTP_PORTS[0], high=RTP_PORTS[1]))

    async def release(self, rtp_port: int) -> None:
        async with self._lock:
            self._allocated.discard(rtp_port)


class Media:
    """RTP for one call. Lives on the adapter's event loop; every method runs there."""

    def __init__(self, local_ip: str, port: int, reserved: list[socket.socket],
                 ports: Ports) -> None:
        self.local_ip = local_ip
        self.port = port
        self._ports = ports
        self._reserved = reserved  # hold the port pair until the RTP session takes it over
        self._session: RTPSession | None = None  # made once the far end is known (connect)
        self._payload_type = 0  # PCMU until the far end chose
        self._dtmf_payload_type: int | None = DTMF_PAYLOAD  # None: the far end takes none
        self._session_dtmf = DTMF_PAYLOAD  # what the RTP session sends events with
        self._audio: CallAudio | None = None
        self._pump: asyncio.Task[None] | None = None
        self._timestamp = 0
        self._muted_until = 0.0  # no voice frames while keypad tones play (RFC 4733 §2.5)
        self.srtp: Srtp | None = None
        self.offer = Offer.plain()  # what a re-INVITE offers again (same keys, RFC 4568 §7.1.4)
        self.held = False
        self.closed = False
        self.failure = ""  # why a connected call has no audio, once known
        self._pending_dtmf = ""  # keys pressed before the session was made
        self._answered: tuple[Address, int, int | None] | None = None  # see ``answering``

    @classmethod
    async def bind(cls, local_ip: str, ports: Ports) -> Media:
        """Reserve an RTP/RTCP port pair; the far end is learnt later from its SDP.

        Two plain sockets hold the pair (nothing of the RTP library is loaded for it, so the
        INVITE waits for nothing but them); what arrives on them before the far end is known is
        never read. The allocator only checks that a pair is free; another program may take it
        before it is bound here, so a taken pair is left marked as used and the next one tried.
        """
        family = socket.AF_INET6 if ":" in local_ip else socket.AF_INET
        attempts = BIND_ATTEMPTS
        while True:
            port, _rtcp = await ports.allocate()
            attempts -= 1
            reserved: list[socket.socket] = []
            try:
                for number in (port, port + 1):
                    reserved.append(socket.socket(family, socket.SOCK_DGRAM))
                    reserved[-1].bind((local_ip, number))
            except OSError:
                for sock in reserved:
                    sock.close()
                if attempts == 0:
                    raise
                continue
            return cls(local_ip, port, reserved, ports)

    def _release_reservation(self) -> None:
        for sock in self._reserved:
            sock.close()
        self._reserved.clear()

    @property
    def keys_waiting(self) -> str:
        """Keys pressed before the RTP session was made, sent once it is."""
        return self._pending_dtmf

    @property
    def session(self) -> RTPSession:
        """The RTP session, once ``connect`` made it."""
        if self._session is None:
            raise MediaError(translate("Sip", "the call's audio is not connected"))
        return self._session

    async def connect(self, remote: tuple[str, int], payload_type: int,
                      dtmf_payload_type: int | None, security: Srtp | None = None) -> None:
        """Make the RTP session on the reserved port, pointed at the far end, with the codec
        and the payload type for telephone events it chose (``None``: it takes no keypad
        tones), protected with ``security`` if given. ``MediaError`` when the RTP library
        cannot be loaded (the call goes on without audio)."""
        self._dtmf_payload_type = dtmf_payload_type
        if security is not None:
            self.srtp = security
        try:
            await self._make_session(remote, payload_type, dtmf_payload_type, security)
        except (MediaError, OSError) as error:
            self.failure = str(error)
            raise

    async def _make_session(self, remote: Address, payload_type: int,
                            dtmf_payload_type: int | None, security: Srtp | None) -> None:
        library = await _rtp_library_off_loop()
        if self.closed:
            return  # hung up meanwhile
        events = dtmf_payload_type or DTMF_PAYLOAD
        if self._session is not None:
            await self._session.close()
            await asyncio.sleep(0)  # the socket closes on the loop's next turn; then rebind
        self._release_reservation()
        session = await library.RTPSession.create(
            local_addr=(self.local_ip, self.port), remote_addr=remote,
            payload_type=payload_type, jitter_prefetch=2, dtmf_payload_type=events)
        if self.closed:
            await session.close()
            return
        self._session = session
        self._payload_type, self._session_dtmf = payload_type, events
        if session._sender is not None:  # aiortp steps G.722 by its 16 kHz samples
            session._sender.timestamp_increment = CODECS[payload_type].timestamp_step
        if security is not None:
            secure(session, security)
        if self._pending_dtmf:
            pending, self._pending_dtmf = self._pending_dtmf, ""
            self.send_dtmf(pending)

    async def connect_answered(self) -> None:
        """``connect`` as ``answering`` negotiated it: called once the 200 OK is sent."""
        assert self._answered is not None, "connect_answered follows answering"
        remote, payload_type, events = self._answered
        await self.connect(remote, payload_type, events, self.srtp)

    @classmethod
    async def answering(cls, local_ip: str, ports: Ports, offer: SdpMessage | None,
                        use_srtp: bool = True) -> tuple[Media, str]:
        """Media for an inbound call, and the SDP answer to send in the 200 OK; once that is
        sent, ``connect_answered`` makes the RTP session (the answer waits for nothing but the
        port).

        G.722 if the caller offers it, else its first G.711. SRTP when the caller offers keys
        and ``use_srtp`` (the policy is not "off"); an RTP/SAVP offer whose keys cannot be used
        is refused with the reason.
        """
        if offer is None or offer.audio is None or offer.rtp_address is None:
            raise MediaError(translate("Sip", "the caller sent no audio description (SDP)"))
        offered_keys = offer.audio.attributes.get("crypto", [])
        ours: Crypto | None = None
        security: Srtp | None = None
        if offer.audio.proto == SECURE and not use_srtp:
            raise MediaError(translate("Sip", "the caller requires SRTP (RTP/SAVP) and "
                                              "carrier.sip.media_security is off"))
        if offered_keys and use_srtp:
            try:
                ours, security = srtp.answer_offer(offered_keys)
            except CryptoError as error:
                if offer.audio.proto == SECURE:
                    raise MediaError(translate("Sip", "the caller's SRTP keys cannot be used: "
                                                      "{error}").format(error=str(error))) from None
                log.warning("Answered plain RTP: the caller's optional SRTP keys cannot be "
                            "used (%s)", error)
        offered = {codec.payload_type for codec in offer.audio.codecs}
        supported = [WIDEBAND] if WIDEBAND in offered else [0, 8]
        media = await cls.bind(local_ip, ports)
        try:
            events = telephone_events(offer)
            answer, payload_type = negotiate_sdp(offer=offer, local_ip=local_ip,
                                                 rtp_port=media.port,
                                                 supported_codecs=supported,
                                                 dtmf_payload_type=events or DTMF_PAYLOAD)
        except Exception as error:
            await media.close()
            raise MediaError(translate("Sip", "no common audio codec with the caller ({error})")
                             .format(error=str(error))) from error
        media._answered = (offer.rtp_address, payload_type, events)
        media.srtp = security
        audio = answer.audio
        assert audio is not None
        if ours is not None:
            audio.attributes["crypto"] = [ours.attribute()]
            media.offer = Offer(audio.proto, (ours,))
        return media, serialize_sdp(answer)

    def start_audio(self, engine: AudioEngine, call_id: str,
                    on_problem: Callable[[str], None]) -> None:
        """Open the call's audio off the loop, then move 20 ms frames both ways."""
        loop = asyncio.get_running_loop()

        async def run() -> None:
            try:
                audio = await loop.run_in_executor(None, engine.open_call, call_id,
                                                   CODECS[self._payload_type].sample_rate)
            except Exception as error:  # the call goes on without the headset
                on_problem(translate("Sip", "The headset audio could not be opened ({error}); "
                                            "the call stays up.").format(error=str(error)))
                return
            if self.closed:
                audio.close()
                return
            self._audio = audio
            self.session.on_audio = lambda pcm, _timestamp: audio.write_remote(pcm)
            await self._send_frames(audio)

        self._pump = loop.create_task(run())

    async def _send_frames(self, audio: CallAudio) -> None:
        """Send one frame every 20 ms on a drift-free schedule."""
        due = time.monotonic()
        while not self.closed:
            due += FRAME_SECONDS
            await asyncio.sleep(max(0.0, due - time.monotonic()))
            frame = audio.read_local()
            if self.held or time.monotonic() < self._muted_until:
                continue
            self._timestamp = self.session.send_audio_pcm_auto(frame)

    def send_dtmf(self, digits: str) -> None:
        """RFC 4733 events, one digit after another; other characters are refused first."""
        bad = sorted({digit for digit in digits.upper() if digit not in DTMF_DIGITS})
        if bad:
            raise MediaError(translate("Sip", "these are not keypad tones: {digits}").format(
                digits=" ".join(bad)))
        if self.failure:
            raise MediaError(translate("Sip", "the call has no audio ({error})").format(
                error=str(self.failure)))
        if self._dtmf_payload_type is None:
            raise MediaError(translate("Sip", "the far end takes no keypad tones (its SDP offers "
                                              "no RFC 4733 telephone-event)"))
        if self._session is None:  # the RTP library is still loading: sent once it is made
            self._pending_dtmf += digits.upper()
            return
        loop = asyncio.get_running_loop()
        for index, digit in enumerate(digits.upper()):
            loop.call_later(index * DTMF_GAP_SECONDS, self._send_digit, digit)

    def _send_digit(self, digit: str) -> None:
        if self.closed or self._session is None:
            return
        self._muted_until = time.monotonic() + DTMF_TONE_MS / 1000
        self._session.send_dtmf(digit, DTMF_TONE_MS, timestamp=self._timestamp)

    async def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        if self._pump is not None:
            self._pump.cancel()
        if self._audio is not None:
            self._audio.close()
        self._release_reservation()
        if self._session is not None:
            await self._session.close()
        await self._ports.release(self.port)
