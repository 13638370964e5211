"""What the SIP carrier's jobs share: the loop, the stack, the listener, and resolved routes.

The carrier is split by job (``account``, ``outbound``, ``inbound``, ``in_dialog``), each a class
that lives on the adapter's event loop. They all need the same few things: where to report a
call's state or a problem, how to start a coroutine that must not be lost, the SIP stack once it
is open, the RTP ports, and the routes' addresses resolved ahead of the first call. ``Link`` holds
exactly those, so that no job reaches into another's records.

Every method runs on the loop's thread, except where a docstring says otherwise.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Coroutine
from typing import Any

from softphone.blocks.text import translate
from softphone.carriers.sip.config import Endpoint, SipConfig
from softphone.carriers.sip.media import MediaPorts
from softphone.carriers.sip.stack import Address, Uac, address_towards
from softphone.carriers.sip.trust import Trust
from softphone.core.audio import AudioEngine
from softphone.core.calls import CallState
from softphone.core.carrier import CarrierListener

log = logging.getLogger("carrier")


class Link:
    """The shared state of one running SIP carrier (see the module docstring)."""

    def __init__(self, config: SipConfig, listener: CarrierListener | None,
                 audio: AudioEngine) -> None:
        self.config = config
        self.audio = audio
        self._listener = listener
        self.uac: Uac | None = None  # set once the transport is open
        self.local_ip = "127.0.0.1"
        self.ports = MediaPorts(self.local_ip)
        self.tasks: set[asyncio.Task[Any]] = set()
        self._addresses: dict[Endpoint, Address] = {}
        self.trust = Trust(config.trusted_peers, lambda: self.problem(translate(
            "Sip", "This softphone ignored a SIP request from an address that is not its proxy, "
                   "registrar or a trusted peer. If PSAP callbacks or other calls come from "
                   "another address, add it to carrier.sip.trusted_peers.")))
        for endpoint in self._routes():
            self.trust.learn(endpoint.host)  # addresses are trusted at once; names once resolved

    def _routes(self) -> set[Endpoint]:
        config = self.config
        return {endpoint for endpoint in (config.proxy, config.fallback_proxy,
                                          config.direct_offer_proxy) if endpoint is not None}

    # ----- reporting (any thread: the listener moves calls onto the core's thread) -----

    def state(self, call_id: str, state: CallState, reason: str = "") -> None:
        if self._listener is not None:
            self._listener.call_state_changed(call_id, state, reason)

    def problem(self, message: str) -> None:
        if self._listener is not None:
            self._listener.carrier_problem(message)

    # ----- work on the loop -----

    def spawn(self, coroutine: Coroutine[Any, Any, Any]) -> None:
        """Run ``coroutine`` on the loop, kept until it ends; a failure is reported, not lost."""
        task = asyncio.get_running_loop().create_task(coroutine)
        self.tasks.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self.tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("SIP carrier task failed", exc_info=task.exception())
            self.problem(translate("Sip", "The SIP carrier hit an internal error ({error}); the "
                                          "call may need to be placed again.").format(
                error=str(task.exception())))

    def bind_to(self, local_ip: str) -> None:
        """Signalling and media use ``local_ip`` (the configured address, or the one that
        reaches the proxy)."""
        self.local_ip = local_ip
        self.ports = MediaPorts(local_ip)

    def stack(self) -> Uac:
        """The SIP stack; jobs only run once it is open."""
        assert self.uac is not None
        return self.uac

    # ----- addresses -----

    async def resolve(self, endpoint: Endpoint) -> Address:
        known = self._addresses.get(endpoint)
        if known is not None:
            return known
        loop = asyncio.get_running_loop()
        found = await loop.getaddrinfo(endpoint.host, endpoint.port, type=socket.SOCK_DGRAM)
        address = (str(found[0][4][0]), int(found[0][4][1]))
        self._addresses[endpoint] = address
        if endpoint in self._routes():
            for entry in found:  # every address of a proxy may send us requests
                self.trust.learn(str(entry[4][0]))
        return address

    async def resolve_routes(self) -> None:
        """Look every route up ahead of the first call, so dialling needs no DNS; and the
        trusted peers named by host name, so their requests are taken."""
        for endpoint in self._routes():
            try:
                await self.resolve(endpoint)
            except OSError as error:
                self.problem(translate("Sip", "The SIP route {host} cannot be found ({error}); "
                                              "check its name in the carrier settings and the "
                                              "network.").format(host=endpoint.host,
                                                                 error=str(error)))
        loop = asyncio.get_running_loop()
        for name in self.trust.names:
            try:
                found = await loop.getaddrinfo(name, None, type=socket.SOCK_DGRAM)
            except OSError as error:
                self.problem(translate("Sip", "The trusted SIP peer {host} cannot be found "
                                              "({error}); its calls are ignored until it can. "
                                              "Check carrier.sip.trusted_peers.").format(
                    host=name, error=str(error)))
                continue
            for entry in found:
                self.trust.learn(str(entry[4][0]))

    async def address_towards_proxy(self) -> str:
        """This computer's address on the way to the first proxy (no packet is sent)."""
        config = self.config
        first = config.proxy or config.direct_offer_proxy or config.fallback_proxy
        if first is None:
            return "127.0.0.1"
        try:
            address = await self.resolve(first)
        except OSError:
            return "127.0.0.1"
        return address_towards(address)
