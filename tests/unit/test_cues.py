from __future__ import annotations

import pytest

from safeshare.domain.cues import CueStarts, compile_cue, find, hit
from safeshare.domain.text import Typing, tokenise, words
from safeshare.semantic.sentences import sentences

NEGATORS = frozenset({"no", "not", "never", "without"})
BREAKERS = frozenset({"longer"})


@pytest.mark.parametrize(
    ("cue", "text"),
    [
        ("ripped|torn clothes|clothing", "She is often wearing ripped clothing."),
        ("ripped|torn clothes|clothing", "torn and very old clothes"),
        ("bruis*", "There were bruises on his arm"),
        ("head_teacher", "I told the head teacher"),
        ("fourteen|14 year old", "a 14-year-old girl"),
        # accents are taken off, so a word reads the same typed either way
        ("cafe", "the internet café"),
        ("cafe", "the internet cafe"),
    ],
)
def test_cues_match_ordinary_phrasing(cue: str, text: str) -> None:
    match = find(cue, tokenise(text), NEGATORS, BREAKERS)
    assert match is not None
    assert not match.negated


def test_accented_letters_are_read_as_plain_ones() -> None:
    assert words("Her fiancée's café, naïve") == ["her", "fiancee", "cafe", "naive"]


def test_gap_between_cue_words_is_limited() -> None:
    assert find("ripped clothes", tokenise("ripped a b c d clothes")) is not None
    assert find("ripped clothes", tokenise("ripped a b c d e clothes")) is None


def test_cue_words_do_not_reach_across_sentences() -> None:
    assert find("ripped clothes", tokenise("It was ripped. Clothes were fine.")) is None


def test_a_point_or_comma_inside_a_number_ends_neither_sentence_nor_clause() -> None:
    assert hit("line a_minute", tokenise("She rings a line at £3.60 a minute."))
    assert hit("took from her_account", tokenise("He took £1,500 from her account."))
    assert not hit("line a_minute", tokenise("She rings a line at 3. A minute later"))
    assert {t.clause for t in tokenise("He took £1,500 from her")} == {0}
    assert {t.clause for t in tokenise("He took 3, then 5")} == {0, 1}
    assert sentences("It cost £3.60. She paid.") == ["It cost £3.60", "She paid"]


def test_negation_is_recognised_within_its_clause() -> None:
    assert find("bruis*", tokenise("There are no bruises"), NEGATORS, BREAKERS).negated  # type: ignore[union-attr]
    later = find("flinch*", tokenise("No bruises, but she flinches"), NEGATORS, BREAKERS)
    assert later is not None
    assert not later.negated


def test_a_reason_given_is_not_denied_by_what_comes_before_it() -> None:
    denied = find("likes you", tokenise("They did not say she likes you"), NEGATORS, BREAKERS)
    assert denied is not None
    assert denied.negated
    reason = find("likes you", tokenise("They did not come because she likes you"), NEGATORS)
    assert reason is not None
    assert not reason.negated


def test_no_longer_is_not_a_negation() -> None:
    match = find("interact*", tokenise("They no longer interact"), NEGATORS, BREAKERS)
    assert match is not None
    assert not match.negated


def test_an_empty_cue_is_refused() -> None:
    with pytest.raises(ValueError, match="no words"):
        compile_cue("  ")


def test_every_knowledge_cue_compiles(base) -> None:  # type: ignore[no-untyped-def]
    for harm in base.harms.values():
        for indicator in harm.indicators:
            for cue in indicator.cues:
                assert compile_cue(cue)


def test_stemming_is_safe_across_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from safeshare.domain.text import stem

    words = [
        f"{root}{ending}"
        for root in ("wash", "threaten", "neglect", "street", "dishonour")
        for ending in ("", "s", "ed", "ing", "er", "ness")
    ] * 40
    expected = [stem.__wrapped__(word) for word in words]
    stem.cache_clear()
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(stem.__wrapped__, words)) == expected


def test_a_negator_just_before_the_last_word_negates_the_cue() -> None:
    negators = frozenset({"no", "not", "never"})
    assert not hit("has|carrying knife", tokenise("He has no knife."), negators)
    assert hit("has|carrying knife", tokenise("He has a knife."), negators)
    # A negator that is itself one of the cue's words is the sign, not its denial.
    assert hit("no|never breakfast|lunch", tokenise("She never has any breakfast."), negators)


def test_an_excluded_word_stops_a_match_only_straight_after() -> None:
    cue = "missing* !lessons|school|class"
    assert hit(cue, tokenise("She went missing last night."))
    assert hit(cue, tokenise("He is missing."))
    assert not hit(cue, tokenise("He keeps missing lessons."))
    assert not hit(cue, tokenise("She has been missing school on Fridays."))
    assert hit("went missing !lessons", tokenise("He went out and went missing again"))


def test_a_cue_cannot_start_with_an_excluded_word() -> None:
    with pytest.raises(ValueError, match="cannot start"):
        compile_cue("!lessons missing")


def test_not_knowing_does_not_negate_what_follows() -> None:
    negators = frozenset({"dont", "doesnt", "no"})
    breakers = frozenset({"know", "think"})
    match = find("hits|hit her", tokenise("I don't know why he hits her"), negators, breakers)
    assert match is not None
    assert not match.negated
    denied = find("hits|hit her", tokenise("He doesn't hit her"), negators, breakers)
    assert denied is not None
    assert denied.negated


def test_cue_starts_never_rule_out_a_list_that_matches(base) -> None:  # type: ignore[no-untyped-def]
    """The first-word index only saves time: every cue that matches, or matches negated, is
    among the possible ones, and cues whose words are absent are not. Triage indexes each
    cue on its own (signs._CueLists), so each is its own list here too."""
    cue_lists = [[cue] for harm in base.harms.values() for i in harm.indicators for cue in i.cues]
    starts = CueStarts(cue_lists)
    texts = [
        "She has bruises on her arms and says she fell down the stairs.",
        "No bruises, no marks; he is never hungry and always clean.",
        "A man keeps groomin' the lad online, sending gifts and asking for pictures.",
        "The children were excited about the school trip today.",
    ]
    for text in texts:
        tokens = tokenise(text)
        possible = starts.possible(tokens)
        for number, cues in enumerate(cue_lists):
            if any(find(cue, tokens) for cue in cues):
                assert number in possible, (text, cues)
        assert len(possible) < len(cue_lists) / 10  # most cues are ruled out at once
    assert starts.possible(list(tokenise(texts[0]))) == set(range(len(cue_lists)))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("She thinks she might be pregnant.", True),
        ("She has bruises on her arms.", False),  # the first word is there, the last is not
        ("She said her sister's friend is expecting, and she is pregnant too.", True),
    ],
)
def test_a_cue_whose_later_words_are_absent_is_not_tried(text: str, found: bool) -> None:
    """Indexed tokens skip a cue at once when a later term has none of its words in the
    observation; the answer must be the one a full scan gives."""
    cue = "she|girl pregnan*|pregnancy_test"
    indexed = tokenise(text)
    scanned = list(indexed)  # a plain list: every position is tried
    assert (find(cue, indexed) is not None) is found
    assert (find(cue, scanned) is not None) is found


@pytest.mark.parametrize(
    ("cue", "text"),
    [
        # the longer alternative ("over what") would take the word the next one needs
        ("hands over|over_what what_he_carrying", "Unless he hands over what he's carrying."),
        ("kept|kept_her her_passport", "They kept her passport."),
    ],
)
def test_a_shorter_alternative_is_tried_when_the_longer_leaves_the_rest_unmatched(
    cue: str, text: str
) -> None:
    """How the alternatives of a word are written cannot hide a match."""
    assert find(cue, tokenise(text)) is not None


def test_each_word_takes_the_nearest_place_it_matches() -> None:
    """A cue does not stretch over a later place: the nearest "her" is not followed by
    "phone" within the gap, so the cue does not match, though a later "her" is."""
    assert (
        find("told her phone", tokenise("He told her mum that her old broken phone was gone."))
        is None
    )


def test_an_excluded_word_is_not_got_round_by_a_later_match() -> None:
    """The excluded words were written against the nearest match: "laying into her about
    her room" is a telling-off, and a later "her" must not rescue the cue."""
    cue = "laying_into her|him !about|over"
    assert find(cue, tokenise("Her mum was laying into her about her messy room.")) is None
    assert find(cue, tokenise("Three men were laying into him in the car park.")) is not None


def test_me_is_read_as_the_person_a_cue_is_written_about() -> None:
    # A child's own words, "my stepdad makes me sleep in the shed", meet a cue written about
    # someone else; a cue written with "me" still needs "me".
    cue = "makes|made him|her sleep in shed|garage"
    assert hit(cue, tokenise("My stepdad makes me sleep in the shed."))
    assert hit(cue, tokenise("Her stepdad makes her sleep in the garage."))
    assert hit("wash|washing himself|herself", tokenise("I have stopped washing myself."))
    assert not hit("locked me in", tokenise("He locked her in the bedroom."))
    assert hit("locked me in", tokenise("He locked me in the bedroom."))
    # Only the cue's word may stand for "me": "her" is not read as "me" or as "my".
    assert not hit("makes me sleep", tokenise("Her stepdad makes her sleep in the shed."))


def _read(text: str, typing: Typing | None = None) -> str:
    """The words ``text`` is read as, each as written, one space apart (a word read never
    holds a space: a short form's words are read one by one)."""
    return " ".join(token.raw for token in tokenise(text, typing))


def test_words_typed_on_a_phone_are_read_as_the_words_they_stand_for() -> None:
    typing = Typing({"wiv": "with", "rn": "right now"}, frozenset({"cousin"}))
    read = _read("my 11yo is out wiv his cousin rn, shoutin", typing)
    assert read == "my 11 year old is out with his cousin right now shouting"
    # words that end in "in" as written are left: "-ain", "-oin", "-ein", "-uin", short words
    kept = "again heroin protein penguin skin thin"
    assert _read(kept, typing) == kept
    # without a typing table, words are read as typed
    assert _read("out wiv him rn") == "out wiv him rn"


def test_a_short_form_with_a_slash_is_read_as_the_words_it_stands_for() -> None:
    """Practitioners write "b/f" and "w/"; other slashed words are two words, as before."""
    typing = Typing({"b/f": "boyfriend", "w/": "with", "y/o": "year old"}, frozenset())
    read = _read("15 y/o seen w/ older b/f and/or friends 24/7", typing)
    assert read == "15 year old seen with older boyfriend and or friends 24 7"
    # without a typing table, a slash splits words as any other mark does
    assert _read("b/f w/ her") == "b f w her"
