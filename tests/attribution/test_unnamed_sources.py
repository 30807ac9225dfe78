"""Sources that name nobody already in the story: an indefinite role noun ("a police
spokesman") and the pronoun that continues it stay unresolved, never the person who
held the word, or was quoted, before. A wrong named speaker is worse than none."""

from __future__ import annotations

from newsgraph.records import Record
from tests.attribution.support import content
from tests.conftest import run


def speaker_of(record: Record, words: str) -> str | None:
    """The speaker's entity name of the quote whose content holds ``words``."""
    quotes = [q for q in record.quotes if words in content(q)]
    assert quotes, f"no quote holds {words!r}: {[content(q) for q in record.quotes]}"
    names = {e.id: e.name for e in record.entities}
    speaker = quotes[0].speaker
    return None if speaker is None else names[speaker]


STORY = (
    "The mayor's spokesman, Ivo Marek, said the city would reopen the bridge on Monday.\n\n"
    "The transport minister, Jana Holub, said the repairs were finished. "
    '"We have done our part," she said.\n\n'
    "Protesters blocked the ring road on Sunday night, a police spokesman said. "
    "Nobody was arrested, he said.\n"
)


def test_an_indefinite_role_noun_is_somebody_new() -> None:
    record = run(STORY)
    assert speaker_of(record, "the city would reopen the bridge") == "Ivo Marek"
    # "a police spokesman" is not Ivo Marek, though both are called "spokesman"
    assert speaker_of(record, "Protesters blocked the ring road") is None
    quote = next(q for q in record.quotes if "Protesters blocked" in content(q))
    assert quote.source is not None and quote.source.text == "a police spokesman"


def test_his_pronoun_stays_with_the_unnamed_source() -> None:
    record = run(STORY)
    # "he" continues the police spokesman: not Jana Holub (quoted last, and a "she"),
    # nor Ivo Marek
    assert speaker_of(record, "Nobody was arrested") is None


def test_a_he_the_entities_stage_left_unlinked_is_no_guess() -> None:
    record = run(
        "The election board's chairwoman, Justice Mercy Kaunda, said the board would comply. "
        '"We have nothing to hide," she said in a statement on Friday.\n\n'
        "Police fired tear gas at youths in Mzuzu on Thursday night, a police spokesman said. "
        "No one was hurt, he said.\n"
    )
    assert speaker_of(record, "We have nothing to hide") == "Mercy Kaunda"
    # the nearest person before "he" is a woman quoted as "she": not the speaker
    assert speaker_of(record, "No one was hurt") is None
