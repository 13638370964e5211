"""How the settings dialog arranges the options: pages in a side list, rows, and the search.

Every option lands on a page by its key (``PAGES``: the longest matching prefix wins), so an
option another subsystem adds appears without widget code; one whose prefix no page claims goes
to "Other". On a page, options are grouped by their section. A row is the option's label (with
an "Admin" tag for admin-level options), its editor, a "Changed" marker while the value differs
from the default, a Reset button, and a line for problems and notes.

The search keeps the rows whose label, key or description hold every word typed, hides the rest,
and hides the pages (and groups) left empty.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from softphone.qt import QtCore, QtWidgets
from softphone.settings.options import Option
from softphone.widgets.option_editors import OptionEditor

NOTE_STYLE = "color: #555555;"
ERROR_STYLE = "color: #b00020;"
TAG_STYLE = ("color: #6b4e00; background: #fff4ce; border: 1px solid #c8a400; border-radius: 3px;"
             "padding: 0 4px; font-size: 11px;")
CHANGED_STYLE = "color: #0b57d0; font-size: 11px; font-weight: bold;"


def admin_tag(name: str) -> QtWidgets.QLabel:
    tag = QtWidgets.QLabel("Admin")
    tag.setObjectName(name)
    tag.setToolTip("For IT and supervisors; written by Export as fleet file.")
    tag.setStyleSheet(TAG_STYLE)
    tag.setSizePolicy(QtWidgets.QSizePolicy.Policy.Maximum, QtWidgets.QSizePolicy.Policy.Fixed)
    return tag


@dataclass(frozen=True)
class Page:
    """One entry of the side list; ``parent`` names the heading it sits under."""

    name: str
    title: str
    prefixes: tuple[str, ...]
    parent: str = ""


PAGES = (
    Page("agent", "Agent", ("agent.", "ui.", "presence.")),
    Page("calls", "Calls and routing", ("outbound.", "dialing.", "routing.")),
    Page("emergency", "Emergency", ()),
    Page("emergency.callback", "Callback numbers", ("callback.",), "emergency"),
    Page("emergency.location", "Location", ("location.",), "emergency"),
    Page("emergency.contacts", "Contacts and template", ("notify.",), "emergency"),
    Page("carrier", "Carrier", ("carrier.",)),
    Page("audio", "Audio", ("audio.",)),
    Page("startup", "Start-up", ("startup.",)),
)
OTHER = Page("other", "Other", ())

SECTION_TITLES = {
    "agent": "Agent",
    "ui": "Language",
    "outbound": "Outgoing calls",
    "carrier": "Carrier",
    "carrier.simulated": "Simulated carrier (training)",
    "carrier.sip": "SIP carrier (production trunk)",
    "dialing": "Dialling",
    "callback": "Callback numbers",
    "routing": "Inbound calls",
    "presence": "Presence",
    "location": "Location",
    "location.address": "Registered address of the site",
    "notify": "Emergency contacts",
    "notify.smtp": "Mail server for the emergency contacts",
    "notify.template": "Emergency Call Notification Template",
    "audio": "Audio devices",
    "startup": "Start-up",
}

ADMIN_NOTE = ("Settings tagged Admin are for IT and supervisors: they decide how emergency calls "
              "are placed and who is told about them. Values your IT department fixed for all "
              "workstations are greyed out.")


def section_title(section: str) -> str:
    return SECTION_TITLES.get(section, section.replace(".", " › ").replace("_", " ").capitalize())


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
        return "empty"
    return json.dumps(dumped, ensure_ascii=False)


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
    box: QtWidgets.QWidget = field(init=False)
    form: QtWidgets.QFormLayout | None = None
    matches: bool = True

    def __post_init__(self) -> None:
        key, option = self.option.key, self.option
        self.message = QtWidgets.QLabel()
        self.message.setObjectName(f"message:{key}")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.changed = QtWidgets.QLabel("Changed")
        self.changed.setObjectName(f"changed:{key}")
        self.changed.setToolTip(f"Differs from the default ({shown(option, option.default)}).")
        self.changed.setAccessibleName("Differs from the default")
        self.changed.setStyleSheet(CHANGED_STYLE)
        self.changed.setVisible(False)
        self.reset = QtWidgets.QToolButton()
        self.reset.setText("Reset")
        self.reset.setObjectName(f"reset:{key}")
        self.reset.setToolTip(f"Back to the default ({shown(option, option.default)}).")
        self.reset.setAccessibleName(f"Reset {option.label} to the default")
        self.reset.setVisible(False)
        self.box = QtWidgets.QWidget()
        self.box.setObjectName(f"row:{key}")
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
            self.message.setText("Set by your IT department in the fleet settings file; it can "
                                 "only be changed there.")
            self.message.setStyleSheet(NOTE_STYLE)
            self.message.setVisible(True)

    def make_label(self) -> QtWidgets.QWidget:
        """The label column of a form: the option's name, and its Admin tag unless the group
        has one. Made only where a form shows it (the template section lays itself out)."""
        key, option = self.option.key, self.option
        label = QtWidgets.QWidget()
        label.setObjectName(f"label:{key}")
        line = QtWidgets.QHBoxLayout(label)
        line.setContentsMargins(0, 0, 0, 0)
        text = QtWidgets.QLabel(option.label)
        text.setToolTip(option.description)
        text.setBuddy(self.editor.widget)
        line.addWidget(text)
        if option.admin and self.tagged:
            line.addWidget(admin_tag(f"adminTag:{key}"))
        line.addStretch(1)
        return label

    @property
    def haystack(self) -> str:
        return " ".join((self.option.label, self.option.key, self.option.description)).casefold()

    def show_changed(self, differs: bool) -> None:
        self.changed.setVisible(differs)
        self.reset.setVisible(differs and not self.locked)

    def set_matches(self, matches: bool) -> None:
        self.matches = matches
        if self.form is not None:
            self.form.setRowVisible(self.box, matches)


class SettingsPage(QtWidgets.QScrollArea):
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
        note = QtWidgets.QLabel(text)
        note.setObjectName(name)
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.column.addWidget(note)

    def add_group(self, section: str, rows: list[OptionRow],
                  body: QtWidgets.QWidget | None = None,
                  extras: Iterable[QtWidgets.QWidget] = ()) -> QtWidgets.QGroupBox:
        """A group of rows in a form, or ``body`` (a section with a layout of its own)."""
        group = QtWidgets.QGroupBox(section_title(section))
        group.setObjectName(f"section:{section}")
        layout = QtWidgets.QVBoxLayout(group)
        if rows and all(row.option.admin for row in rows):
            layout.addWidget(admin_tag(f"adminTag:{section}"))
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


class PageList(QtWidgets.QTreeWidget):
    """The side list: pages, the Emergency heading with its three, and the match counts while
    searching."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("settingsPages")
        self.setAccessibleName("Settings sections")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self.setMaximumWidth(220)
        self.items: dict[str, QtWidgets.QTreeWidgetItem] = {}

    def add(self, page: Page) -> QtWidgets.QTreeWidgetItem:
        parent = self.items.get(page.parent)
        item = QtWidgets.QTreeWidgetItem([page.title])
        item.setData(0, QtCore.Qt.ItemDataRole.UserRole, page.name)
        if parent is not None:
            parent.addChild(item)
            parent.setExpanded(True)
        else:
            self.addTopLevelItem(item)
        self.items[page.name] = item
        return item

    def show_counts(self, counts: dict[str, int], searching: bool) -> None:
        """While searching: each entry with its number of matches, the empty ones hidden."""
        for name, item in self.items.items():
            title = next(page.title for page in (*PAGES, OTHER) if page.name == name)
            children = [self.page_name(item.child(index)) for index in range(item.childCount())]
            count = counts.get(name, 0) + sum(counts.get(child, 0) for child in children)
            item.setHidden(searching and count == 0)
            item.setText(0, f"{title} ({count})" if searching else title)

    def page_name(self, item: QtWidgets.QTreeWidgetItem | None) -> str:
        return "" if item is None else str(item.data(0, QtCore.Qt.ItemDataRole.UserRole))
