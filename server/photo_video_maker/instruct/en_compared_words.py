"""Templates of a photo's time said by another item's ("make the city pic as long as the party
clip", "give the dog photo the same time as the clip"); the builder is ``en_compared``."""

EN_COMPARED_TEMPLATES = """
# "make the city pic as long as the clip", "photo 2 twice as long as photo 1"
spp_like: put|keep|add? photo|ord says? degree=double/half? length says photo|ord
spp_like: put|keep|add? photo|ord same length says? photo|ord
# "the dog pic should stay up as long as the others": the others' time
spp_like: put|keep|add? photo|ord says? length says each
spp_like: put|keep|add? photo|ord same length says? each
# "make the caption on the city pic bigger", "the text on photo 2 is too small": the caption
# named by its photo (never the photo's own size)
style: title|caption|closing|textnoun photo|ord degree? bigger|smaller
# "dont remove the dog photo, just move it to the end": what must not happen to that photo
noop: not remove|cut photo|ord
"""
