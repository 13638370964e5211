"""SRTP keyed by SDES (RFC 4568): the ``a=crypto`` lines, and one call's protect and unprotect.

Each side sends its own master key (and salt) in the SDP, base64 after ``inline:``; a side
encrypts with its own key and decrypts with the other's. Suites, in the order offered:
AEAD_AES_128_GCM (RFC 7714), AES_CM_128_HMAC_SHA1_80 and AES_CM_128_HMAC_SHA1_32 (RFC 4568);
libsrtp does the cryptography (``pylibsrtp``, the binding aiortc uses). Keys are fresh for every
offer and answer (``secrets.token_bytes``) and never leave this module in a log line or a
``repr``: a ``Crypto`` prints as its tag and suite only, and the errors quote no key.

``SRTP_LIFETIME``/MKI parameters after the key are accepted and ignored (libsrtp's default key
lifetime applies; an MKI is refused, as libsrtp is set up without one here).
"""

from __future__ import annotations

import base64
import binascii
import logging
import secrets
from dataclasses import dataclass, field

import pylibsrtp

from softphone.blocks.text import joined, translate

log = logging.getLogger("carrier")


@dataclass(frozen=True)
class Suite:
    """An SRTP crypto suite as SDES names it and libsrtp runs it."""

    name: str
    profile: int  # pylibsrtp's SRTP_PROFILE_*
    key_length: int  # master key + master salt, in bytes


SUITES = (
    Suite("AEAD_AES_128_GCM", pylibsrtp.Policy.SRTP_PROFILE_AEAD_AES_128_GCM, 16 + 12),
    Suite("AES_CM_128_HMAC_SHA1_80", pylibsrtp.Policy.SRTP_PROFILE_AES128_CM_SHA1_80, 16 + 14),
    Suite("AES_CM_128_HMAC_SHA1_32", pylibsrtp.Policy.SRTP_PROFILE_AES128_CM_SHA1_32, 16 + 14),
)
BY_NAME = {suite.name: suite for suite in SUITES}


class CryptoError(ValueError):
    """An ``a=crypto`` line that cannot be used; the message names the problem, never the key."""


@dataclass(frozen=True)
class Crypto:
    """One ``a=crypto`` line: tag, suite and the sender's master key and salt."""

    tag: int
    suite: Suite
    key: bytes = field(repr=False)

    def attribute(self) -> str:
        """The value after ``a=crypto:``."""
        return f"{self.tag} {self.suite.name} inline:{base64.b64encode(self.key).decode()}"

    @classmethod
    def fresh(cls, tag: int, suite: Suite) -> Crypto:
        return cls(tag, suite, secrets.token_bytes(suite.key_length))


def offer() -> tuple[Crypto, ...]:
    """Our ``a=crypto`` lines for an offer: every suite, each with its own fresh key."""
    return tuple(Crypto.fresh(tag, suite) for tag, suite in enumerate(SUITES, start=1))


def parse(value: str) -> Crypto:
    """``"1 AES_CM_128_HMAC_SHA1_80 inline:<base64>|2^20"`` → ``Crypto``, or ``CryptoError``."""
    parts = value.split()
    if len(parts) < 3 or not parts[0].isdigit() or len(parts[0]) > 9:
        raise CryptoError(translate("Sip", "a malformed a=crypto line (RFC 4568 wants: tag suite "
                                           "inline:key)"))
    tag, name, params = int(parts[0]), parts[1], parts[2]
    suite = BY_NAME.get(name)
    if suite is None:
        raise CryptoError(translate("Sip", "the crypto suite {suite} is not supported "
                                           "(supported: {supported})").format(
            suite=repr(name[:40]), supported=", ".join(BY_NAME)))
    if not params.startswith("inline:"):
        raise CryptoError(translate("Sip", "the {suite} key is not given inline (RFC 4568 §6.1)")
                          .format(suite=name))
    key_text, *extras = params[len("inline:"):].split("|")
    if any(":" in extra for extra in extras):
        raise CryptoError(translate("Sip", "the {suite} key has an MKI, which is not supported")
                          .format(suite=name))
    try:
        key = base64.b64decode(key_text, validate=True)
    except (binascii.Error, ValueError):
        raise CryptoError(translate("Sip", "the {suite} key is not valid base64").format(
            suite=name)) from None
    if len(key) != suite.key_length:
        raise CryptoError(translate("Sip", "the {suite} key is {length} bytes long, not "
                                           "{expected}").format(suite=name, length=len(key),
                                                                expected=suite.key_length))
    return Crypto(tag, suite, key)


def accept_answer(ours: tuple[Crypto, ...], answer: list[str]) -> Srtp:
    """SRTP from the far end's answer to our offer: its one line must name one of our tags
    with the same suite (RFC 4568 §7.1.3)."""
    if not answer:
        raise CryptoError(translate("Sip", "the far end answered without an a=crypto key"))
    theirs = parse(answer[0])
    mine = next((crypto for crypto in ours if crypto.tag == theirs.tag), None)
    if mine is None or mine.suite != theirs.suite:
        raise CryptoError(translate("Sip", "the far end's a=crypto answer (tag {tag}, {suite}) "
                                           "matches nothing offered").format(
            tag=theirs.tag, suite=theirs.suite.name))
    return Srtp(mine, theirs)


def answer_offer(offered: list[str]) -> tuple[Crypto, Srtp]:
    """Our answer line and SRTP for an offer: the first offered line we can use (the offerer's
    order); lines we cannot use are skipped, and if none is left the reasons are given."""
    reasons: list[str] = []
    for value in offered:
        try:
            theirs = parse(value)
        except CryptoError as error:
            reasons.append(str(error))
            continue
        mine = Crypto.fresh(theirs.tag, theirs.suite)
        return mine, Srtp(mine, theirs)
    raise CryptoError(joined(reasons, "; ") if reasons
                      else translate("Sip", "the offer has no a=crypto key"))


class Srtp:
    """One call's SRTP and SRTCP: our key protects what we send, theirs checks what comes."""

    def __init__(self, ours: Crypto, theirs: Crypto) -> None:
        self.ours = ours  # offered again, unchanged, in a re-INVITE (RFC 4568 §7.1.4)
        self.suite = ours.suite
        self._tx = pylibsrtp.Session(pylibsrtp.Policy(
            key=ours.key, ssrc_type=pylibsrtp.Policy.SSRC_ANY_OUTBOUND,
            srtp_profile=ours.suite.profile))
        self._rx = pylibsrtp.Session(pylibsrtp.Policy(
            key=theirs.key, ssrc_type=pylibsrtp.Policy.SSRC_ANY_INBOUND,
            srtp_profile=theirs.suite.profile))
        self.rejected = 0  # packets that failed authentication (forged, or keys out of step)

    def protect(self, packet: bytes) -> bytes:
        if _is_rtcp(packet):
            return bytes(self._tx.protect_rtcp(packet))
        return bytes(self._tx.protect(packet))

    def unprotect(self, packet: bytes) -> bytes | None:
        """The plain packet, or ``None`` for one that fails authentication (dropped)."""
        try:
            if _is_rtcp(packet):
                return bytes(self._rx.unprotect_rtcp(packet))
            return bytes(self._rx.unprotect(packet))
        except pylibsrtp.Error:
            self.rejected += 1
            if self.rejected == 1:
                log.warning("Dropped an SRTP packet that failed authentication")
            return None


def _is_rtcp(packet: bytes) -> bool:
    """RTCP rather than RTP, by its second byte (RFC 5761 §4: RTCP packet types 192–223),
    without loading the RTP library for it."""
    return len(packet) >= 2 and 192 <= packet[1] <= 223
