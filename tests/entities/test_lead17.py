"""Session 17 (lead): a hyphenated surname written alone after the full name is the same
person, and the pronoun after it finds her."""

from __future__ import annotations

from tests.conftest import run


def test_a_hyphenated_surname_alone_is_the_person_named_in_full() -> None:
    r = run(
        "Prime Minister Ingrid Solberg-Haug arrived in Lusaka on Friday.\n\n"
        "Solberg-Haug was met at the airport by Foreign Minister Mulenga Banda, who called the "
        'trip "a new chapter".\n\n'
        '"We are here to listen," she told reporters.'
    )
    people = [e for e in r.entities if e.type == "PERSON"]
    woman = next(e for e in people if e.name == "Ingrid Solberg-Haug")
    assert "Solberg-Haug" in [m.text for m in woman.mentions]
    assert not [e for e in people if e.name in ("Solberg", "Solberg-Haug")]
    quote = next(q for q in r.quotes if q.cue is not None and q.cue.text == "told")
    assert quote.speaker == woman.id
