"""The Emergency Call Notification Template is shipped in each language; the contacts receive
the one the admin chose (the agent's language by default), its placeholder words included."""

from __future__ import annotations

import html
import re

import pytest

from softphone.blocks import text
from softphone.core.notification import EmergencyNotice
from softphone.notify.config import NotifyConfig
from softphone.notify.notifier import _render
from softphone.notify.placeholders import sample_notice, sample_values
from softphone.notify.template import default_template
from softphone.settings.store import Settings

WORDS = {"da_DK": ("NØDOPKALD FORETAGET", "Opkaldet blev foretaget", "nødopkald understøttet: ja"),
         "fr_CA": ("APPEL D'URGENCE EFFECTUÉ", "L'appel a été effectué",
                   "appels d'urgence pris en charge : oui"),
         "es_PR": ("LLAMADA DE EMERGENCIA REALIZADA", "La llamada se realizó",
                   "llamadas de emergencia disponibles: sí")}
ENGLISH = ("dialled", "Callback number", "The call was placed", "PLACED", "not known",
           "operating system")


@pytest.mark.parametrize("code", sorted(WORDS))
def test_each_language_has_the_whole_template_with_its_words(code) -> None:
    template = default_template(code)
    template.check()  # every required fact, in both bodies
    names = set(re.findall(r"\{\{(\w+)\}\}", default_template().html + default_template().text))
    assert set(re.findall(r"\{\{(\w+)\}\}", template.html + template.text)) == names
    rendered = template.render(sample_values(code))
    status, outcome, supported = WORDS[code]
    assert rendered.subject.startswith(status)
    assert outcome in rendered.text and supported in rendered.text
    assert outcome in html.unescape(rendered.html)
    left = [word for word in ENGLISH for part in (rendered.subject, rendered.text)
            if word in part]
    assert left == []


def test_the_contacts_get_the_language_the_admin_chose_whatever_the_agents(
        settings: Settings) -> None:
    settings.set("notify.template.language", "es_PR")
    notice = sample_notice()
    message = _render(notice, NotifyConfig.from_values(settings.get))
    assert message.subject.startswith("LLAMADA DE EMERGENCIA REALIZADA")
    assert text.current_language() == "en_US"  # the agent reads English


def test_by_default_the_contacts_get_the_agents_language(settings: Settings, danish) -> None:
    failed = EmergencyNotice(**{**sample_notice().__dict__, "failure": "SIP 503"})
    message = _render(failed, NotifyConfig.from_values(settings.get))
    assert message.subject.startswith("NØDOPKALD MISLYKKEDES")
    assert "Opkaldet MISLYKKEDES: udbyderen afviste det med det samme (SIP 503)" in message.text


@pytest.fixture
def danish():
    from softphone.blocks.languages import load_catalogue

    text.install(load_catalogue("da_DK"))
    yield
    text.install(None)
