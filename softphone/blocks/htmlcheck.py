"""A structural check of the HTML body, so a broken template is refused with the line to fix.

Mail clients render almost anything, but a missing ``</table>`` or ``</b>`` can hide the rest of
the message, the location included. Only nesting is checked; tags HTML lets one leave open
(``<p>``, ``<li>``, table cells…) and void elements (``<br>``) are accepted as browsers do.
"""

from __future__ import annotations

from html.parser import HTMLParser

from softphone.blocks.text import translate

VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "source", "track", "wbr"})
OPTIONAL_END = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot",
                          "option", "colgroup", "caption", "head", "body", "html"})


class _NestingChecker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, int]] = []
        self.problem: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.open.append((tag, self.getpos()[0]))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pass  # <br/> and friends open nothing

    def handle_endtag(self, tag: str) -> None:
        if self.problem or tag in VOID:
            return
        line = self.getpos()[0]
        names = [name for name, _ in self.open]
        if tag not in names:
            self.problem = translate(
                "Template", "line {line}: {end} closes a {start} that was never opened").format(
                line=line, end=f"</{tag}>", start=f"<{tag}>")
            return
        while self.open:
            name, opened_at = self.open.pop()
            if name == tag:
                return
            if name not in OPTIONAL_END:
                self.problem = translate(
                    "Template", "line {line}: {end} comes before the {start} opened on line "
                    "{opened} is closed; add {missing} first").format(
                    line=line, end=f"</{tag}>", start=f"<{name}>", opened=opened_at,
                    missing=f"</{name}>")
                return


_INVISIBLE = frozenset({"head", "title", "style", "script", "template", "noscript"})
_HIDING_STYLE = ("display:none", "visibility:hidden", "font-size:0", "opacity:0", "max-height:0")


class _VisibleText(HTMLParser):
    """Collects the text a reader sees: not comments, attributes, the head, scripts or styles,
    nor elements hidden with the ``hidden`` attribute or an inline style that hides them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._open: list[tuple[str, bool]] = []  # (tag, hides what is inside)

    def _hidden(self) -> bool:
        return any(hides for _, hides in self._open)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        style = (dict(attrs).get("style") or "").replace(" ", "").lower()
        hides = (tag in _INVISIBLE or any(name == "hidden" for name, _ in attrs)
                 or any(rule in style for rule in _HIDING_STYLE))
        self._open.append((tag, hides))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index][0] == tag:
                del self._open[index:]
                return

    def handle_data(self, data: str) -> None:
        if not self._hidden():
            self.parts.append(data)


def visible_text(text: str) -> str:
    """What a mail reader shows of the HTML ``text`` (see ``_VisibleText``), joined."""
    collector = _VisibleText()
    collector.feed(text)
    collector.close()
    return " ".join(collector.parts)


def check_html(text: str) -> str | None:
    """``None`` if the tags nest properly, else a sentence starting with the line to fix."""
    checker = _NestingChecker()
    checker.feed(text)
    checker.close()
    if checker.problem:
        return checker.problem
    unclosed = [(name, line) for name, line in checker.open if name not in OPTIONAL_END]
    if unclosed:
        name, line = unclosed[-1]
        return translate("Template", "line {line}: {start} is never closed; add {end}").format(
            line=line, start=f"<{name}>", end=f"</{name}>")
    return None
