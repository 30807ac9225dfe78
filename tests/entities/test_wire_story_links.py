"""Pronoun links in short wire stories written for these tests: two men in one
passage, a man and a woman who report each other's words, and a company called "it".
Each asserts what a reader checks first: no he/she goes to someone of the other
gender, and each quote keeps the speaker the sentence gives it."""

from __future__ import annotations

from tests.entities.test_entities import by_name, entities, texts
from tests.entities.test_resolver_links import _speakers_of

_TWO_MEN = (
    "BRENNHOLM, Norland – Finance Minister Arvid Lunde accused the central bank governor, "
    "Tomas Berg, of keeping rates too high on Tuesday. He said the bank had ignored the rise "
    'in unemployment.\nBerg rejected the criticism. "We act on the data we have," he told '
    "reporters. He added that his board would meet again in March."
)

_MAN_AND_WOMAN = (
    "KESTRA, Valdora – Opposition leader Mira Castell met Prime Minister Jonas Reyl on Monday "
    "to discuss the budget. She told reporters afterwards that he had promised to review the "
    "cuts to rural schools.\nReyl did not comment. His office said he would speak on Wednesday."
)

_COMPANY = (
    "OSTBURG, Norland – Norvale Mining said on Friday it would close its smelter in Ostburg "
    "next year, cutting 600 jobs."
)


def test_he_in_a_clause_reported_by_she_is_not_her() -> None:
    ents = entities(_MAN_AND_WOMAN)
    castell = by_name(ents, "Castell")
    assert not {"he", "He", "his", "His"} & set(texts(castell, "pronoun"))


def test_she_who_reports_keeps_her_own_pronoun() -> None:
    ents = entities(_MAN_AND_WOMAN)
    assert "She" in texts(by_name(ents, "Castell"), "pronoun")


def test_the_second_man_keeps_his_own_quote_and_the_first_his_report() -> None:
    assert _speakers_of(_TWO_MEN, "data we have") == ["Tomas Berg"]
    assert all(s in (None, "Arvid Lunde") for s in _speakers_of(_TWO_MEN, "ignored the rise"))


def test_a_company_that_says_it_will_act_is_it() -> None:
    ents = entities(_COMPANY)
    assert {"it", "its"} <= set(texts(by_name(ents, "Norvale"), "pronoun"))
