"""Session 21 (lead): a description's own entity as the speaker, a group's spokesperson,
datelines filed from two cities."""

from __future__ import annotations

from tests.conftest import run


def test_a_ministry_named_with_a_modifier_the_tagger_called_a_person_speaks_itself() -> None:
    r = run(
        "ORAN, Nov 2 - Gunmen freed the hostages on Saturday, officials said. They were "
        "handed to the Red Cross, the Kirsan interior Ministry said in a statement."
    )
    names = {e.id: (e.name, e.type) for e in r.entities}
    quote = next(q for q in r.quotes if q.source is not None and "Ministry" in q.source.text)
    assert quote.speaker is not None
    assert names[quote.speaker][1] == "ORG"


def test_a_groups_spokesman_is_not_a_governments_spokesman_named_before() -> None:
    r = run(
        "Carvia's foreign ministry spokesman, Omar Haddad, said the talks had ended. He did "
        'not say why.\n\nThe rebels\' spokesman denied that any deal had been made. "We '
        'freed them as a gesture," he told a local radio station.'
    )
    names = {e.id: e.name for e in r.entities}
    denied = next(q for q in r.quotes if q.cue is not None and q.cue.text == "denied")
    told = next(q for q in r.quotes if q.cue is not None and q.cue.text == "told")
    assert names.get(denied.speaker or "") != "Omar Haddad"
    assert names.get(told.speaker or "") != "Omar Haddad"


def test_a_dateline_filed_from_two_cities_is_not_in_the_content() -> None:
    r = run(
        "AMMAN/DAMASCUS, Nov 21 - Rebels released 14 hostages on Saturday after weeks of "
        "talks, officials from both countries said."
    )
    assert r.article.dateline is not None
    said = next(q for q in r.quotes if q.cue is not None and q.cue.text == "said")
    assert not said.content[0].text.startswith("AMMAN")
