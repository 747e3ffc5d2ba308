from __future__ import annotations

from safeshare.knowledge.spelling import spelled_text

TABLE = {"w/": "with", "b/f": "boyfriend", "sf": "stepfather", "pt": "patient", "scard": "scared"}


def test_only_the_words_the_reading_rewrites_are_spelled_out_in_a_text() -> None:
    text = "SF gets rough w/ M; her b/f (22) is shoutin. Pt's 11yo was scard, 24/7."
    assert spelled_text(text, TABLE, frozenset()) == (
        "stepfather gets rough with M; her boyfriend (22) is shouting. "
        "patient's 11 year old was scared, 24/7."
    )


def test_a_text_with_nothing_to_spell_out_is_unchanged() -> None:
    text = "Her cousin Kevin, 14, said he's fine: the café was shut at 8/12."
    assert spelled_text(text, TABLE, frozenset({"cousin", "kevin"})) == text


def test_an_initial_in_capitals_is_not_a_short_form() -> None:
    """ "Dr R" is a name; "r u ok" is typed short."""
    table = {"r": "are", "u": "you"}
    assert spelled_text("GP (Dr R): r u ok", table, frozenset()) == "GP (Dr R): are you ok"


def test_the_article_written_as_spoken_is_read_as_the() -> None:
    """ "t'door" in Yorkshire speech is "the door"; a quoted name "big t'" and "can't" are not."""
    text = "He walked into t'door, said 'big t' can't come."
    assert (
        spelled_text(text, TABLE, frozenset())
        == "He walked into the door, said 'big t' can't come."
    )
