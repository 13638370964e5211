"""The agent's language in the app: Qt's translators, and the words of every floor below.

``Languages.apply`` picks the language (the ``ui.language`` setting, else the system's), loads
the softphone's compiled translations and Qt's own (the standard buttons of a dialog) into
QTranslators installed on the application, sets the locale that formats numbers, dates and
times, and makes the same translator the catalogue of ``softphone.blocks.text``, so that the
messages of the core, the settings and the features come out in that language too.

Switching is live: installing a translator makes Qt send ``LanguageChange`` to every widget, and
each widget says its words again (``Retranslating``), a call in progress included; nothing on the
dial path waits for it, and no translation is ever looked up before a call is handed over.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from pathlib import Path

from softphone.blocks import text
from softphone.blocks.languages import LANGUAGES, catalogue_file, choose, missing_translations
from softphone.blocks.text import ENGLISH, Translated, localized, translate
from softphone.qt import QtCore


def language_labels(empty: str = "") -> dict[str, str]:
    """The languages offered for ui.language, each named in itself, as language pickers do;
    ``empty`` names the choice of none (default: the system's language)."""
    return {"": empty or translate("Languages", "The system's language"),
            **{code: language.name for code, language in LANGUAGES.items()}}


class QtCatalogue:
    """``blocks.text``'s catalogue backed by the QTranslator installed on the application."""

    def __init__(self, translator: QtCore.QTranslator, language: str) -> None:
        self._translator = translator
        self.language = language

    def find(self, context: str, source: str, comment: str | None, n: int) -> str | None:
        return self._translator.translate(context, source, comment, n) or None


class Languages:
    """The language of one application; ``code`` is the one in use (e.g. ``fr_CA``)."""

    def __init__(self, app: QtCore.QCoreApplication, folder: Path | None = None) -> None:
        """``folder``: where the compiled translations are (default: the installation's)."""
        self._app = app
        self._folder = folder
        self._installed: list[QtCore.QTranslator] = []
        self.code = ""

    def apply(self, setting: str) -> Translated | None:
        """Use ``setting`` (a code from ``LANGUAGES``, or empty for the system's language).
        Returns a problem to show when the installation lacks the language's translations
        (then English is used); never raises."""
        system = QtCore.QLocale.system()
        code = choose(system.uiLanguages(), setting)
        if code == self.code:
            return None
        translators, problem = self._load(code)
        if problem is not None:
            code = ENGLISH
            translators, _ = self._load(ENGLISH)
        # Numbers, dates and times: the system's conventions when it speaks this language
        # (a French system keeps its own dates with the Canadian French words), else the
        # language's own.
        same = system.name().split("_")[0] == code.split("_")[0]
        QtCore.QLocale.setDefault(system if same else QtCore.QLocale(code))
        own = translators[0] if translators else None
        text.install(QtCatalogue(own, code) if own is not None else None)
        self.code = code
        self._swap(translators)  # Qt sends LanguageChange: every widget says its words again
        return problem

    def close(self) -> None:
        """Take this application's translators out (a test builds many applications)."""
        self._swap([])
        text.install(None)
        self.code = ""

    def _swap(self, translators: list[QtCore.QTranslator]) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = translators
        for translator in translators:
            self._app.installTranslator(translator)

    def _load(self, code: str) -> tuple[list[QtCore.QTranslator], Translated | None]:
        own = QtCore.QTranslator(self._app)
        if not own.load(str(catalogue_file(code, self._folder))):
            own.deleteLater()
            return [], None if code == ENGLISH else missing_translations(code)
        translators = [own]
        if code != ENGLISH:  # Qt's standard buttons (OK, Cancel, Yes, No)
            qt = QtCore.QTranslator(self._app)
            folder = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{LANGUAGES[code].qt}", folder):
                translators.append(qt)
        return translators, None


class Retranslating:
    """A widget mix-in: ``retranslate()`` (the widget's own words) runs again whenever the
    language changes. List it before the Qt class: ``class View(Retranslating, QDialog)``."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


class Saying(Retranslating):
    """A ``Retranslating`` widget whose words are given through ``say``: each is said again, in
    the new language, when the language changes; ``say_again`` then says what is worked out
    from state (a check's result, a count). The widgets the words go to are its own children, so a
    word's setter lives as long as the widget does.

    ``say(label.setText, translate("Context", "Words"))``; a setter that takes more than the
    text (a tab's title) is given as a ``functools.partial`` with a ``key``."""

    def say(self, setter: Callable[[str], object], words: str,
            key: Hashable | None = None) -> None:
        said: dict[Hashable, tuple[Callable[[str], object], str]] = self.__dict__.setdefault(
            "_said", {})
        if key is None:
            key = (id(getattr(setter, "__self__", setter)), getattr(setter, "__name__", ""))
        said[key] = (setter, words)
        setter(localized(words))

    def say_again(self) -> None:
        """Say again what depends on state (nothing, unless overridden)."""

    def retranslate(self) -> None:
        said: dict[Hashable, tuple[Callable[[str], object], str]] = self.__dict__.get("_said", {})
        for key, (setter, words) in list(said.items()):
            try:
                setter(localized(words))
            except RuntimeError:  # its widget was deleted meanwhile
                del said[key]
        self.say_again()
