"""Words and template of a least length for the whole video ("make it at least 25 secs",
"no shorter than 20 seconds"); its builder is ``at_least`` (pure data)."""

AT_LEAST_WORDS: dict[str, str] = {
    "at_least": "at least, at the least, a minimum of, minimum of, min of, no shorter than, "
    "not shorter than, no less than, not less than",
}

AT_LEAST_TEMPLATES = """
# "make it at least 25 secs": a floor, never shortened to it
total_floor: put? it|video? length? at_least dur
total_floor: video|it length at_least dur
"""
