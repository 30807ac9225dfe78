"""Session 25 (lead): wrong speakers and quotes found by reading invented wire stories.

- "the group" after a body introduced as "a ... group" is not that body when another
  organisation has been a subject since (it may as well be the armed group named there);
- a role noun owned by "whose" is the post of the relative clause's antecedent;
- a name that only modifies a thing ("the UN climate summit") is no speaker of a verb
  whose subject the parser lost;
- a body calling itself by a name, and a video or photo posted, report nothing.
"""

from __future__ import annotations

import pytest

from tests.conftest import run


def _speakers(r: object, cue: str) -> list[str | None]:
    names = {e.id: e.name for e in r.entities}  # type: ignore[attr-defined]
    quotes = [q for q in r.quotes if q.cue is not None and q.cue.text == cue]  # type: ignore[attr-defined]
    return [names.get(q.speaker) if q.speaker else None for q in quotes]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Militia fighters burned the market in Tessa, according to the Coast Medical Network, "
            "a relief group working in the area. The Tessa Liberation Front did not answer calls. "
            "The group has denied attacking traders.",
            "denied",
        ),
        (
            "The port was shelled overnight, according to the Harbour Watch Network, a monitoring "
            "group based in Ostra. The Northern Brigade declined to comment. The group has said "
            "in the past that it never fires on civilians.",
            "said",
        ),
    ],
)
def test_the_group_after_another_body_spoke_is_left_open(text: str, cue: str) -> None:
    assert _speakers(run(text), cue) == [None]


def test_the_group_with_no_other_body_since_is_still_the_group_named() -> None:
    r = run(
        "Rebels shelled the town, according to the Coast Medical Network, a relief group working "
        "in the area. The group said nine people were wounded."
    )
    assert _speakers(r, "said") == ["Coast Medical Network"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ann Holt criticised the plan. The Green Party, whose senator voted for it, said nothing.",
        "The summit's president, Ilham Rostov, defended the text. Norland, whose president has "
        "called the talks a waste of time, signed it anyway.",
    ],
)
def test_a_post_owned_by_whose_is_not_an_earlier_holder_of_the_title(text: str) -> None:
    r = run(text)
    person = next(e for e in r.entities if e.type == "PERSON")
    assert not any(m.text.lower().startswith("whose") for m in person.mentions)


def test_a_post_owned_by_whose_is_still_the_antecedent_bodys_holder() -> None:
    r = run(
        "Ivan Petrov, the Kavari Union's president, spoke first. The Kavari Union, whose president "
        "had been silent for weeks, said it would strike."
    )
    petrov = next(e for e in r.entities if e.name == "Ivan Petrov")
    assert any(m.text == "whose president" for m in petrov.mentions)


@pytest.mark.parametrize(
    "text",
    [
        "BAKU, Azerbaijan — Negotiators at the UN climate summit agreed early on Sunday to raise the fund.",
        "GENEVA — Diplomats at the WHO assembly agreed on Friday to extend the accord.",
    ],
)
def test_a_name_modifying_a_thing_is_no_speaker(text: str) -> None:
    r = run(text)
    assert all(q.speaker is None for q in r.quotes if q.cue is not None and q.cue.text == "agreed")


@pytest.mark.parametrize(
    "text",
    [
        "A group of officers calling itself the National Salvation Council appeared on state television.",
        "Gunmen calling themselves the Free Hills Army seized the pass on Monday.",
        "A new faction, which styles itself the True Front, took the town.",
    ],
)
def test_a_body_naming_itself_is_no_quote(text: str) -> None:
    r = run(text)
    assert not any(q.cue is not None and q.cue.text in {"calling", "styles"} for q in r.quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Hours later, Alain Tchoua posted a video on Facebook saying he remained in charge.",
        "The mayor posted a photo of the flooded square on Sunday.",
        "Ruth Adler tweeted a picture of the damaged bridge, saying repairs would take months.",
    ],
)
def test_a_video_or_photo_posted_is_no_quote(text: str) -> None:
    r = run(text)
    assert not any(q.cue is not None and q.cue.text in {"posted", "tweeted"} for q in r.quotes)


def test_the_saying_clause_after_a_posted_video_is_still_a_quote() -> None:
    r = run("Hours later, Alain Tchoua posted a video on Facebook saying he remained in charge.")
    assert _speakers(r, "saying") == ["Alain Tchoua"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Prime Minister Giorgia Meloni, asked about the case, said she had "full confidence."',
            "Giorgia Meloni",
        ),
        ("Finance Minister Lars Dahl, asked about the budget, said cuts were unavoidable.", "Lars Dahl"),
    ],
)
def test_a_person_asked_then_saying_is_the_speaker_not_the_asker(text: str, name: str) -> None:
    r = run(text)
    assert _speakers(r, "said") == [name]
    assert _speakers(r, "asked") == []


def test_a_surname_the_tagger_gave_an_odd_tag_is_still_the_person() -> None:
    r = run(
        "The council's leader, Graham Pike, says the deal will bring jobs. Meridian's chief executive, "
        "Alan Ross, told me that the company has no plans to cut wages. But the contract he signed allows "
        "exactly that. I asked Pike whether he had read the contract. He said he had read enough."
    )
    assert _speakers(r, "said") == ["Graham Pike"]


@pytest.mark.parametrize(
    "text",
    [
        "Minister sacked over leaked memo\n\nThe prime minister sacked Tomasz Wrona after a memo was leaked.",
        "Someone leaked the draft report to reporters on Monday.",
    ],
)
def test_a_document_leaked_is_no_quote(text: str) -> None:
    assert not any(q.cue is not None and q.cue.text == "leaked" for q in run(text).quotes)


def test_leaking_that_something_happened_is_still_a_report() -> None:
    r = run("Officials leaked that the minister would resign.")
    assert any(q.cue is not None and q.cue.text == "leaked" for q in r.quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Melanie Joly said she had spoken to the freed Canadian, whom she did not name.",
        "Police named the dead man on Tuesday.",
    ],
)
def test_naming_a_person_is_no_quote(text: str) -> None:
    assert not any(q.cue is not None and q.cue.text in ("name", "named") for q in run(text).quotes)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Karen Delaney testified first. Defence lawyer Susan Price suggested that Karen Delaney had "
            "read the documents. She denied it.",
            "Karen Delaney",
        ),
        (
            "Prosecutor Ann Lee said that Maria Ortiz had taken the money. She denied the allegation.",
            "Maria Ortiz",
        ),
        ("Coach Tom Berg said that Lars Holm had refused to train. He disputed that.", "Lars Holm"),
    ],
)
def test_a_denial_after_a_report_is_the_person_reported_on(text: str, name: str) -> None:
    r = run(text)
    assert _speakers(r, "denied") + _speakers(r, "disputed") == [name]
