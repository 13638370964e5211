"""How the settings dialog arranges the options: pages in a side list, rows, and the search.

Every option lands on a page by its key (``PAGES``: the longest matching prefix wins), so an
option another subsystem adds appears without widget code; one whose prefix no page claims goes
to "Other". On a page, options are grouped by their section. A row is the option's label (with
an "Admin" tag for admin-level options), its editor, a "Changed" marker while the value differs
from the default, a Reset button, and a line for problems and notes.

The search keeps the rows whose label, key or description hold every word typed, hides the rest,
and hides the pages (and groups) left empty.

Every word here is said again when the agent's language changes (``Saying``): a row's label and
markers, a page's notes and section titles, the side list.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from softphone.blocks.text import localized, translate
from softphone.qt import QtCore, QtWidgets
from softphone.settings.options import Option
from softphone.widgets.language import Saying
from softphone.widgets.option_editors import OptionEditor

NOTE_STYLE = "color: #555555;"
ERROR_STYLE = "color: #b00020;"
TAG_STYLE = ("color: #6b4e00; background: #fff4ce; border: 1px solid #c8a400; border-radius: 3px;"
             "padding: 0 4px; font-size: 11px;")
CHANGED_STYLE = "color: #0b57d0; font-size: 11px; font-weight: bold;"


ADMIN = translate("SettingsPages", "Admin")
ADMIN_TIP = translate("SettingsPages", "For IT and supervisors; written by Export as fleet file.")


def admin_tag(name: str, owner: Saying) -> QtWidgets.QLabel:
    """The "Admin" tag, its words said by ``owner`` (the widget it is shown in)."""
    tag = QtWidgets.QLabel()
    tag.setObjectName(name)
    owner.say(tag.setText, ADMIN)
    owner.say(tag.setToolTip, ADMIN_TIP)
    tag.setStyleSheet(TAG_STYLE)
    tag.setSizePolicy(QtWidgets.QSizePolicy.Policy.Maximum, QtWidgets.QSizePolicy.Policy.Fixed)
    return tag


@dataclass(frozen=True)
class Page:
    """One entry of the side list; ``parent`` names the heading it sits under."""

    name: str
    title: str  # in English, said in the agent's language where shown (localized)
    prefixes: tuple[str, ...]
    parent: str = ""


PAGES = (
    Page("agent", translate("SettingsPages", "Agent"), ("agent.", "ui.", "presence.")),
    Page("calls", translate("SettingsPages", "Calls and routing"), ("outbound.", "dialing.", "routing.")),
    Page("emergency", translate("SettingsPages", "Emergency"), ()),
    Page("emergency.callback", translate("SettingsPages", "Callback numbers"), ("callback.",), "emergency"),
    Page("emergency.location", translate("SettingsPages", "Location"), ("location.",), "emergency"),
    Page("emergency.contacts", translate("SettingsPages", "Contacts and template"), ("notify.",),
         "emergency"),
    Page("carrier", translate("SettingsPages", "Carrier"), ("carrier.",)),
    Page("audio", translate("SettingsPages", "Audio"), ("audio.",)),
    Page("startup", translate("SettingsPages", "Start-up"), ("startup.",)),
)
OTHER = Page("other", translate("SettingsPages", "Other"), ())

SECTION_TITLES = {
    "agent": translate("SettingsPages", "Agent"),
    "ui": translate("SettingsPages", "Language"),
    "outbound": translate("SettingsPages", "Outgoing calls"),
    "carrier": translate("SettingsPages", "Carrier"),
    "carrier.simulated": translate("SettingsPages", "Simulated carrier (training)"),
    "carrier.sip": translate("SettingsPages", "SIP carrier (production trunk)"),
    "dialing": translate("SettingsPages", "Dialling"),
    "callback": translate("SettingsPages", "Callback numbers"),
    "routing": translate("SettingsPages", "Inbound calls"),
    "presence": translate("SettingsPages", "Presence"),
    "location": translate("SettingsPages", "Location"),
    "location.address": translate("SettingsPages", "Registered address of the site"),
    "notify": translate("SettingsPages", "Emergency contacts"),
    "notify.smtp": translate("SettingsPages", "Mail server for the emergency contacts"),
    "notify.template": translate("SettingsPages", "Emergency Call Notification Template"),
    "audio": translate("SettingsPages", "Audio devices"),
    "startup": translate("SettingsPages", "Start-up"),
}

ADMIN_NOTE = translate("SettingsPages", "Settings tagged Admin are for IT and supervisors: they decide how "
                           "emergency calls are placed and who is told about them. Values your "
                           "IT department fixed for all workstations are greyed out.")


def section_words(section: str) -> str:
    """A section's title, to be said ``localized`` (a section no title names: its key)."""
    return SECTION_TITLES.get(section) or section.replace(".", " › ").replace("_", " ").capitalize()


def section_title(section: str) -> str:
    return localized(section_words(section))


def page_for(option: Option, pages: Sequence[Page] = PAGES) -> Page:
    """The page whose prefix matches the key longest; "Other" when none does."""
    best, length = OTHER, 0
    for page in pages:
        for prefix in page.prefixes:
            if option.key.startswith(prefix) and len(prefix) > length:
                best, length = page, len(prefix)
    return best


def shown(option: Option, value: object) -> str:
    """A value as the settings file writes it, for tooltips ("empty" for an empty text)."""
    dumped = option.type.dump(value)
    if dumped == "" or dumped == []:
        return translate("SettingsPages", "empty")
    return json.dumps(dumped, ensure_ascii=False)


class RowBox(Saying, QtWidgets.QWidget):
    """A row's editor with its markers; says their words again in a new language."""


class OptionLabel(Saying, QtWidgets.QWidget):
    """The label column of a row: the option's name (its description as tooltip) and its Admin
    tag, said again in a new language."""

    def __init__(self, option: Option, buddy: QtWidgets.QWidget, tagged: bool) -> None:
        super().__init__()
        self.setObjectName(f"label:{option.key}")
        line = QtWidgets.QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        self.text = QtWidgets.QLabel()
        self.say(self.text.setText, option.label)
        self.say(self.text.setToolTip, option.description)
        self.text.setBuddy(buddy)
        line.addWidget(self.text)
        if tagged:
            line.addWidget(admin_tag(f"adminTag:{option.key}", self))
        line.addStretch(1)


@dataclass
class OptionRow:
    """One option in the dialog: its label, editor, markers and the line for problems."""

    option: Option
    editor: OptionEditor
    locked: bool
    tagged: bool = True  # an "Admin" tag beside the label (a group of admin options has one)
    message: QtWidgets.QLabel = field(init=False)
    changed: QtWidgets.QLabel = field(init=False)
    reset: QtWidgets.QToolButton = field(init=False)
    box: RowBox = field(init=False)
    form: QtWidgets.QFormLayout | None = None
    matches: bool = True

    def __post_init__(self) -> None:
        key, option = self.option.key, self.option
        self.message = QtWidgets.QLabel()
        self.message.setObjectName(f"message:{key}")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.box = RowBox()
        self.box.setObjectName(f"row:{key}")
        say = self.box.say
        self.changed = QtWidgets.QLabel()
        say(self.changed.setText, translate("SettingsPages", "Changed"))
        self.changed.setObjectName(f"changed:{key}")
        say(self.changed.setToolTip, translate("SettingsPages", "Differs from the default "
                                                                "({value}).").format(
            value=shown(option, option.default)))
        say(self.changed.setAccessibleName, translate("SettingsPages", "Differs from the default"))
        self.changed.setStyleSheet(CHANGED_STYLE)
        self.changed.setVisible(False)
        self.reset = QtWidgets.QToolButton()
        say(self.reset.setText, translate("SettingsPages", "Reset"))
        self.reset.setObjectName(f"reset:{key}")
        say(self.reset.setToolTip, translate("SettingsPages", "Back to the default ({value}).")
            .format(value=shown(option, option.default)))
        say(self.reset.setAccessibleName, translate("SettingsPages", "Reset {option} to the "
                                                                     "default").format(
            option=option.label))
        self.reset.setVisible(False)
        column = QtWidgets.QVBoxLayout(self.box)
        column.setContentsMargins(0, 0, 0, 0)
        line = QtWidgets.QHBoxLayout()
        line.addWidget(self.editor.widget, 1)
        line.addWidget(self.changed)
        line.addWidget(self.reset)
        column.addLayout(line)
        column.addWidget(self.message)
        if self.locked:
            self.editor.widget.setEnabled(False)
            say(self.message.setText, translate("SettingsPages", "Set by your IT department in the "
                                                                 "fleet settings file; it can only "
                                                                 "be changed there."))
            self.message.setStyleSheet(NOTE_STYLE)
            self.message.setVisible(True)

    def make_label(self) -> QtWidgets.QWidget:
        """The label column of a form: the option's name, and its Admin tag unless the group
        has one. Made only where a form shows it (the template section lays itself out)."""
        return OptionLabel(self.option, self.editor.widget, self.option.admin and self.tagged)

    @property
    def haystack(self) -> str:
        option = self.option  # found by its words in the agent's language and in English
        return " ".join((localized(option.label), option.label, option.key,
                         localized(option.description), option.description)).casefold()

    def show_changed(self, differs: bool) -> None:
        self.changed.setVisible(differs)
        self.reset.setVisible(differs and not self.locked)

    def set_matches(self, matches: bool) -> None:
        self.matches = matches
        if self.form is not None:
            self.form.setRowVisible(self.box, matches)


class SettingsPage(Saying, QtWidgets.QScrollArea):
    """One page: its groups (one per section) in a scrolling column."""

    def __init__(self, page: Page) -> None:
        super().__init__()
        self.page = page
        self.setObjectName(f"page:{page.name}")
        self.setWidgetResizable(True)
        self.content = QtWidgets.QWidget()
        self.column = QtWidgets.QVBoxLayout(self.content)
        self.groups: list[tuple[QtWidgets.QGroupBox, list[OptionRow]]] = []
        self.setWidget(self.content)

    def add_note(self, text: str, name: str) -> None:
        note = QtWidgets.QLabel()
        self.say(note.setText, text)
        note.setObjectName(name)
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.column.addWidget(note)

    def add_group(self, section: str, rows: list[OptionRow],
                  body: QtWidgets.QWidget | None = None,
                  extras: Iterable[QtWidgets.QWidget] = ()) -> QtWidgets.QGroupBox:
        """A group of rows in a form, or ``body`` (a section with a layout of its own)."""
        group = QtWidgets.QGroupBox()
        self.say(group.setTitle, section_words(section))
        group.setObjectName(f"section:{section}")
        layout = QtWidgets.QVBoxLayout(group)
        if rows and all(row.option.admin for row in rows):
            layout.addWidget(admin_tag(f"adminTag:{section}", self))
        if body is not None:
            layout.addWidget(body)
        else:
            form = QtWidgets.QFormLayout()
            form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for row in rows:
                form.addRow(row.make_label(), row.box)
                row.form = form
            layout.addLayout(form)
        for extra in extras:
            layout.addWidget(extra)
        self.column.addWidget(group)
        self.groups.append((group, rows))
        return group

    def finish(self) -> None:
        self.column.addStretch(1)

    def filter(self) -> int:
        """Show the groups with a matching row; returns how many rows match."""
        count = 0
        for group, rows in self.groups:
            matching = sum(row.matches for row in rows)
            group.setVisible(matching > 0)
            count += matching
        return count


def matches(row: OptionRow, terms: Sequence[str]) -> bool:
    return all(term in row.haystack for term in terms)


class PageList(Saying, QtWidgets.QTreeWidget):
    """The side list: pages, the Emergency heading with its three, and the match counts while
    searching."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("settingsPages")
        self.say(self.setAccessibleName, translate("SettingsPages", "Settings sections"))
        self._shown: tuple[dict[str, int], bool] = ({}, False)  # the counts shown, searching
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self.setMaximumWidth(220)
        self.items: dict[str, QtWidgets.QTreeWidgetItem] = {}

    def add(self, page: Page) -> QtWidgets.QTreeWidgetItem:
        parent = self.items.get(page.parent)
        item = QtWidgets.QTreeWidgetItem([localized(page.title)])
        item.setData(0, QtCore.Qt.ItemDataRole.UserRole, page.name)
        if parent is not None:
            parent.addChild(item)
            parent.setExpanded(True)
        else:
            self.addTopLevelItem(item)
        self.items[page.name] = item
        return item

    def say_again(self) -> None:
        self.show_counts(*self._shown)

    def show_counts(self, counts: dict[str, int], searching: bool) -> None:
        """While searching: each entry with its number of matches, the empty ones hidden."""
        self._shown = (counts, searching)
        for name, item in self.items.items():
            title = localized(next(page.title for page in (*PAGES, OTHER) if page.name == name))
            children = [self.page_name(item.child(index)) for index in range(item.childCount())]
            count = counts.get(name, 0) + sum(counts.get(child, 0) for child in children)
            item.setHidden(searching and count == 0)
            item.setText(0, f"{title} ({count})" if searching else title)

    def page_name(self, item: QtWidgets.QTreeWidgetItem | None) -> str:
        return "" if item is None else str(item.data(0, QtCore.Qt.ItemDataRole.UserRole))
