"""English phrasings of the titles and closing texts, the video's fades, the fit, the order and
the photos' time that read worst (pure data, read like ``words`` and ``templates``): "put the dog
one somewhere better" (where to? asked)."""

from __future__ import annotations

EN_WEAK_WORDS: dict[str, str] = {
    # a place in the order not said: asked where to
    "elsewhere": "somewhere else, elsewhere, somewhere better, somewhere different, "
    "a different spot, a different place, a different position, another spot, another place, "
    "another position, a better spot, a better place",
}

EN_WEAK_TEMPLATES = """
# "put the dog one somewhere better": to the start or the end? "move it somewhere else": which?
move_where: ~ move|put photo|ord elsewhere
move_which: ~ move|put it? elsewhere
"""
