"""Countries are named in the agent's language: the five supported ones from the softphone's
own translations (the same names as CLDR's), any other from CLDR, in the language's order."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from babel import Locale

from softphone.blocks import text
from softphone.blocks.country_names import country_label, country_name
from softphone.blocks.languages import LANGUAGES, load_catalogue
from softphone.blocks.text import ENGLISH, localized
from softphone.core.coverage import SUPPORTED_EMERGENCY_COUNTRIES
from softphone.qt import QtCore
from softphone.widgets.option_editors import country_items


@pytest.fixture
def speaking() -> Iterator[object]:
    def speak(code: str) -> None:
        text.install(load_catalogue(code) if code != ENGLISH else None)

    yield speak
    text.install(None)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_supported_countries_have_cldrs_names_in_every_language(speaking, code) -> None:
    speaking(code)
    cldr = Locale.parse(code).territories
    assert {country: country_name(country) for country in SUPPORTED_EMERGENCY_COUNTRIES} == {
        country: cldr[country] for country in SUPPORTED_EMERGENCY_COUNTRIES}


def test_other_countries_come_from_cldr_in_the_agents_language(speaking) -> None:
    speaking("fr_CA")
    assert country_label("se") == "Suède (SE)"
    assert country_label("DE") == "Allemagne (DE)"
    speaking("es_PR")
    assert country_label("SE") == "Suecia (SE)"
    speaking(ENGLISH)
    assert country_label("GB") == "United Kingdom (GB)"
    assert country_label("XX") == "XX (XX)"  # not a country: the code as given


def test_the_settings_list_of_countries_is_in_the_agents_language_and_order(
        qtbot, speaking) -> None:
    speaking("da_DK")
    previous = QtCore.QLocale()
    QtCore.QLocale.setDefault(QtCore.QLocale("da_DK"))
    try:
        labels = [label for label, _code in country_items(optional=False)]
    finally:
        QtCore.QLocale.setDefault(previous)
    assert "Sverige (SE)" in labels and "USA (US)" in labels and "Tyskland (DE)" in labels
    # Danish puts Æ, Ø and Å after Z.
    assert labels.index("Zambia (ZM)") < labels.index("Østrig (AT)") < labels.index(
        "Åland (AX)")


def test_a_country_named_before_a_language_switch_is_said_in_the_new_language(speaking) -> None:
    speaking("da_DK")
    sweden, denmark = country_label("SE"), country_label("DK")
    assert (sweden, denmark) == ("Sverige (SE)", "Danmark (DK)")
    speaking("fr_CA")
    assert (localized(sweden), localized(denmark)) == ("Suède (SE)", "Danemark (DK)")
