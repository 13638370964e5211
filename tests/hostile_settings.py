"""A corpus of hostile settings files: what editors, scripts, other local users and broken disks
put where the softphone reads its settings (the user's ``settings.toml`` and the fleet file).

Each case writes one thing at a path. ``reported`` cases must be reported naming the file and
the fix; the others are files an editor legitimately writes (a byte-order mark, Windows line
ends) and must simply work. Whatever the case, the softphone starts and 911 reaches the carrier.
"""

from __future__ import annotations

import codecs
import gzip
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# The words a fix starts with in the softphone's messages: each problem must say what to do.
FIX_WORDS = ("fix", "save", "remove", "replace", "move", "point", "make", "set", "restart",
             "correct", "update", "chmod", "use", "check")


@dataclass(frozen=True)
class Hostile:
    name: str
    write: Callable[[Path], None]
    reported: bool = True
    applies: tuple[str, str] | None = None  # (key, value) a file that works must have applied


def text(content: str) -> Callable[[Path], None]:
    return lambda path: path.write_text(content, encoding="utf-8")


def raw(content: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(content)


def deep_arrays(depth: int) -> str:
    return "[agent]\nname = " + "[" * depth + "]" * depth + "\n"


def deep_inline_tables(depth: int) -> str:
    return "a = " + "{b = " * depth + "1" + "}" * depth + "\n"


def deep_dotted_key(depth: int) -> str:
    return ".".join(["a"] * depth) + " = 1\n"


def deep_table_header(depth: int) -> str:
    return "[" + ".".join(["a"] * depth) + "]\nb = 1\n"


def fifo(path: Path) -> None:
    os.mkfifo(path)  # a read would wait for a writer for ever


def folder(path: Path) -> None:
    path.mkdir()


def symlink_loop(path: Path) -> None:
    path.symlink_to(path.name)


def dangling_symlink(path: Path) -> None:
    path.symlink_to(path.parent / "moved-away.toml")


def device(path: Path) -> None:
    path.symlink_to("/dev/zero")  # never ends


def world_writable(path: Path) -> None:
    path.write_text('[agent]\nname = "Dana"\n', encoding="utf-8")
    os.chmod(path, 0o666)


def mixed_line_ends(path: Path) -> None:
    path.write_bytes(b'[agent]\r\nname = "Dana CRLF"\r\n')


def large(size: int, line: Callable[[int], str]) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        with path.open("w", encoding="utf-8") as handle:
            written, index = 0, 0
            while written < size:
                written += handle.write(line(index))
                index += 1
    return write


CASES: tuple[Hostile, ...] = (
    # -- bytes and encodings --------------------------------------------------------------------
    Hostile("latin-1 byte", raw('[agent]\nname = "Renée"\n'.encode("latin-1"))),
    Hostile("windows-1252 quotes", raw('[agent]\nname = "\u201cDana\u201d"\n'.encode("cp1252"))),
    Hostile("utf-16 with bom", raw(codecs.BOM_UTF16_LE + '[agent]\nname = "Dana"\n'.encode(
        "utf-16-le"))),
    Hostile("utf-8 bom", raw(codecs.BOM_UTF8 + b'[agent]\nname = "Dana BOM"\n'), reported=False,
            applies=("agent.name", "Dana BOM")),
    Hostile("crlf line ends", mixed_line_ends, reported=False, applies=("agent.name", "Dana CRLF")),
    Hostile("empty file", raw(b""), reported=False),
    Hostile("only comments", text("# nothing set yet\n\n"), reported=False),
    Hostile("random bytes", raw(random.Random(911).randbytes(4096))),
    Hostile("gzip compressed", raw(gzip.compress(b'[agent]\nname = "Dana"\n', mtime=0))),
    Hostile("nul byte in a value", raw(b'[agent]\nname = "Da\x00na"\n')),
    Hostile("invalid utf-8 sequence", raw(b'[agent]\nname = "\xed\xa0\x80"\n')),
    Hostile("bare carriage returns", raw(b'[agent]\rname = "Dana"\r')),
    Hostile("truncated mid-string", text('[agent]\nname = "Da')),
    # -- structure --------------------------------------------------------------------------------
    Hostile("duplicate key", text('[agent]\nname = "A"\nname = "B"\n')),
    Hostile("duplicate table", text('[agent]\nname = "A"\n[agent]\ncountry = "US"\n')),
    Hostile("2000 nested arrays", text(deep_arrays(2000))),
    Hostile("2000 nested inline tables", text(deep_inline_tables(2000))),
    Hostile("2000-part dotted key", text(deep_dotted_key(2000))),
    Hostile("2000-part table header", text(deep_table_header(2000))),
    Hostile("20 nested tables", text(deep_table_header(20))),
    Hostile("5 MB agent name", large(5_000_000, lambda i: '[agent]\nname = "' if i == 0 else "x"
                                     * 1000)),
    Hostile("5 MB key", large(5_000_000, lambda i: "k" * 1000)),
    Hostile("100,000 unknown keys", large(900_000, lambda i: f"k{i} = 1\n")),
    Hostile("value where a table belongs", text('agent = "Dana"\n')),
    Hostile("table where a value belongs", text('[agent.name]\nfirst = "Dana"\n')),
    Hostile("unknown section", text('[futures]\nenabled = true\n')),
    # -- versions ----------------------------------------------------------------------------------
    Hostile("a future version", text('version = 2\n[agent]\nname = "Dana"\n')),
    Hostile("version 0", text("version = 0\n")),
    Hostile("version as text", text('version = "1"\n')),
    Hostile("version as boolean", text("version = true\n")),
    Hostile("version as float", text("version = 1e308\n")),
    Hostile("version beyond 64 bits", text("version = 99999999999999999999999\n")),
    # -- values out of bounds --------------------------------------------------------------------------
    Hostile("proxy port above 65535", text('[carrier.sip]\nproxy = "sbc.example.com:70000"\n')),
    Hostile("proxy port 0", text('[carrier.sip]\nproxy = "sbc.example.com:0"\n')),
    Hostile("local port 65536", text("[carrier.sip]\nlocal_port = 65536\n")),
    Hostile("negative local port", text("[carrier.sip]\nlocal_port = -1\n")),
    Hostile("smtp port 99999", text("[notify.smtp]\nport = 99999\n")),
    Hostile("whole number as float", text("[callback]\nlease_minutes = 60.0\n")),
    Hostile("infinite lease", text("[callback]\nlease_minutes = inf\n")),
    Hostile("nan delay", text("[carrier.simulated]\nanswer_delay = nan\n")),
    Hostile("integer beyond 64 bits", text("[callback]\nlease_minutes = 99999999999999999999999\n")),
    Hostile("boolean as text", text('[carrier.sip]\nregister = "yes"\n')),
    Hostile("300-character name", text(f'[agent]\nname = "{"n" * 300}"\n')),
    Hostile("5,000 callback numbers", text("[callback]\npool = [" + ", ".join(
        f'"+1555{index:07d}"' for index in range(5000)) + "]\n")),
    Hostile("10,000 routing rules", text("[routing]\nrules = [" + ", ".join(
        '{match = "+1900*", action = "refuse"}' for _ in range(10000)) + "]\n")),
    Hostile("1,000 recipients", text("[notify]\nrecipients = [" + ", ".join(
        f'"r{index}@example.com"' for index in range(1000)) + "]\n")),
    Hostile("900 KB template", text('[notify.template]\ntext = """' + "{{agent_name}} " * 60000
                                    + '"""\n')),
    Hostile("datetime for a name", text("[agent]\nname = 1979-05-27T07:32:00Z\n")),
    Hostile("mixed list", text('[callback]\npool = ["+15551230001", 2, true]\n')),
    # -- meaning ----------------------------------------------------------------------------------------
    Hostile("unknown adapter", text('[carrier]\nadapter = "sipp"\n')),
    Hostile("adapter key typo", text('[carrier]\nadaptor = "sip"\n')),
    Hostile("adapter path traversal", text('[carrier]\nadapter = "../../etc/passwd"\n')),
    Hostile("unknown country", text('[agent]\ncountry = "XX"\n')),
    Hostile("caller id not e.164", text('[outbound]\ncaller_id = "555-1234"\n')),
    Hostile("control character in a name", text('[agent]\nname = "Dana\\u0007"\n')),
    Hostile("bidi override in a name", text('[agent]\nname = "\\u202eanaD"\n')),
    Hostile("line break in a name", text('[agent]\nname = "Dana\\nBcc: x@example.com"\n')),
    Hostile("header injection in the sender", text(
        '[notify.smtp]\nsender = "a@example.com\\r\\nBcc: x@example.net"\n')),
    Hostile("template with an unknown placeholder", text(
        '[notify.template]\ntext = "{{agnet_name}}"\n')),
    Hostile("template without the location", text(
        '[notify.template]\ntext = "{{agent_name}} {{time}} {{callback_number}} '
        '{{call_outcome}}"\n')),
    # -- the file system ------------------------------------------------------------------------------
    Hostile("a folder", folder),
    Hostile("a symbolic link loop", symlink_loop),
    Hostile("a dangling symbolic link", dangling_symlink),
    Hostile("a named pipe", fifo),
    Hostile("a link to a device", device),
    Hostile("writable by every user", world_writable),
)
