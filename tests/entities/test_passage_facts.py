"""The resolver's facts about the passage between a pronoun and its referent (session 18).

Sentences written for these tests. Each reads the feature row the resolver scores for a
he/she link and checks one fact a reader uses to tell who is meant: who the previous
sentence was about, whether someone else of the same gender was named since, who holds
the paragraph, and whether the referent is only the owner in a longer noun phrase."""

from __future__ import annotations

from newsgraph.entities.build import build_entities
from newsgraph.resolver import FEATURES, AnaphorGroup
from tests.entities.test_entities import parse


def _rows(text: str, pronoun: str) -> dict[str, dict[str, float]]:
    """The rows of the first link of ``pronoun`` (exact text): referent's text -> features."""
    doc = parse(text)
    collected: list[AnaphorGroup] = []
    build_entities(doc, collected)
    for group in collected:
        if doc.text[group.anaphor[0] : group.anaphor[1]] == pronoun:
            return {
                doc.text[s:e]: dict(zip(FEATURES, row, strict=True))
                for (s, e), row in zip(group.candidates, group.rows, strict=True)
            }
    raise AssertionError(f"no link for {pronoun!r}")


_TWO_MEN = (
    "Senator Arne Vale criticised Governor Peter Marsh on Monday. "
    "He called the new budget a disgrace and promised to vote against it."
)


def test_the_previous_main_clause_subject_is_marked_on_its_referent_and_as_a_rival() -> None:
    rows = _rows(_TWO_MEN, "He")
    vale = next(r for text, r in rows.items() if "Vale" in text)
    marsh = next(r for text, r in rows.items() if "Marsh" in text)
    assert vale["s_main_subject_previous"] == 1.0
    assert vale["s_rival_main_subject_previous"] == 0.0
    assert marsh["s_main_subject_previous"] == 0.0
    assert marsh["s_rival_main_subject_previous"] == 1.0


def test_a_man_named_after_the_referent_is_a_nearer_rival_of_the_same_gender() -> None:
    rows = _rows(_TWO_MEN, "He")
    vale = next(r for text, r in rows.items() if "Vale" in text)
    marsh = next(r for text, r in rows.items() if "Marsh" in text)
    assert vale["s_rival_nearer"] == 1.0
    assert vale["s_rival_nearer_gendered"] == 1.0  # "Governor Peter": a man's given name
    assert marsh["s_rival_nearer"] == 0.0


def test_the_paragraph_holder_is_counted_within_the_paragraph_only() -> None:
    text = (
        "Ruth Okafor chairs the port authority.\n"
        "Okafor met Lena Dahl on Friday. Okafor said the quay would "
        "reopen. She thanked the crews."
    )
    rows = _rows(text, "She")
    okafor = next(r for text_, r in rows.items() if "Okafor" in text_)
    assert okafor["k_paragraph_mentions_log"] > okafor["k_rival_paragraph_mentions_log"] > 0.0
    assert okafor["k_paragraph_rival_more"] == 0.0


def test_an_owner_inside_a_noun_phrase_is_marked() -> None:
    text = "The lawyer of Marta Ilves filed the appeal on Monday. She was not in court."
    rows = _rows(text, "She")
    ilves = next(r for text_, r in rows.items() if "Ilves" in text_)
    assert ilves["c_inside_noun_phrase"] == 1.0
    assert ilves["c_prep_object"] == 1.0
    assert ilves["s_main_subject_previous"] == 0.0
