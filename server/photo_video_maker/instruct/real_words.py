"""Real English words one slip away from a word of the lexicon, which ``spelling`` leaves as
they are (pure data): "ease the transitions" is no "erase", "at least" no "last", "the flower
photo" no "lower", "my mother" no "another". A word people often type for a lexicon word
("loose" for "lose", "forth" for "fourth", "clam" for "calm") is not here: it is read as meant.
"""

from __future__ import annotations

WORDS = """
age along aloud ant await bait bat bats bears beast beach bend bends bets blame blast bless
blow boot boots border bread burnt cam case chap clause corn cranky crate daft deadline dot
drag dread dream drone ease emotion exception existing fat feast flame flashy flower folder
foot gain gloom gravy grin habit haste hat heap holder least lending liner lit load log lost
mental minds minus moody mother name nor overly pay peace peach picky pin plots precious prom
raid reach rebel rise rocky sake sale scrape seed sell shame shout sick side sides sing sip
ski skill sleep sore space spine sports stake stall star stock stone string stuck sturdy sub
swarm teach ten tent tie tip toe trips tubes war web wheat width witch zoo concert
short sorts stores taken takes gay blush stings cloud boos praise braise bellow bolder molder
solder sons county stat stats tacks vomit waist tinny tipsy hurray partly preppy pepper pushy
sappy bled siding drafty photon instal donut hale lads munch towns specs paces spout stones
stomp stoop worlds plugs tally names car cart carp
"""
REAL_WORDS = frozenset(WORDS.split())
