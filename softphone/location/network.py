"""Which network the workstation is on, as a short opaque fingerprint.

Used to remember the confirmed address per network and to notice a move (RAY BAUM's Act): a new
default gateway (its address and, on Linux, its hardware address, which tells two home routers
that both use 192.168.1.1 apart) or new subnets on the active interfaces. A Wi-Fi network shows
up through its gateway and subnet; reading the SSID needs platform tools this does not depend on.
Only a hash leaves this module, so no network address is stored or shown.
"""

from __future__ import annotations

import hashlib
import socket
import struct
from collections.abc import Iterable
from pathlib import Path

from softphone.qt import QtNetwork

PROC_ROUTE = Path("/proc/net/route")
PROC_ARP = Path("/proc/net/arp")


def default_gateway(route_table: str) -> tuple[str, str] | None:
    """(interface, gateway IPv4) of the default route in ``/proc/net/route`` text."""
    for line in route_table.splitlines()[1:]:
        parts = line.split()
        if len(parts) >= 8 and parts[1] == "00000000" and parts[7] == "00000000":
            try:
                gateway = socket.inet_ntoa(struct.pack("<I", int(parts[2], 16)))
            except (ValueError, struct.error):
                continue
            return parts[0], gateway
    return None


def hardware_address(arp_table: str, ip: str) -> str | None:
    """The MAC address ``/proc/net/arp`` text holds for ``ip``."""
    for line in arp_table.splitlines()[1:]:
        parts = line.split()
        if len(parts) >= 4 and parts[0] == ip and parts[3] != "00:00:00:00:00:00":
            return parts[3].lower()
    return None


def interface_subnets() -> list[str]:
    """Network prefixes of the interfaces that are up, not loopback (Qt, every platform)."""
    subnets = []
    flags = QtNetwork.QNetworkInterface.InterfaceFlag
    for interface in QtNetwork.QNetworkInterface.allInterfaces():
        state = interface.flags()
        if not (state & flags.IsUp and state & flags.IsRunning) or state & flags.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            address = entry.ip()
            if address.isLinkLocal() or address.isLoopback():
                continue
            prefix = entry.prefixLength()
            subnet, _ = QtNetwork.QHostAddress.parseSubnet(f"{address.toString()}/{prefix}")
            subnets.append(f"{subnet.toString()}/{prefix}")
    return sorted(set(subnets))


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""


def fingerprint_of(parts: Iterable[str]) -> str:
    joined = "\n".join(sorted(parts))
    return hashlib.sha256(joined.encode()).hexdigest()[:16] if joined else "unknown"


def current_fingerprint(route_file: Path = PROC_ROUTE, arp_file: Path = PROC_ARP) -> str:
    """The fingerprint of the network now; ``"unknown"`` with no network at all. Blocking I/O
    (small files, the interface list): call it off the GUI thread."""
    parts = [f"subnet {subnet}" for subnet in interface_subnets()]
    gateway = default_gateway(_read(route_file))
    if gateway is not None:
        interface, ip = gateway
        parts.append(f"gateway {ip} via {interface}")
        mac = hardware_address(_read(arp_file), ip)
        if mac:
            parts.append(f"gateway hardware {mac}")
    return fingerprint_of(parts)
