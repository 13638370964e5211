"""The template: placeholders, refusals that name the line, escaping, no header injection."""

from __future__ import annotations

import dataclasses
import email
import email.policy

import pytest

from softphone.blocks.template_syntax import TemplateError
from softphone.notify.config import NotifyConfig
from softphone.notify.message import build
from softphone.notify.message_id import new_message_id
from softphone.notify.placeholders import sample_notice, sample_values, values_for
from softphone.notify.template import MessageTemplate, default_template
from softphone.settings.notification_template import NAMES
from softphone.settings.store import SettingError, Settings


def test_the_shipped_template_uses_every_placeholder_in_both_bodies() -> None:
    template = default_template()
    for name in NAMES:
        assert "{{" + name + "}}" in template.html, name
        assert "{{" + name + "}}" in template.text, name


def test_rendering_fills_in_every_placeholder() -> None:
    values = sample_values()
    rendered = default_template().render(values)
    for part in (rendered.subject, rendered.html, rendered.text):
        assert "{{" not in part and "}}" not in part
    assert "Sam Sample" in rendered.subject and "911" in rendered.subject
    assert values["civic_address"] in rendered.text and values["coordinates"] in rendered.text


@pytest.mark.parametrize(("html", "expected"), [
    ("<p>Hello</p>\n<p>{{agnet_name}}</p>", "HTML body, line 2: unknown placeholder "
                                            "{{agnet_name}}; did you mean {{agent_name}}?"),
    ("<p>\n\n{{agent_name</p>", "HTML body, line 3: '{{' is not closed"),
    ("<p>agent_name}}</p>", "HTML body, line 1: '}}' has no opening '{{'"),
    ("<p>{{ two words }}</p>", "HTML body, line 1: '{{ two words }}' is not a placeholder"),
    ("<table>\n<tr><td>{{time}}</td></tr>\n", "HTML body, line 1: <table> is never closed"),
    ("<div>\n<b>{{time}}</div>\n</b>", "HTML body, line 2: </div> comes before the <b> opened "
                                       "on line 2 is closed"),
    ("<p>{{time}}</p>\n</span>", "HTML body, line 2: </span> closes a <span> that was never"),
])
def test_a_broken_html_body_is_refused_naming_the_line(html: str, expected: str) -> None:
    template = dataclasses.replace(default_template(), html=html)
    with pytest.raises(TemplateError) as refused:
        template.check()
    assert str(refused.value).startswith(expected)


FACTS = "{{agent_name}} {{location}} {{time}} {{callback_number}} {{call_outcome}}"


def test_html_that_browsers_accept_is_accepted() -> None:
    template = dataclasses.replace(
        default_template(),
        html="<p>one<p>two<br>{{time}}<ul><li>a<li>b</ul><img src='x.png'/>"
             f"<table><tr><td>x</table><p>{FACTS}")
    template.check()


def test_settings_refuse_an_invalid_template_and_keep_the_old_one(settings: Settings) -> None:
    before = settings.get("notify.template.text")
    with pytest.raises(SettingError) as refused:
        settings.update({"notify.template.text": "Agent {{agent_name}}\nat {{wrkstation}}"})
    assert "Plain-text body, line 2: unknown placeholder {{wrkstation}}" in str(refused.value)
    assert "did you mean {{workstation}}" in str(refused.value)
    assert settings.get("notify.template.text") == before


def test_an_empty_part_means_the_shipped_template_s_part(settings: Settings) -> None:
    settings.update({"notify.template.subject": "911 by {{agent_name}}"})
    template = NotifyConfig.from_values(settings.get).template
    assert template.subject == "911 by {{agent_name}}"
    assert (template.html, template.text) == (default_template().html, default_template().text)


def test_a_subject_must_be_one_line(settings: Settings) -> None:
    with pytest.raises(SettingError, match="single line"):
        settings.update({"notify.template.subject": "Emergency\nBcc: x@example.com"})


def test_values_are_escaped_in_html_and_kept_as_written_in_text() -> None:
    notice = dataclasses.replace(sample_notice(), agent_name='Bob <script>alert("x")</script> & Co')
    rendered = default_template().render(values_for(notice))
    assert "<script>" not in rendered.html
    assert "Bob &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co" in rendered.html
    assert 'Bob <script>alert("x")</script> & Co' in rendered.text


def test_no_value_can_add_a_mail_header() -> None:
    notice = dataclasses.replace(
        sample_notice(), agent_name="Eve\r\nBcc: attacker@example.net\r\nX-Evil: 1",
        workstation="WS\u2028To: someone@example.net")
    rendered = default_template().render(values_for(notice))
    assert "\n" not in rendered.subject and "\r" not in rendered.subject
    message = build(rendered, "softphone@example.com", ["boss@example.com"],
                    new_message_id("softphone@example.com"), notice.occurred_at)
    parsed = email.message_from_bytes(message.as_bytes(), policy=email.policy.default)
    assert parsed["Bcc"] is None and parsed["X-Evil"] is None
    assert parsed["To"] == "boss@example.com"
    assert "Eve Bcc: attacker@example.net X-Evil: 1" in parsed["Subject"]


def test_a_template_without_the_required_facts_is_refused_with_the_reason() -> None:
    with pytest.raises(TemplateError) as refused:
        MessageTemplate("Emergency", "<p>Call the agent.</p>", "Call the agent.").check()
    assert str(refused.value).startswith("HTML body: says nothing about who called; add "
                                         "{{agent_name}}")
    assert "where, when, the callback number and whether the call went out" in str(refused.value)


@pytest.mark.parametrize(("fact", "placeholder"), [
    ("who called", "{{agent_name}}"), ("where", "{{location}}"), ("when", "{{time}}"),
    ("the callback number", "{{callback_number}}"),
    ("whether the call went out", "{{call_outcome}}")])
@pytest.mark.parametrize("part", ["html", "text"])
def test_each_required_fact_missing_from_a_body_is_refused_naming_it(
        settings: Settings, part: str, fact: str, placeholder: str) -> None:
    body = FACTS.replace(placeholder, "")
    with pytest.raises(SettingError) as refused:
        settings.update({f"notify.template.{part}": body if part == "text" else f"<p>{body}</p>"})
    assert f"says nothing about {fact}; add {placeholder}" in str(refused.value)


@pytest.mark.parametrize("hidden", [
    "<!-- {{location}} -->", "<p title='{{location}}'>here</p>",
    "<p style='display: none'>{{location}}</p>", "<p hidden>{{location}}</p>",
    "<head><title>{{location}}</title></head>", "<style>/* {{location}} */</style>",
    "<div style='font-size:0'><b>{{location}}</b></div>"])
def test_a_required_fact_hidden_from_the_reader_of_the_html_is_refused(hidden: str) -> None:
    html = f"{hidden}<p>{FACTS.replace('{{location}}', '')}</p>"
    with pytest.raises(TemplateError, match="says nothing about where; add {{location}} as text"):
        dataclasses.replace(default_template(), html=html).check()


def test_the_location_the_time_and_the_outcome_reach_both_bodies() -> None:
    notice = sample_notice()
    rendered = default_template().render(values_for(notice))
    assert notice.location is not None and notice.location.civic is not None
    for body in (rendered.html, rendered.text):
        assert "350 Example Avenue" in body and "40.74844, -73.98566" in body
        assert "+15555550123" in body and "The call was placed" in body
    assert rendered.subject.startswith("EMERGENCY CALL PLACED: Sam Sample dialled 911")


def test_a_call_the_carrier_refused_says_failed_and_why_in_the_subject_and_both_bodies() -> None:
    notice = dataclasses.replace(sample_notice(), failure="The SBC is unreachable.",
                                 callback_number=None, callback_expires_at=None)
    rendered = default_template().render(values_for(notice))
    assert rendered.subject.startswith("EMERGENCY CALL FAILED:")
    for body in (rendered.html, rendered.text):
        assert "The call FAILED: the carrier refused it at once (The SBC is unreachable.)" in body
        assert "none assigned" in body
