"""The attribution word lists: where they live, and the invariants the rules rely on."""

from __future__ import annotations

from newsgraph.attribution.lexicon import AttributionLexicon, lexicon
from newsgraph.lexicons import LEXICON_DIR, Lexicons, shipped_lexicons


def test_every_list_the_stage_reads_says_what_it_is_and_who_reads_it() -> None:
    lex = lexicon()
    assert "say" in lex.cue_verbs and "believe" in lex.cue_verbs
    for path in sorted(LEXICON_DIR.iterdir()):
        text = path.read_text(encoding="utf-8")
        if "attribution" not in text.split("\n\n", 1)[0]:
            continue  # another stage's list
        assert text.startswith("#"), f"{path.name} has no header comment"


def test_a_verb_of_saying_is_listed_once_so_an_overlay_can_remove_it() -> None:
    lists = shipped_lexicons()
    speech = lists.words("speech_verbs")
    assert not speech & lists.words("cue_verbs")


def test_verbs_that_say_how_content_is_taken_are_all_cues() -> None:
    lex = AttributionLexicon.from_lexicons(Lexicons())
    assert lex.np_cue_verbs <= lex.cue_verbs
    assert lex.intent_verbs <= lex.cue_verbs


def test_prepositional_cues_keep_every_preposition_of_a_verb() -> None:
    lex = lexicon()
    assert lex.prep_cues["warn"] == frozenset({"of", "about", "against"})
    assert ("according", "to") in lex.nominal_cues
