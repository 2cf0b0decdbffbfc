"""Templates that Chinese phrasings need (pure data, language-neutral in form, read like
``templates.TEMPLATES``), kept beside the words of ``zh_words`` and ``zh_more``."""

from __future__ import annotations

from .zh_asked_plain import ASKED_TEMPLATES
from .zh_chat import CHAT_TEMPLATES
from .zh_chat_turns import CHAT_TURN_TEMPLATES
from .zh_colloquial import COLLOQUIAL_TEMPLATES
from .zh_draft_said import DRAFT_TEMPLATES
from .zh_effects_said import SAID_TEMPLATES
from .zh_format_said import FORMAT_TEMPLATES
from .zh_kept import KEPT_TEMPLATES
from .zh_made_sent import MADE_TEMPLATES
from .zh_more import MORE_TEMPLATES
from .zh_moves_typed import MOVES_TEMPLATES
from .zh_picture import PICTURE_TEMPLATES
from .zh_plain import PLAIN_TEMPLATES
from .zh_said_plainly import SAID_PLAINLY_TEMPLATES
from .zh_spoken import SPOKEN_TEMPLATES
from .zh_time_sound import TIME_SOUND_TEMPLATES
from .zh_typed import TYPED_TEMPLATES
from .zh_wechat import WECHAT_TEMPLATES

ZH_TEMPLATES = """
# "随机一下顺序": random with the order is a shuffle, not random transitions
shuffle: ~ trans=random order pic?
# "不要刚才那个改动": the last change, unwanted, is undone
undo: ~ no|not last_change
# "帧率降到25", "帧率提高到60"
fps: ~ fps_word lower|up num
# "弄个淡入淡出的转场", "加个黑场转场"
trans_name: ~ add trans transition pic?
trans_name: ~ each? pic? add trans
# "删掉那张照片": which one?
remove_which: ~ remove it pic
# "这张不要": which one?
!remove_which: ~ it no|not
# "压缩到WhatsApp能发的大小", "不用限制文件大小了"
size_for: ~ cut fits_in share
size_off: ~ not size_limit_word
# ask back what is moved, where to, which two (ask_what.py)
!move_which: put|move end|start
title_end: ~ title put|move end
!move_where: ~ move photo|ord
!swap_which: ~ swap num? pic?
# "照片加个缩放的效果吧"; "给视频加个滤镜，复古一点" (the filter is said next)
motion_on: ~ pic add|on motion
noop: ~ video? add filter_word
# a group of photos (build_keep.py): "只保留前三张", "前两张每张一秒", "后三张快一点"
keep_only: ~ only_keep photos|photo|ord and? photo|ord?
spp_group: ~ photos each? pic? length? dur
spp_group: ~ photos each? pic? length? degree? longer|shorter|faster|slower
# "留下前三张，其他删掉": the others are the ones kept away from
noop: ~ another remove
# "来个竖屏的吧", "弄个方的"
aspect: ~ add aspect platform? pic?
# "要上传youtube": uploaded to a platform is posted there (its shape), not photos sent here
aspect: ~ upload platform
# "最后加字幕 谢谢观看": words shown at the end are the closing text
closing: end add|says? caption text
# "字幕放到照片上方": a place on the photo
style: ~ title|caption|closing|textnoun pic pos
style: ~ photo|ord caption|textnoun put|move? pos
# "换一个" after a transition, "换首歌": which one? (their builders ask)
trans_change: ~ one_more transition
music_change: ~ one_more music
music_change: ~ one_song music?
music_mood: ~ one_song mood music?
music_uploaded: ~ one_song uploaded music?
music_song: ~ one_song song music?
# "把音乐换一下", "转场换一下": to what? (their builders ask)
music_change: ~ swap music
trans_change: ~ swap transition
# "开头结尾都淡入淡出"
video_fade_both: ~ start end trans=crossfade video?
# "开头的音乐淡入长一点", "视频结尾别黑屏"
music_fade_in: ~ music|volume fade_in start? dur? longer
video_fade_in: ~ add? fade_in video? start? from_black? dur? longer
video_fade_none: ~ not|no video? end from_black
# "压到12秒"
total_set: ~ fits_in dur
# "狗狗往前挪一位": one place earlier
move_step: ~ photo|ord earlier|later move? num? position?
# "模糊背景加回来"
fit: ~ add|on fit pic?
"""
ZH_TEMPLATES += MORE_TEMPLATES + PLAIN_TEMPLATES + COLLOQUIAL_TEMPLATES + CHAT_TEMPLATES
ZH_TEMPLATES += CHAT_TURN_TEMPLATES
ZH_TEMPLATES += TIME_SOUND_TEMPLATES  # time, sound, motion and format said in a chat
ZH_TEMPLATES += TYPED_TEMPLATES  # typed in a hurry
ZH_TEMPLATES += SPOKEN_TEMPLATES  # lively transitions asked for
ZH_TEMPLATES += WECHAT_TEMPLATES  # typed in a chat
ZH_TEMPLATES += MADE_TEMPLATES  # videos made, files sent
ZH_TEMPLATES += KEPT_TEMPLATES  # what stays as it is, beside a request
ZH_TEMPLATES += SAID_TEMPLATES  # effects typed in a chat
ZH_TEMPLATES += SAID_PLAINLY_TEMPLATES  # remarks and both sounds kept (zh_said_plainly)
ZH_TEMPLATES += ASKED_TEMPLATES  # plain requests said often (zh_asked_plain)
ZH_TEMPLATES += PICTURE_TEMPLATES  # the picture and what is written on it (zh_picture)
ZH_TEMPLATES += FORMAT_TEMPLATES  # the format said as typed (zh_format_said)
ZH_TEMPLATES += MOVES_TEMPLATES  # moves, transitions and sound (zh_moves_typed)
ZH_TEMPLATES += DRAFT_TEMPLATES  # the draft as a whole (zh_draft_said)
