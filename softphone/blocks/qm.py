"""Reads Qt's compiled translations (.qm) without Qt, for what runs without Qt.

The ``softphone`` command forwards most commands to the running instance and must start fast
and import no Qt, yet its own words (help, refusals, the human form of ``status``) are the
agent's; the notification email is written in the language the admin chose for the contacts,
whatever the agent's. Both read the same .qm files the app's QTranslator loads, through this
reader: the messages section (context, source text, comment, translations in UTF-16) and the
plural rules Qt's lrelease writes for the language. A test checks that it answers exactly as
QTranslator does for every message and count.

The format is the one lrelease has written since Qt 4: a magic number, then tagged sections.
"""

from __future__ import annotations

import struct
from pathlib import Path

from softphone.blocks.text import translate

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

_CONTEXTS, _HASHES, _MESSAGES, _NUMERUS_RULES, _DEPENDENCIES, _LANGUAGE = (
    0x2F, 0x42, 0x69, 0x88, 0x96, 0xA7)
# Tags inside the messages section.
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = (
    1, 2, 3, 4, 5, 6, 7, 8, 9)
# The plural rule byte code (qtranslator.cpp).
_EQ, _LT, _LEQ, _BETWEEN = 1, 2, 3, 4
_OP_MASK, _NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x07, 0x08, 0x10, 0x20, 0x40
_AND, _OR, _NEWRULE = 0xFD, 0xFE, 0xFF


class QmError(ValueError):
    """Not a .qm file this reader understands; the message names the file."""


def plural_form(n: int, rules: bytes) -> int:
    """Which plural form Qt uses for ``n`` under ``rules`` (qtranslator.cpp's numerusHelper)."""
    if not rules:
        return 0
    result, i, size = 0, 0, len(rules)
    while True:
        or_value = False
        while True:
            and_value = True
            while True:
                opcode = rules[i]
                i += 1
                left = n
                if opcode & _MOD_10:
                    left %= 10
                elif opcode & _MOD_100:
                    left %= 100
                elif opcode & _LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                operator, right = opcode & _OP_MASK, rules[i]
                i += 1
                if operator == _EQ:
                    truth = left == right
                elif operator == _LT:
                    truth = left < right
                elif operator == _LEQ:
                    truth = left <= right
                elif operator == _BETWEEN:
                    truth = right <= left <= rules[i]
                    i += 1
                else:
                    truth = True
                if opcode & _NOT:
                    truth = not truth
                and_value = and_value and truth
                if i == size or rules[i] != _AND:
                    break
                i += 1
            or_value = or_value or and_value
            if i == size or rules[i] != _OR:
                break
            i += 1
        if or_value:
            return result
        result += 1
        if i == size:
            return result
        if rules[i] != _NEWRULE:
            return 0
        i += 1


class QmCatalogue:
    """One .qm file's translations, looked up by context, source text and comment as
    QTranslator looks them up (a message marked with a comment falls back to none)."""

    def __init__(self, data: bytes, name: str = "<qm>") -> None:
        self.language = ""
        self._rules = b""
        self._messages: dict[tuple[str, str, str], list[str]] = {}
        try:
            self._parse(data)
        except (IndexError, struct.error, UnicodeDecodeError, QmError) as error:
            raise QmError(translate(
                "Languages", "The translations file {file} is damaged ({error}); rebuild the "
                "translations (python packaging/translations.py build).").format(
                file=name, error=error)) from error

    @classmethod
    def load(cls, path: Path) -> QmCatalogue:
        return cls(path.read_bytes(), str(path))

    def _parse(self, data: bytes) -> None:
        if not data.startswith(MAGIC):
            raise QmError(translate("Languages", "it is not a Qt translation file (.qm)"))
        position = len(MAGIC)
        while position < len(data):
            tag = data[position]
            (length,) = struct.unpack_from(">I", data, position + 1)
            body = data[position + 5:position + 5 + length]
            position += 5 + length
            if tag == _MESSAGES:
                self._read_messages(body)
            elif tag == _NUMERUS_RULES:
                self._rules = bytes(body)
            elif tag == _LANGUAGE:
                self.language = body.decode("utf-8")

    def _read_messages(self, body: bytes) -> None:
        position = 0
        context = source = comment = ""
        translations: list[str] = []
        while position < len(body):
            tag = body[position]
            position += 1
            if tag == _END:
                self._messages[(context, source, comment)] = translations
                context = source = comment = ""
                translations = []
            elif tag == _TRANSLATION:
                (length,) = struct.unpack_from(">I", body, position)
                position += 4
                if length == 0xFFFFFFFF:
                    continue
                translations.append(body[position:position + length].decode("utf-16-be"))
                position += length
            elif tag in (_SOURCE, _CONTEXT, _COMMENT, _SOURCE16, _CONTEXT16):
                (length,) = struct.unpack_from(">I", body, position)
                position += 4
                raw = body[position:position + length]
                position += length
                text = raw.decode("utf-16-be" if tag in (_SOURCE16, _CONTEXT16) else "utf-8")
                if tag in (_SOURCE, _SOURCE16):
                    source = text
                elif tag in (_CONTEXT, _CONTEXT16):
                    context = text
                else:
                    comment = text
            elif tag in (_OBSOLETE1, _OBSOLETE2):
                position += 4
            else:
                raise QmError(translate("Languages", "unknown message tag {tag}").format(tag=tag))

    def find(self, context: str, source: str, comment: str | None, n: int) -> str | None:
        forms = self._messages.get((context, source, comment or ""))
        if forms is None and comment:
            forms = self._messages.get((context, source, ""))
        if not forms:
            return None
        index = plural_form(n, self._rules) if n >= 0 else 0
        return forms[min(index, len(forms) - 1)]

    def __len__(self) -> int:
        return len(self._messages)
