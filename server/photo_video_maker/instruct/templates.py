"""What people ask for, as short templates over entity kinds (pure data).

One line per template: ``intent: template``. A template lists kinds ("dur", "photo", "music",
"louder" ...; see ``lexicon`` and ``words``); ``a|b`` accepts either, ``kind=value`` (or
``kind=v1/v2``) only those values, ``?`` marks an optional kind. ``~`` lets the kinds come in
any order; without it they must come in the order written. ``!`` marks a fallback, tried only
when nothing said before (in the sentence or the previous turn) completes the words. Soft words
(``fillers.SOFT``) may sit anywhere between. The longest match wins; on a tie the earlier line.
"""

from .amount_after import AMOUNT_TEMPLATES
from .at_least_words import AT_LEAST_TEMPLATES
from .chat_words import CHAT_TEMPLATES
from .en_compared_words import EN_COMPARED_TEMPLATES
from .en_context import CONTEXT_TEMPLATES
from .en_said_pace import EN_SAID_PACE_TEMPLATES
from .en_visual_music import EN_VM_TEMPLATES
from .en_weak_words import EN_WEAK_TEMPLATES
from .music_start_words import MUSIC_START_TEMPLATES
from .smart_words import SMART_TEMPLATES
from .text_case_words import CASE_TEMPLATES
from .zh_words import ZH_TEMPLATES

TEMPLATES = """
# questions (before actions: "how many items are on the timeline" asks)
q_length: ~ how_long video? pic? each?
q_length: ~ what length
q_length: ~ how_many length
q_length: ~ how_many unit each? pic
q_length: ~ ask|what dur
q_length: ~ what|how_long photo_time
# "does each photo get the same time?": asked, never made so
q_length: ~ ask each? pic same length|photo_time
q_count: ~ how_many pic|clip uploaded|add?
q_music: ~ what music|volume|mood
q_music: ~ now_playing music?
q_music: ~ how_loud music?
# "what's the name of the music": the music's, not a text's
q_music: ~ what textnoun music|song
q_music: ~ how_many volume music?
q_last: ~ last_change
q_last: ~ what just change
q_help: ~ help
q_output: ~ where video? export?
q_output: ~ where|done export|export_noun
q_output: ~ done export?
q_output: video|export|export_noun done_bare
q_format: ~ what|how_many size_word|fps_word
q_format: ~ what aspect|res|fps_word
q_format: ~ how_big
q_texts: ~ what|how_many pic? title|caption|closing|textnoun
q_count: ~ count_q
q_texts: ~ what says photo|ord|end|start pos?
q_texts: ~ what says pic
# "what is the video called": its title
q_texts: ~ what video|it call
# "视频里有什么字": what the video has, asked of its words
q_texts: state textnoun|title|caption|closing
# "keep the title on screen longer": cannot be done yet, and said so (shown_longer)
text_time: ~ put|keep? text_time

# time on screen, length of the video, pace
spp_except: ~ each? pic? length? dur except photo|ord and? photo|ord?
spp_set: ~ each pic? length? dur
spp_set: ~ photo_time dur
# "make all photos the same length": each the average they have now
spp_even: ~ each? pic same length|photo_time
spp_set: ~ photo|ord photo_time dur
!spp_set: ~ photo_time num
spp_rel: ~ photo_time degree? longer|shorter|more|less
spp_rel: ~ photo_time degree=double/half/triple
spp_set: longer|shorter|more|less each? pic length? to dur
# "shorten photo 3 to 2 seconds", "trim the clip to 3 seconds": to that length, not by it
spp_set: longer|shorter|more|less|cut photo|ord length? to dur
spp_set: photo|ord length? longer|shorter to dur
# "the dog pic cut to 2 secs", "the clip is too long, cut it to 5": the photo said first
spp_set: photo|ord length? cut it? down? to dur
spp_set: each? pic length? longer|shorter to dur
spp_set: ~ pic length dur
spp_set: ~ pic put dur
spp_set: ~ keep? pic length? dur
spp_set: ~ dur num pic
spp_delta: ~ add? each pic? dur longer|shorter|more|less
spp_delta: ~ pic dur longer|shorter|more|less
spp_delta: ~ photo|ord length? dur longer|shorter|more|less
spp_delta: ~ add each pic? dur
spp_delta: ~ add photo|ord dur
spp_delta: ~ less|shorter dur off each? pic
spp_delta: ~ remove|cut dur off each? pic
spp_delta: ~ cut each? pic down dur
# "cut every photo down to 2 seconds": to that length (never 2 s less, nor the whole video)
spp_set: ~ cut each? pic down? to dur
spp_delta: ~ remove|cut dur off photo|ord
spp_set: ~ photo|ord length? dur
total_cap: ~ cut? under|fits_in dur
spp_set: ~ only_keep photo|ord length? dur
total_set: video? shorter|cut|longer to dur
# "reduce the length to 12 seconds", "increase the total length to 40s": the video's length
total_set: shorter|cut|longer|less|more video? length to dur
total_set: move? video? length down to dur
total_delta: ~ video? length? dur longer|shorter
total_delta: ~ video length? dur more|less
total_delta: ~ add dur length|video
total_delta: ~ less|shorter dur off video|length
spp_rel: ~ each? pic|clip? length? degree? longer|shorter
spp_rel: ~ photo|ord length? degree? longer|shorter|more|less|slower|faster
spp_rel: ~ video degree? longer|shorter
spp_rel: ~ cut? video? each? pic? length degree=double/half/triple
spp_rel: ~ photo|ord length degree=double/half/triple
spp_rel: ~ more|less length each? pic?
spp_rel: ~ cut each? pic down degree?
spp_rel: ~ cut video? degree=half
total_set: ~ video|length dur
total_set: ~ video? length? cut dur
total_set: ~ smaller video down? to dur
speed: ~ pace? pic? video|slideshow? degree? faster|slower up|down?
speed: ~ pace pic video|slideshow? up|down degree?
speed: ~ pace pic? video|slideshow up|down degree?
speed: ~ video|slideshow|pace degree? sharper
speed: ~ pace? pic? video|slideshow? pct faster|slower
spp_rel: ~ each? pic|video? length? pct longer|shorter
speed: ~ it|video|pic move degree? faster|slower
speed: ~ on? degree=double/half pace
!dur_bare: ~ dur
# "make it shorter, like 12 seconds": the way said picks the video's length or each photo's
dur_bare: ~ toward dur
# "bring it down to 12 seconds", "get it down to 12": shorter, so the length it can be
dur_bare: lower dur
dur_bare: it down to dur
!spp_set: ~ each pic? length? num
!spp_set: ~ photo length? num
!spp_set: ~ pic length num
!total_set: ~ video|length num
!spp_rel: ~ each pic? degree? more|less
!num_bare: ~ num

# transitions
trans_name: ~ change? trans transition? dur? pic?
trans_name: ~ transition change? trans dur?
# "swap the transitions for fade to black": the transitions' kind swapped, never two photos
trans_name: ~ swap transition to? trans dur?
trans_name: swap to trans dur?
trans_zoom: ~ swap transition to? motion
trans_ms: ~ transition length? dur pic?
# "shorten the transitions to 0.5s": that length; "... by half a second": that much less
trans_ms: ~ longer|shorter transition length? to dur
trans_ms: ~ longer|shorter trans=crossfade transition? length? to dur
trans_delta: ~ longer|shorter transition length? dur
# "add a second to the crossfades", "take half a second off the transitions": that much more/less
trans_delta: ~ add dur transition|trans=crossfade
trans_delta: ~ remove|cut|less dur off transition|trans=crossfade
trans_none: ~ no|remove|off|cut|not transition pic?
# the transition between two photos only (pair_said): "no transition between the first two"
trans_pair: ~ no|remove|off|cut|not transition|trans pair
trans_pair: ~ change|add|put? trans transition? dur? pair
trans_pair: ~ transition change? trans dur? pair
trans_pair: ~ put? transition length? dur pair
trans_pair: ~ put? transition length? pair degree? longer|shorter|softer|sharper|faster|slower
trans_pair: ~ pair change|put? trans dur? degree? longer|shorter|softer|sharper|faster|slower
# "a zoom transition between photo 4 and 5": the zoom is the transition's kind
trans_pair: ~ change|add|put? motion transition dur? pair
trans_rel: ~ transition degree? softer|sharper|longer|shorter|faster|slower pic?
trans_rel: ~ transition degree? more|less trans=crossfade
# "a longer fade to black", no transitions named: the ending's (build_cold_end)
fade_black_rel: ~ degree? longer|shorter trans=fadeblack
trans_rel: ~ trans transition? degree? softer|sharper|longer|shorter|faster|slower
# "cut the transitions shorter": shorter transitions, never none and shorter photos
trans_rel: ~ cut transition|trans degree? shorter
# "cut the transition time down", "trim the fades down a bit": shorter, never none
trans_rel: ~ cut transition|trans length? down degree?
trans_rel: ~ cut transition|trans length? degree=small
# "make the crossfades longer by half a second": the transitions, not the video
trans_delta: ~ longer|shorter trans=crossfade length? dur
# "make it 1.5x slower": each photo 1.5 times as long (build_pace)
speed_times: ~ mult faster|slower
spp_times: ~ each? pic|photo|ord? length? mult longer|shorter
trans_rel: ~ trans transition? degree? longer|shorter|softer|sharper pic
# "can the pictures fade into each other more slowly": the fade is slower, not the pace
trans_rel: ~ trans transition pic degree? faster|slower
trans_zoom: ~ motion transition
trans_rel: ~ transition degree=double/half length?
trans_rel: ~ trans=crossfade degree=double/half length?
trans_rel: ~ cut transition|trans length? degree=half
trans_ms: ~ longer|shorter transition|trans length? to dur
trans_change: ~ change|another transition
# "add transitions": crossfades where there are none, else which kind
trans_add: ~ add|put transition
# "恢复转场", "转场打开": turned back on, as added
trans_add: ~ on transition
trans_rel: ~ transition length more|less
video_fade_out: ~ add? end|sign trans=fadeblack video? dur? degree? longer|shorter|slower|faster?
video_fade_out: ~ sign from_black
video_fade_in: ~ start from_black
video_fade_out: ~ trans=crossfade out end? dur? degree? longer|shorter|slower|faster?
video_fade_out: ~ add|put trans=crossfade end dur?
video_fade_in: ~ add|put trans=crossfade start dur?
video_fade_out: ~ add? fade_out video? end? from_black? dur?
# "make the video end with a 3s fade out": how it ends, not words on the last screen
video_fade_out: ~ sign fade_out video? from_black? dur?
video_fade_out: ~ degree? longer|shorter|slower|faster fade_out video? end from_black? dur?
video_fade_out: ~ degree? longer|shorter|slower|faster trans=crossfade video? end to? dur?
video_fade_in: ~ add? fade_in video? start? from_black? dur?
video_fade_in: ~ add? trans=crossfade from_black start? dur? degree? longer|shorter|slower|faster?
video_fade_in: ~ trans=crossfade in start
# "fade the video out slowly at the end": one slower fade out; "start on black"
video_fade_out: ~ degree? longer|shorter trans=crossfade video? out end?
# "double the fade at the end": twice its length
video_fade_out: ~ degree=double/half trans=crossfade|fade_out video? out? end
video_fade_in: ~ degree=double/half trans=crossfade|fade_in video? in? start
video_fade_in: ~ start color=black
video_fade_both: ~ add? fade_inout video? from_black? dur?
video_fade_both: ~ fade_inout pic dur?
video_fade_out: ~ from_black end dur?
video_fade_out: ~ add? trans=crossfade from_black end dur? degree? longer|shorter|slower|faster?
video_fade_in: ~ from_black start dur?
video_fade_none: ~ no|remove|off|not fade_out|fade_in|fade_inout video? end? start? from_black?
video_fade_none: ~ not|no|remove|off trans=crossfade/fadeblack video? from_black? end?
video_fade_none: ~ not|no|remove|off trans=crossfade/fadeblack start or? end video?
video_fade_none: ~ not|no|remove|off trans=crossfade/fadeblack video? start

# motion
motion_off: ~ no|off|remove|not motion pic?
motion_off: ~ pic? still
# "no zoom on the sunset one", "more zoom on photo 3": that photo's move only
motion_off: ~ no|off|not motion photo|ord
# "花园那张照片静止吧", "第三张别放大了": that photo kept still ("第三张不要动" is asked:
# zh_moves_typed.one_photo_move)
motion_off: ~ photo|ord still
motion_on: ~ add|on motion
motion_on: ~ add|on motion photo|ord
# "海边那张的缩放小一点": that photo's zoom made smaller or bigger
motion_rel: ~ motion degree? more|less|bigger|smaller photo|ord
!motion_on: ~ pic? motion
motion_rel: ~ motion degree? more|less|bigger|smaller|slower|faster pic?
motion_rel: ~ motion degree? calmer|softer|quieter
motion_rel: ~ motion degree=double/half
# "缩放调小一点", "动效调低点": turned down, less of it
motion_rel: ~ motion degree? up|down degree?
motion_rel: ~ pic move degree? more|less
# "can the photos not move about so much": less of it
motion_rel: ~ pic? not moves_much
# "don't zoom into the photos so much": less of it, not none
motion_rel: ~ not motion pic? degree=big
motion_zoom: ~ motion more? num|mult

# frame: shape, size, frame rate, fit, look
aspect: ~ aspect platform? pic?
aspect: ~ platform
aspect_fit: ~ aspect platform? fit pic?
size: ~ size
# "change the aspect ratio", "change the orientation": to what?
frame_ask: ~ change size_word
resolution: ~ lower|cut? res pic?
# "raise the resolution to 4k" (raise is read as louder)
resolution: ~ less|more|up|down|louder size_word? res
fps: ~ more? fps softer?
# "lower the fps to 24", "raise the frame rate to 60": a verb for the rate said
fps: ~ less|lower|louder fps softer?
fps: ~ more? fps_word num softer?
fps: ~ more? fps_word fps softer?
fit: ~ fit each? pic?
# "my pics get cut off at the top": where the crop shows, not where a text goes
fit: ~ fit=contain each? pic? pos
fit: ~ motion pic? fit=cover
fit: ~ fit photo|ord
# "dont cut off the top of the forest photo": that photo whole
fit: ~ fit=contain pos photo|ord
fit: ~ fit photo|ord fit
fit: ~ motion photo|ord fit=cover
fit_not: ~ no|remove|off|not fit=blur
fit_not: ~ no|remove|off|not fit=contain
fit_not: ~ dislike fit=blur
look: ~ add? look pic?
# "dreamy warm look": a mood said of the look describes it (no calmer music)
look: mood look
# "try another filter", "换个滤镜": which one is asked
look_change: ~ another|change|add filter_word
res_step: ~ more|lower size_word
res_step: ~ up|down size_word
res_step: ~ quality_up size_word?
fps: ~ more|softer fps_word
look_none: ~ no|remove|off look
colour_of_photos: ~ video|pic|each color
look_none: ~ no|remove|off filter_word
look_none: ~ remove filter_word off

# texts
title: ~ add? bigger|smaller? title says? text start? pos? color?
title: ~ add? call text start? pos? color? bigger|smaller?
title: ~ add? textnoun start says? text pos? color? bigger|smaller?
title: ~ add? says? text start pos? color? bigger|smaller?
closing: ~ add? closing end? says? text pos? color? bigger|smaller?
closing: ~ add? sign end? textnoun? says? text pos? color?
closing: ~ add? end says? text pos? color? bigger|smaller?
closing: ~ end add end says? text pos? color?
closing: ~ add? textnoun end says? text pos? color?
caption: ~ caption? add? photo|ord says? text pos? color?
caption: ~ caption add? says? text pos? color?
caption: ~ add? textnoun photo|ord says? text pos? color?
remove_text: ~ remove|no|off each? text? title|caption|closing|textnoun pic? off?
remove_text: ~ remove|no it_text textnoun? off?
remove_text: ~ remove|no|off start title
remove_text: ~ remove|no|off end closing
# "标题和结尾都去掉": the title and the text at the end
remove_text: ~ remove|no|off title and end
# "no text at the beginning", "lose the words at the end": the title, the closing text
remove_text: ~ remove|no|off textnoun to? start|end
retext: change it_text to text
retext: title|caption|closing|textnoun? it_text change text
closing: end change text pos? color?
title: start change text pos? color?
closing: change end to text pos? color?
title: change start to text pos? color?
retext_not: title|caption|closing|textnoun? says? text not|instead text
title_end: put|move title to? end
closing_start: ~ put|move closing to? start
text_where: ~ add textnoun says? text
# 'add "summer vibes"', 'put "summer vibes" on it': a title or a closing text?
text_where: add|put text it?
remove_caption_of: ~ remove|no|off photo|ord caption|textnoun
remove_text: ~ remove|no|off date_only|date_place caption
# "change the title color", "标题换个颜色": which colour? asked
text_colour_which: ~ change|another title|caption|closing|textnoun colour_which
style: ~ export? each? title|caption|closing|textnoun color? pos? degree? bigger|smaller
style: ~ export? each? title|caption|closing|textnoun color pos? photo|ord?
style: ~ export? move? each? title|caption|closing|textnoun pos
# "change the font colour of the title to gold": the title's letters
style: ~ textnoun? look_word title|caption|closing color
style: ~ title|caption|closing|textnoun up|down
style: ~ move title|caption|closing|textnoun degree? up|down
style: ~ each? title|caption|closing|textnoun more|less size_word
style: ~ each? title|caption|closing|textnoun degree=half/double size_word
!style: ~ color pos?
!style: ~ pos
!text_size: ~ degree? bigger|smaller
photo_size: ~ photo|ord degree? bigger|smaller

# music
music_mood: ~ add|change|swap? mood music pct? volume?
music_mood: ~ another mood
music_mood: ~ one_song change mood
music_mood: ~ music|builtin change mood
music_mood: ~ add mood
music_mood: ~ add|change|swap? music calmer|livelier
music_mood: ~ add|change|swap? mood builtin
music_mood: ~ add|change|swap? builtin music?
music_song: ~ add|change? song music? pct? volume?
music_uploaded: ~ add|change? uploaded music?
music_add: ~ add music
music_add: ~ put music it
music_change: ~ change music
music_change: ~ another music
music_change: ~ no another music
# "the music, take it off": one removal ("take" and "off" both say it)
music_remove: ~ remove off music
# "no audio at all", "make the video silent": the music and the clip's sound (build_silence)
silence_all: ~ mute|remove|off|no|put? all_sound
mute_clips: ~ mute|remove|off|no all_sound clip|photo
# "swap to acoustic": the music, never two photos
music_mood: ~ swap to mood|builtin
music_song: ~ swap to song music?
music_change: ~ trans=random music
dislike_music: ~ music|mood|builtin dislike|unsupported=general
dislike_music: ~ music mood dislike
volume_step: ~ music|volume? volume? pct_step louder|quieter|lower|up|down|less|more?
volume_pct: ~ quieter|louder|lower|less|more? music volume? pct|num|full
volume_pct: ~ quieter|louder|lower pct
# "raise the volume to 80", "turn it down to 40": the level it goes to (before, asked whether
# the video should be 80 s long)
volume_pct: quieter|louder to num
volume_pct: ~ move|put music|volume up|down pct|num
volume_pct: ~ quieter|louder|lower? volume pct|num|full
!volume_pct: ~ full
volume_rel: ~ music|volume volume? degree? louder|quieter photo|clip?
volume_rel: ~ degree? louder|quieter
volume_rel: ~ degree? quieter photo|clip
volume_rel: ~ music volume? degree? up|down|bigger|smaller|softer|more|less|lower
volume_rel: ~ volume degree? up|down|bigger|smaller|softer|more|less|lower
volume_rel: ~ degree=double/half music|volume volume?
# "cut the music volume in half": the volume halved, never the song cut
volume_rel: ~ cut degree=half music? volume
volume_step: ~ cut music? volume pct_step
# "bring the music back up to full": the level it goes back to
volume_pct: ~ move music|volume full
music_mute: ~ mute music|volume
music_remove: ~ remove|no|off music|mood|builtin
music_fade_in: ~ music|volume fade_in start? dur? degree? longer|slower|shorter|faster?
music_fade_both: ~ music|volume fade_inout dur?
music_fade_in: ~ trans=crossfade music in start? dur?
music_fade_out: ~ music|volume end? fade_out dur? degree? longer|slower|shorter|faster?
music_fade_out: ~ music end? softer|abrupt_end end?
music_fade_out: ~ degree? longer|shorter|slower|faster trans=crossfade music out? end?
music_fade_out: ~ longer|shorter trans=crossfade music out? end? to dur
music_fade_in: ~ music abrupt_start start?
end_abrupt: ~ end softer|abrupt_end
!end_abrupt: ~ abrupt_end
# "it starts too suddenly", "the start is too abrupt": the picture's or the music's (asked)
start_abrupt: ~ it? abrupt_start
start_abrupt: ~ start softer
# "make the intro fade in slower": that fade, not the pace
video_fade_in: ~ fade_in video? start? degree? longer|slower|shorter|faster
video_fade_out: ~ video abrupt_end end?
video_fade_out: ~ sign color=black dur?
video_fade_in: ~ video abrupt_start start?
music_fade_out: ~ add? trans=crossfade music out? end? dur?
music_fade_none: ~ no|remove|off|not trans=crossfade|fade_out|fade_in music end|start?
# "let the song end abruptly", "stop fading the music out": no fade-out
music_fade_none: ~ cut? off? music dead_stop out? end?
music_fade_none: ~ no|remove|off|not fade_inout music
video_fade_none: ~ video dead_stop end?
!end_cold: ~ it? end? dead_stop
mute_clips: ~ mute clip|clip_sound|video|photo
mute_clips: ~ mute volume clip|photo|video
mute_clips: ~ remove|no|off|cut clip_sound clip|photo?
mute_clips: ~ remove|no|off volume clip|photo|video
!mute_which: ~ mute
!mute_which: ~ off|remove volume
!mute_clips: ~ clip_sound|clip quieter
# "视频片段里杂音太多了": too much of the clip's own sound (it has no volume of its own)
!mute_clips: ~ photo? clip_sound less
unmute_clips: ~ just|keep|on|add clip_sound clip?
unmute_clips: ~ keep|on|add volume clip|photo
unmute_clips: ~ keep|on|add clip_sound photo
unmute_clips: ~ unmute clip|photo|clip_sound|video
# "把音乐去掉 只留原声": only the clip's own sound kept (never muted)
unmute_clips: ~ only_keep clip_sound clip|photo?
# "unmute it": the music is never muted, only the clips' own sound is
!unmute_clips: ~ unmute
mute_clips: ~ clip_sound dislike
noop: ~ just music
noop: ~ keep transition|music|title|caption|look
noop: ~ not change music|transition|title|caption|look_word|pic
pace_mood: ~ degree? calmer|livelier
# "give it more life", "add some energy": the same
pace_mood: ~ add degree? calmer|livelier
pace_mood: ~ more|degree mood
# "chill pace": the pace said with a mood, calmer (build_music)
pace_mood: ~ mood=lofi pace
!pace_mood: ~ mood
unsupported: ~ faster|slower music
# "something more classical", "can we have jazz": no such track, the ones there are offered
genre: ~ ask? put|change|add? music? more? genre
music_backwards: ~ change? music reverse

# order
reverse: ~ reverse order? pic?
sort: ~ sort? pic? sort_key sort_key? ord? put? start|before|end|sign?
sort: ~ sort pic? date_only
# "最早拍的放第一张", "最新的放第一张": the first place said by its number
sort: sort_key put photo=1|ord=1
shuffle: ~ shuffle pic?
move: move|put? photo|ord to? start|end|slot
move: start photo|ord
move: sign photo|ord
move: move|put? photo|ord to num
move_middle: ~ move|put photo|ord to? pos=center
move: photo|ord move|put to? start|end|slot
move: move|put? photo says? ord
move: photo|ord move|put photo|ord
move: put? photo says photo|ord
move: put photo photo|ord
move_rel: move|put? photo|ord after|before photo|ord
move_rel: photo|ord move|put photo|ord after|before
swap: ~ swap photo|ord and? photo|ord
swap: ~ change photo|ord and photo|ord
swap: ~ swap|change photos
swap: ~ swap|change|reverse num and num
swap: ~ photos reverse
swap: ~ photo|ord and? photo|ord reverse|dislike
replace_photo: ~ change photo to? photo
!swap_which: ~ swap photo|ord
!swap_which: ~ swap it
!move_where: ~ move photo|ord
move_step: ~ move|put? photo|ord up|down num? position
move_step: ~ move|put? photo|ord earlier|later num? position?
remove: ~ remove|cut|no|not photo|photos|ord
remove: ~ remove|cut num
remove: ~ photo|ord dislike remove|no
remove_clip: ~ remove clip
keep_only: ~ only_keep num and? num?
!remove_which: ~ remove it?
!remove_which: ~ remove pic
dislike: ~ photo|ord dislike
same: ~ same photo|ord|photos|title|caption|closing|textnoun|each|pic|music|transition
# "第四和第五之间也一样" after the transition into one photo: the one between those two
same: ~ same pair
# "do the same for every photo": "every" and "photo" say one thing (never the photo alone left)
same: ~ same each pic
# "same for 4": a bare number right after is a photo
same: same num

# one step, undo
slideshow: ~ put|add|change|to pic? slideshow with? music? and? transition? mood? motion?
slideshow: ~ slideshow with music and? transition mood?
!slideshow: ~ pic? slideshow music? and? transition? mood?
slideshow: ~ make_video pic? music? and? transition? mood?
slideshow: ~ pic|it to video music? and? transition? mood?
slideshow: ~ put video pic music? and? transition? mood?
undo: ~ undo last_change?
redo: ~ redo last_change?
undo_named: undo aspect|trans transition?
restore_removed: on|add|put pic? it? just? remove
restore_removed: just? remove pic? it? add|on
undo: ~ undo end
undo: ~ remove|off|reverse last_change
undo: no undo

# actions besides editing
export: ~ export format? res? fps?
export: ~ export? quality format? fps?
export: ~ format res? fps? to?
noop: ~ not|no export
credits: ~ how_many|what? credits
state: ~ what? state pic?
state: ~ what pic|clip
# "what transitions are there", "what filter is on": answered with how it looks and moves
q_style: ~ what transition|filter_word|look_word ask?
q_style: ~ transition|filter_word|look_word state
upload: ~ upload num? more? how_many? pic?
upload: ~ add another? clip
upload: ~ add more|another? video q
# "加视频", "我要加点视频", "add video": the only way to add a video is to upload one
upload: more? add more? video
# "把第三张换成别的照片": another photo in its place, which must be uploaded first
upload: photo|ord change another pic
upload: ~ upload|here more? num|how_many? pic|clip|music|photo
upload: ~ more pic add
upload: ~ add num? more pic
upload: ~ add how_many|num pic|clip
upload: ~ another|more pic|clip add

# a complaint about a thing, said before what to do about it ("the transitions look cheap, ...")
noop: ~ transition|motion|title|caption|closing|textnoun|clip_sound|end|start dislike|softer|sharper
noop: ~ pic dislike
noop: ~ look dislike
noop: ~ fit|look|trans dislike|unsupported=general
noop: ~ motion unsupported=general

# a file-size limit for sending (build_share.py)
size_for: ~ fits_in|fit_in share
total_set: ~ fit_in dur
# "spread the photos over 40 secs", "the photos should fill 30 seconds": they share it
total_set: ~ fit_in each? pic dur
size_for: ~ share size_word
size_for: ~ compress|smaller it? share
size_ask: ~ compress|fits_in
# "make it for whatsapp" alone: a chat's 16 MB or the Status's vertical shape (for_whatsapp)
whatsapp_which: ~ put? it? for_whatsapp
size_mb: ~ fits_in? num mb_unit share?
size_mb: ~ cut num mb_unit
size_off: ~ no|remove|off size_limit_word
"""

TEMPLATES += SMART_TEMPLATES  # the smart slideshow's templates, kept in their own module
TEMPLATES += MUSIC_START_TEMPLATES  # when the music comes in: music_start_words
TEMPLATES += ZH_TEMPLATES  # templates Chinese phrasings need, kept beside their words
TEMPLATES += CHAT_TEMPLATES  # phrasings heard in whole chats: chat_words
TEMPLATES += EN_SAID_PACE_TEMPLATES  # "up the time on each photo": en_said_pace
TEMPLATES += CONTEXT_TEMPLATES  # another intent's words said as context: en_context
TEMPLATES += EN_WEAK_TEMPLATES  # titles, endings, fades, fit, order, time: en_weak_words
TEMPLATES += AT_LEAST_TEMPLATES  # "make it at least 25 secs": at_least
TEMPLATES += EN_VM_TEMPLATES  # lively transitions, the frame asked about: en_visual_music
TEMPLATES += AMOUNT_TEMPLATES  # "the fade at the end shorter, half a sec": amount_after
TEMPLATES += EN_COMPARED_TEMPLATES  # "as long as the clip": en_compared
TEMPLATES += CASE_TEMPLATES  # "title in all caps": text_case
