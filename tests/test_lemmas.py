"""The small model's cut lemmas ("hopes" -> "hop") are mended for verbs a list knows."""

from __future__ import annotations

from newsgraph.lemmas import repaired_lemma


def test_a_cut_lemma_of_a_known_verb_is_mended() -> None:
    known = {"hope", "stage"}
    assert repaired_lemma("hop", "hopes", known) == "hope"
    assert repaired_lemma("hop", "hoping", known) == "hope"
    assert repaired_lemma("stag", "staged", known) == "stage"


def test_other_words_keep_their_lemma() -> None:
    known = {"hope"}
    assert repaired_lemma("hop", "hopped", known) == "hop"  # the verb "hop" itself
    assert repaired_lemma("stag", "stags", known) == "stag"  # a plural "stag" makes
    # "staged" is mended by spelling alone (session 24): "stag" would make "stagged"
    assert repaired_lemma("stag", "staged", known) == "stage"
    assert repaired_lemma("say", "said", known) == "say"
