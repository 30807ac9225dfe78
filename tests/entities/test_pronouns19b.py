"""Session 19, second round (issue 10): pronoun rules read on sentences written for them.

- The subject pronoun of an indirect question put to someone ("asked Y whether he")
  takes the one asked.
- A paragraph's first he/she, when the text has named one person of that gender, stands.
- A he/she paired with one of the other gender ("he or she") is generic.
- An object-case pronoun that the parse makes the subject of an infinitive ("let him
  stay", "allowed her to speak") is the object of the verb above: not its subject, and
  no "X said he" shortcut.
"""

from __future__ import annotations

from tests.conftest import run
from tests.entities.support import pronoun_entity

# -- an indirect question put to someone ----------------------------------------------


def test_subject_of_a_question_put_to_someone_is_the_one_asked() -> None:
    text = (
        "Tomas Berrigan met Anders Quell at the station. "
        "Berrigan asked Quell whether he would stay in the city."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "he") != "Tomas Berrigan"


def test_a_request_for_leave_is_not_about_the_one_asked() -> None:
    text = "Tomas Berrigan met Anders Quell at the station. Berrigan asked Quell if he could borrow a coat."
    r = run(text)
    assert pronoun_entity(r.entities, text, "he") != "Anders Quell"


def test_a_statement_told_to_someone_keeps_the_teller() -> None:
    text = (
        "Tomas Berrigan met Anders Quell at the station. Berrigan told Quell that he would stay in the city."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "he") != "Anders Quell"


# -- a paragraph's first he/she when one person of that gender has been named --------------


def test_paragraph_opening_she_means_the_one_woman_named() -> None:
    text = (
        "Lena Orsk (born 4 May 1961 in Tromsø) is a Norwegian architect and painter.\n\n"
        "She studied at the Oslo School of Architecture and opened her own studio in 1990."
    )
    r = run(text)
    start = text.index("She")
    assert any(
        m.kind == "pronoun" and m.start == start
        for e in r.entities
        if e.name == "Lena Orsk"
        for m in e.mentions
    )


def test_a_paragraph_opening_is_found_after_a_line_break_only() -> None:
    from newsgraph.entities.confidence import _opens_paragraph
    from newsgraph.entities.state import EntityState
    from newsgraph.pipeline import load_pipeline

    doc = load_pipeline(None, ("dateline",))("Orsk left.\n\nShe returned. She stayed.")
    state = EntityState(doc)
    first, second = (t for t in doc if t.lower_ == "she")
    assert _opens_paragraph(state, first)
    assert not _opens_paragraph(state, second)


# -- a generic "he or she" ----------------------------------------------------------------


def test_he_or_she_is_anyone_of_a_kind() -> None:
    text = (
        "Senator Ruth Ambler spoke first. Once the voters have chosen a president, "
        "he or she is given the briefings."
    )
    r = run(text)
    assert pronoun_entity(r.entities, text, "he") is None
    assert pronoun_entity(r.entities, text, "she") is None


def test_his_or_her_is_anyone_of_a_kind() -> None:
    text = "Senator Ruth Ambler spoke first. Every member must declare his or her income, Ambler said."
    r = run(text)
    assert pronoun_entity(r.entities, text, "her") is None


# -- an object-case subject of an infinitive --------------------------------------------


def test_object_case_subject_of_a_bare_infinitive_is_not_the_verbs_subject() -> None:
    text = "Tomas Berrigan knocked twice. Anders Quell opened the door and watched him walk in."
    r = run(text)
    assert pronoun_entity(r.entities, text, "him") != "Anders Quell"


def test_object_case_subject_after_let_is_not_the_one_who_lets() -> None:
    text = "Tomas Berrigan opened the door. Anders Quell let him stay for the night."
    r = run(text)
    assert pronoun_entity(r.entities, text, "him") != "Anders Quell"


def test_object_case_pronoun_is_no_reported_subject_shortcut() -> None:
    from newsgraph.entities.binding import object_case_subject
    from newsgraph.pipeline import load_pipeline

    doc = load_pipeline(None, ("dateline",))("Ruiz allowed him to speak.")
    him = next(t for t in doc if t.lower_ == "him")
    if him.dep_ == "nsubj":  # the parse this rule is about
        verb = object_case_subject(him)
        assert verb is not None and verb.lower_ == "allowed"


def test_a_possessive_her_before_a_noun_in_ing_is_left_alone() -> None:
    from newsgraph.entities.binding import object_case_subject
    from newsgraph.pipeline import load_pipeline

    doc = load_pipeline(None, ("dateline",))("After the play, Moreau found her calling as an actor.")
    her = next(t for t in doc if t.lower_ == "her")
    assert object_case_subject(her) is None
