"""Keywords: words with a meaning but no value ("music", "louder", "remove"), English and Chinese
together (pure data, read like ``lexicon``); words that carry nothing are in ``fillers``.
"""

from __future__ import annotations

from .at_least_words import AT_LEAST_WORDS
from .chat_words import CHAT_WORDS
from .en_compared_words import EN_COMPARED_WORDS
from .en_context import CONTEXT_WORDS
from .en_ending_words import EN_ENDING_WORDS
from .en_pace_words import EN_PACE_WORDS
from .en_said_pace import EN_SAID_PACE_WORDS
from .en_time_words import EN_TIME_WORDS
from .en_visual_music import EN_VM_WORDS
from .en_weak_words import EN_WEAK_WORDS
from .en_words import EN_WORDS
from .music_start_words import MUSIC_START_WORDS
from .smart_words import SMART_WORDS
from .visual_words import VISUAL_WORDS
from .zh_words import ZH_WORDS

GENRES = "jazz, rock, metal, classical, hip hop, rap, techno, polka, k-pop | 摇滚, 说唱"

WORDS: dict[str, str] = {
    "instead_of": "better than, is better than, instead of, rather than, 而不是, 不要用",
    "full": "full volume, max volume, maximum volume, full blast, maximum, max, up to full, "
    "back up to full, back to full, "
    # the level it had before any change: the full volume
    "normal volume, default volume, usual volume, regular volume, original volume, "
    "volume to normal, volume back to normal, volume to default, volume to the default, "
    "back to normal volume, back to the normal volume, back to the original volume | "
    "最大, 最大声, "
    "满格",
    "export_noun": "the export, the exported video, exported video, export looks, 导出来的, "
    "导出的视频",
    "ask": "现在是, 目前是, 现在的是, "
    "is it, is this, is that, is the, is there, are there, are the, are they, does it, "
    "does the, do the, did the, did it, did you, has it, have you, was it, will it, 是不是, "
    "有没有",
    "same": "same, the same, do the same, same for, same thing, likewise, do that for, also for, "
    "as well for, same to, 也这样, 也一样, 一样",
    "times": "x, 倍",
    "lower": "lower, drop it to, drop to, bring it down to, take it down to, 降到, 降低到, "
    "调低到, 降",
    "too": "it's a bit, its a bit, it is a bit, it's a little, its a little, is a bit, "
    "is a little, are a bit, are a little, feels a bit, feels a little, seems a bit, it's kinda, "
    "its kinda, it's kind of, its kind of, "
    "wayy too, wayyy too, wayyyy too, waaay too, waay too, waaaay too, "
    "is so, is sooo, is soooo, are so, is really, are really, is very, are very, is super, "
    "feels so, feels too, "
    "seems so, seems too, "
    "too, 太, 有点, 有一点, 有些, a bit too, way too, "
    # "感觉有点赶", "好像有点快": the feeling said is still a bit too much of it
    "感觉有点, 好像有点, 有点儿",
    "reason": "smoother playback, smooth playback, "
    # "remove the dog, he wasnt there": who was not there is why a photo goes
    "wasnt there, wasn't there, was not there, werent there, weren't there, were not there, "
    "wasnt even there, wasn't even there, wasnt with us, wasn't with us, didnt come, "
    "didn't come, didnt even come, didn't even come, isnt in it, isn't in it, "
    # what the person's own device is ("make it 1080p, my tv is hd"): no shape, no size
    "my tv is, our tv is, the tv is, my tv's, my screen is, my phone is, my phone's, "
    "my laptop is, my computer is, my monitor is, for my profile, on my profile, "
    "people don't, people dont, nobody watches, no one watches, "
    "yr old, year old, years old, yrs old, year-old, a slow memorial video, "
    "slow memorial video, memorial video, a memorial video, "
    "dated, looks dated, it looks dated, looks so dated, feels dated, it's dated, "
    "its dated, "
    "outdated, looks outdated, product launch, the product launch, a product launch, the launch, "
    "autumn vibes, the autumn vibes, fall vibes, summer vibes, cozy vibes, "
    "the old folks, old folks, older folks, the older guests, older guests, "
    "the elderly, elderly, older people, the older people, old people, seniors, "
    "the grandparents, grandparents, older relatives, my teenager, teenager, my teen, my kid, "
    "my kids, he's the star, she's the star, he is the star, she is the star, "
    "the star of the show, not great with, theyre not great with, they're not great with, "
    "not good with, arent good with, aren't good with, struggle with, can't keep up with, "
    "cant keep up with, we're doing a slideshow, we are doing a slideshow, "
    "i'm doing a slideshow, im doing a slideshow, i'm making a slideshow, im making a slideshow, "
    "we're making a slideshow, it'll play on the tv, it will play on the tv, play on the tv, "
    "on the tv, on a tv, on the big screen, not so good english, my english is not good, "
    "my english isn't good, my english is bad, sorry for my english, sorry for my bad english, "
    "bad english, english is not my first language, "
    "广告, 广告位, "
    # who it is for and what for: an explanation around the request, not a request
    # and the day itself, told in the past ("the party was really loud"): a story, not a setting
    "the party was, the wedding was, the trip was, the day was, that day, we were, we had, "
    "the kids were, everyone was, it was a really fun, it was a fun, 那天, 玩得, 我们玩, "
    "messy, so messy, chaotic, a mess, "
    "this is for him, this is for her, very plain, keep it plain, "
    "for smoother motion, for smooth motion, for smoother movement, so it looks smoother, "
    "marketplace listing, the marketplace listing, for the marketplace, for a listing, "
    "for the listing, for my listing, for my shop, for our shop, "
    "for my store, for our store, for my business, for our business, "
    "keep it simple, nice and simple, just photos, just the photos, only photos, "
    "fast like a, quick like a, like a tiktok edit, "
    "dear, dear assistant, grandson, granddaughter, my grandson, my granddaughter, "
    "daughter, my daughter, son, my son, first year, "
    "baby's first year, parents, my parents, girlfriend, my girlfriend, boyfriend, "
    "my boyfriend, sister, my sister, brother, my brother, my ex, ex is in, my ex is in, "
    "aunt, uncle, niece, nephew, reception, wedding reception, the reception, first dance, "
    "product demo, a product demo, the demo, passed away, memorial service, a boring one, "
    "boring one, it feels right, feels right, it just feels right, if thats possible, "
    "if that's possible, one more thing, thanks so much, thank you so much, my phone is slow, "
    "my phone is old and slow, phone is slow, my laptop is slow, my phone is "
    "old, old phone, people shouting, everyone shouting, for my eyes, "
    "孙子, 孙女, 女儿, 儿子, 一周岁, 周岁, 满月, 百天, 追悼会, 葬礼, 纪念用, 纪念用的, "
    "有我手指, 手指, 前任, 有前任, 里有前任, 不好意思, 抱歉, 还有个事, 还有件事, 大家都在喊, "
    "在喊, 演示视频, 老板, 老板说, 奶奶说, 妈妈说, 我妈说, 爸爸说, 老婆说, 客户说, 女朋友, "
    "男朋友, 爸妈, 父母, 姐姐, 妹妹, 哥哥, 弟弟, 婚宴, 生日会, "
    "照片太多, 照片太多了, too many photos, too many pictures, too many pics, "
    "跟不上, 我妈, 我爸, 我妈妈, 我爸爸, "
    "distracting, is distracting, its distracting, it's distracting, "
    "cutest, the cutest, it's the cutest, its the cutest, the best one, my favorite, "
    "my favourite, "
    "can't even see, cant even see, can't even read, cant even read, can't even see "
    "them, "
    "for a film feel, film feel, "
    "don't like this one, dont like this one, i don't like it, don't like it, start "
    "with the photos, just start with the photos, go straight to the photos, straight"
    " into the photos, makes me dizzy, makes me, is making me, so you can, so you "
    "could, so we can hear, so i can hear, ex is in it, my ex is in it, old "
    "tv, an old tv, like an old tv, old television, 想睡觉, 看得我想睡觉, 看睡着了, 犯困, 睡着了, "
    "老人, 最喜欢, 我最喜欢, 最爱, 我最爱, "
    "老人看的, 老年人, 长辈, 后期加, 我自己后期加, 自己后期加, 后期再加, 后期, 要听得到, 听得到, "
    "听得见, 能听到, 直接停, 直接停掉, "
    "直接结束, 没下载成功, 下载失败, 没成功, 看不清楚, "
    "blends in, blend in, blending in, blends into the background, "
    "blend into the background, gets lost in the background, "
    "hard to read, hard to see, difficult to read, difficult to see, too hard to "
    "read, liked it better before, it was better before, better before, i liked it "
    "before, preferred it before, 之前的好, 之前更好, 原来的好, "
    "because, since, cause, 'cause, cos, coz, so that, "
    "so it, so the, it's making me, making me, i'll, i will, "
    "i'm going to, im going to, too abruptly, abruptly, too suddenly, "
    "suddenly, for whatsapp, for email, for wechat, for pal, pal tv, for tv, for the tv, "
    "the file is small | 因为, 为了, 是给, 要给, 当开场用, 当开场, 用来开场, 开场用, "
    "来不及看, 看不清, 老电视, 文件小, 太突然, 人声, 说话声, "
    # "字都看不完，照片多停很多": why, said first
    "看不完, 都看不完, 来不及读, 读不完, 看不全, "
    "can't see, cant see, i can't see anything, can't read, cant read, dizzy, cinematic look, "
    "for a cinematic look, film look, for a film look, don't need it, i don't need it, "
    "dont need it, no need for it, 不需要了, 用不着, 朋友圈, 发朋友圈, 微信, grandma, grandpa, "
    "my grandma, my grandpa, mom, mum, my mom, my mum, dad, my dad, my wife, my husband, "
    "my kids, the kids, my family, the family, my friends, friends, my boss, the boss, "
    "my teacher, class, school project, work, my client, the client, clients, a wedding, "
    "our wedding, a birthday, her birthday, his birthday, my birthday, anniversary, "
    "our anniversary, a memorial, memorial, funeral, a funeral, graduation, a presentation, "
    "presentation, the slideshow night, the reunion, reunion, the trip, our trip, vacation, "
    "holiday, the holidays, for fun, for the kids, "
    "the wedding, teacher, a teacher, class trip, our class trip, the class trip, school trip, "
    "our school trip, parents evening, parents' evening, parent evening, the projector, "
    "a projector, projector, "
    "so they can, so people can, so i can, so we can, so ppl can, so everyone can, "
    # what the time is for, said after it: "more time on each photo to read the captions"
    "to read the captions, to read the caption, to read the text, to read the words, "
    "to read it, to read them, to read the titles, to read everything, to see them, "
    "to see it, to see the photos, to see the pics, to see everything, to see each one, "
    "to take it in, to take them in, to take it all in, to look at them, to look at each one, "
    "to enjoy them, to enjoy each one, to enjoy each photo, "
    "so everybody can, so u can, so guests can, so folks can, so viewers can, "
    "hurts my eyes, my eyes, 奶奶, 外婆, 爷爷, 外公, 老婆, 老公, 孩子们, "
    "同学, 同学们, 客户, 领导, 婚礼上, 纪念日, 毕业, 毕业典礼, 旅行, 旅游, 假期, 回忆, 年会, "
    "公司, 给我妈, 给我爸, 给奶奶, 给孩子, 发给朋友, 给朋友看, 眼睛, 看着累, 看着难受, 晕",
    # what a request is about
    "music": "the name of this song, the name of the song, name of this song, name of the song, "
    "the song's name, the songs name, this song playing, the song playing, "
    "the song that's playing, the song thats playing, "
    "instrumental, 纯音乐, 背景曲, 音乐文件, "
    "music, song(s), soundtrack, bgm, background music, tune(s), background track, "
    "background song, backing track, audio track, the track | 音乐, 背景音乐, 配乐, 歌, 歌曲, "
    "曲子, 背景乐, 音频, bgm, 曲, beats, beat, track, melody, score, jam, "
    "music track, audio, the audio, 旋律, 伴奏, 背景声",
    "volume": "vol, "
    "loudness, sound volume, music level, audio level, volume level, 响度, 音量大小, "
    "volume, sound level, the sound, sound | 音量, 声音",
    "title": "开场字幕, 片头字幕, 开头字幕, 开头那句, 开头的那句, 片头那句, 开头那行字, 开头的字, "
    "video title, the video's title, 视频标题, 片头标题, 开头标题, "
    "name of the video, the name of the video, video name, the video's name, the videos name, "
    "name of the slideshow, slideshow name, the name of the slideshow, "
    "title, titles, heading, headline, title card, opening title, main title, "
    "opening text, intro text, opening caption | 标题, 大标题, 片名, 主标题, 开头文字, 片头文字, "
    "header, title text, heading text, big title, 题目, 大字标题, "
    # "开场白写 …": the opening words (白 here is no colour)
    "开场白, 开场语, 开头语, 开篇语, 片头语",
    "caption": "caption(s), subtitle(s), label(s), status caption | 字幕, 说明文字, 注释, 配字, "
    "配文, 配文字, 配个字, 配字, caption text, description, 描述, 说明, 备注",
    "closing": "end credits, the end credits, closing credits, rolling credits, "
    "end screen, final card, final screen, closing screen, ending screen, 结尾卡, "
    "ending card, outro card, outro screen, final title, end title, ending title, last title, "
    "结尾字体, 结尾的字体, 片尾字体, 片尾的字体, "
    "片尾卡, "
    "片尾语, "
    "closing text, ending text, end text, closing title, outro text, end card, "
    "end credits, closing line, closing words, sign-off, signoff, closing caption, "
    "ending caption, end caption | 结尾文字, 片尾文字, 片尾字幕, 结尾字幕, 结束语, 落款, "
    "closing, add credits, credits at the end, add a credit, a credit at the end, "
    "结尾那句, 最后那句, 结尾的字, "
    "结尾的文字, 片尾的字, closing message, closing card, last words, final words, "
    "final message, ending message, last text, final text, end slide, ending slide, "
    "closing slide, 结尾语, 结束语, 感谢语, 片尾感谢语, 结尾感谢语, 感谢词, 结束词",
    "textnoun": "my name, our names, our name, his name, her name, the name, the names, card, "
    "text card, "
    "text, texts, words, writing, lettering, wording, the words, status text | 文字, "
    "字, 文案, letters, message, note, 一行字, 一句话, 一段文字, 一行文字, "
    # what a business puts on its last card ("add our phone number at the end: 555-0123")
    "phone number, our phone number, my phone number, the phone number, our number, "
    "our address, the address, our website, the website, our web address, contact info, "
    "contact details, 电话号码, 地址, 网址, 联系方式",
    "transition": "transition(s), transition effect(s) | 转场, 过渡, 转场效果, 切换效果, "
    "过渡效果, transitions between photos, transition between photos, cut between, cuts between, "
    "过场, 切换方式",
    "motion": "photos move, pictures move, pics move, photos moving, pictures moving, "
    "pics moving, images move, photos to move, pictures to move, pics to move, them move, "
    "slow zoom, gentle zoom, subtle zoom, soft zoom, slight zoom, slow pan, gentle pan, "
    "gentle movement, subtle movement, slow zooms, gentle zooms, 缓慢缩放, 轻微缩放, 轻微的缩放, "
    "肯伯恩斯, 肯伯恩斯效果, 肯·伯恩斯, 动作, 动作幅度, 移动幅度, 缩放幅度, 推拉幅度, "
    "镜头移动幅度, 放大的效果, 放大效果, 晃动幅度, 动的幅度, "
    "zoom in and out, zooming in and out, 镜头移动, 画面移动, 画面缩放, 画面晃动, "
    "推拉效果, 慢慢放大, 缓慢放大, "
    "缓缓放大, "
    "motion, movement, moving, ken burns, kenburns, ken burns effect, zoom, zooming, "
    "zoom effect, pan, panning, animation, zoom in, zoom-in | 动效, 动画, 运动, 缩放, 晃动, "
    "移动效果, 推拉, 镜头运动, 晃, 运镜, ken burns zoom, pan and zoom, zoom and pan, 动起来, "
    "动一动, 放大缩小, 晃来晃去, 动态效果, 动态, 推镜头, 推进, 放大效果, 缩放效果, 镜头推进, "
    "镜头推拉, "
    # "平移" is the pan; "镜头从远到近" the camera closing in (never the photos sorted)
    "平移, 平移效果, 平移的效果, 镜头平移, 画面平移, 镜头从远到近, 镜头由远及近, 镜头由远到近, "
    "镜头从近到远, 镜头由近及远, 画面从远到近, 画面由远及近, moving effect, movement effect, "
    "camera movement, ken-burns, 动感效果, 放大缩小效果, 放大缩小的效果, 缩小放大, 缩小放大的效果, "
    "放大特效, 放大的特效, 缩放特效, 缩放的特效, 推拉特效",
    "pic": "素材, 个素材, "
    "photo(s), picture(s), pic(s), image(s), shot(s), pix, foto(s) | 照片, 图片, "
    "相片, 图, 张, 幅, items, item, slides, snaps, snapshots, stills, photographs, photograph, "
    "imgs, img, 照片们, 图像, 画",
    "clip": "一段视频, 一个视频, 一条视频, 视频素材, 那段视频, 这段视频, 那个视频片段, "
    "视频那段, 那个小视频, "
    "clip(s), video clip(s), footage, videos, the videos | 视频片段, 片段, 小视频",
    # an ad slot's length is the video's ("fit in a 30 second ad slot")
    "video": "ad slot, an ad slot, the ad slot, commercial, advert, promo, the promo, the ad, "
    "the full thing, full thing, full video, the full video, the total, "
    "video, movie, film, whole thing, the whole thing, whole video, the whole video, "
    "the entire video, entire video, overall, "
    "it all, all of it | 视频, 影片, 整个视频, 成片, 片子, 整体, 全片, 短视频",
    "slideshow": "slideshow, slide show, montage, photo video | 幻灯片, 相册视频, 影集, 电子相册, "
    "相册, "
    "照片视频, 音乐相册, 动感相册, photo montage, photo slideshow, picture slideshow",
    # how long each photo shows ("the display time should be 4 seconds": each, not in all)
    "photo_time": "display time, show time, time per photo, per photo time, time per pic, "
    "time per picture, time per slide, time per image, photo duration, slide duration, "
    "picture duration, image duration, duration per photo, duration of each photo, "
    "slide length, slide time, photo length, "
    "每张时长, 展示时间",
    "length": "持续时间, 持续, 秒数, "
    "播放时长, 总计, 全长, "
    "间隔, 间隔时间, "
    # "切换时间1秒": how often the photos change, each photo's time (never the whole video)
    "切换时间, 切换间隔, 切换的时间, 切换的间隔, "
    "length, duration, runtime, run time, long, total length, overall length, time, "
    # "it needs to run 3 minutes": how long it plays
    "to run, run for, runs for, running time, to play for, play for, plays for "
    "| 时长, 时间, 停留时间, 显示时间, "
    "长度, 总时长, 总长, 总长度, screen time, time on screen, 停",
    # "time per photo 3 s", "more time per photo": each photo's time, not the video's
    "each": "apiece, a piece, "
    "统统, 全都, 通通, "
    "各, 各自, "
    "each and every, every one, every pic, each of the photos, each of them, 每一幅, "
    "每张图, 每个画面, 每一个, 所有的, "
    "each, every, all of them, per, each one, each photo's, every single, all of the, "
    "all the, all, "
    "each slide, every slide, per slide, "
    "a photo, a picture, a slide | 每张, 每一张, 每个, 每, 所有, 全部, 每幅, the rest, "
    "rest of them, the others, the other photos, the other ones, 剩下的每张, 全",
    "pace": "速, pace, tempo, rhythm, speed, pacing | 节奏, 速度, 切换, 切换速度, 播放速度",
    "order": "order, sequence | 顺序",
    "position": "one place, a place, places, positions, spots, slots, "
    "position, spot, slot | 位, 位置",
    "fps_word": "帧每秒, "
    "fps, frame rate, framerate, frames per second, frames a second | 帧率, 帧, "
    "frames per sec, frame per second, frames",
    "size_word": "res, 导出画质, 导出的画质, 导出分辨率, 导出的分辨率, 导出清晰度, 导出的清晰度, "
    "aspect, scale, quality, 画质, 清晰度, 尺寸比例, "
    "size, dimensions, resolution, aspect ratio, ratio, shape, format, orientation, "
    "layout | 尺寸, 分辨率, "
    "比例, 画幅, 大小, 画面比例, 字号, 字体大小",
    "filter_word": "filter(s), color filter, colour filter, 滤镜, 滤镜效果",
    "look_word": "theme, themes, effect, effects, tint, hue, grade, aesthetic, mood, 色系, 调色, "
    "色调风格,"
    " 画风, 氛围, "
    "color(s), colour(s), tone(s), grading, color grading, colour grading, "
    "vibe, style | 色调, 色彩, 颜色, 风格, 风",
    "clip_sound": "the video's audio, the videos audio, video's audio, the clip's audio, "
    "the noise in the video, noise in the video, the noise in the clip, noise in the clip, "
    "the noise from the video, noise from the video, the noise from the clip, "
    "noise from the clip, the video's noise, the clip's noise, "
    "the sound from the video, sound from the video, the sound from the clip, "
    "sound from the clip, the video's sound, the videos sound, the audio from the video, "
    "audio from the video, the audio from the clip, audio from the clip, the sound in the video, "
    "sound in the video, "
    "people talking, the people talking, the talking, the chatter, chatter, "
    "background noise, 视频里的声音, 视频里面的声音, 视频的声音, 片段的声音, 视频里的人声, "
    "original sound, original audio, clip sound, clip audio, video sound, "
    "sound of the clips, sound of the clip, the clip's sound, clips' sound, live sound "
    "| 原声, 视频原声, 原音, clip's own audio, own audio, own sound, the clip's audio, "
    "clip's original sound, clip's sound",
    # what to do
    "add": "toss in, chuck in, throw on, "
    "来首, 放首, 放一首, 整首, 整一首, "
    "要点, 想要点, 来点儿, "
    "attach, append, stick, slap, stick on, pop on, tack on, overlay, 加入, 添上, 加进去, "
    "放上, 插入, 附上, 添个, 添一个, "
    "add, include, insert, put in, throw in, give it, 加, 添加, 加上, 加个, 加一个, 加一段, "
    "配上, 来点, 来一段, 来一首, 配, 加点, 加回来, 加回, 配个, 配点, adding, stick in, slap on, "
    "pop in, 弄个, 放个, 来个",
    "remove": "don't include, dont include, do not include, don't use, dont use, do not use, "
    "don't need the, dont need the, do not need the, no longer need the, "
    "weed them out, weed em out, weed those out, weed it out, "
    "weed out, weed out the, clean out, 挑掉, 剔除, 筛掉, 去除掉, "
    "can go, has to go, must go, needs to go, can be removed, can be deleted, should "
    "be removed, be taken out, be left out, be cut out, be deleted, "
    "剪掉, "
    "strip out, pull out, cut away, leave off, get rid, rid of, "
    "remove, delete, drop, cut out, take out, leave out, get rid of, lose, ditch, "
    "skip, exclude, take away, throw out, toss, kill, erase, leave it out, take it out, "
    "cut it out, leave them out, take them out, leave that out, leave this one out, "
    "get rid of it, 删除, 删掉, 去掉, 去除, 拿掉, 删, "
    "移除, 去了, 剔除, 扔掉, 不要了, take, clear, clear out, 清掉, 清除, 清空, nix, scrap, "
    "trash, axe, bin, omit, hide, eliminate, cut out of, take off, delete it, remove it, 砍掉, "
    "干掉, 撤掉, 拿走, 丢掉, 删去, 去掉吧, 踢掉",
    "cut": "cut, trim, cut down, trim down, cut it down, chop, 剪, 剪到, 剪成, 剪短到, 压缩到, "
    "控制在",
    "no": "no need for, don't want to hear, dont want to hear, do not want to hear, 别要, "
    "don't need, dont need, do not need, don't need any, dont need any, can do without, "
    "不要再, 别用, "
    "no, without, w/o, none, don't want, dont want, do not want, no more, 不要, 没有, 无, 不加, "
    "别加, 免",
    "not": "shouldn't, should not, shouldnt, mustn't, must not, "
    "no need, 不必, 无需, 不想要, 别再, 不想, "
    "don't, dont, do not, never, no need to, not, 别, 不用, 先别, 先不, 暂时不, 不需要, "
    # "转场不能太长": must not be too long, as "别太长" (zh_compose.not_so)
    "不能, 不可以, 不能够",
    "off": "cancel, "
    "取消掉, "
    "switch it off, shut off, deactivate, 禁用, 关上, 停用, "
    "off, turn off, disable, switch off, stop, turn it off | 关掉, 关闭, 关, 取消, 停掉",
    "on": "turn on, enable, switch on, bring back | 打开, 开启, 开, back on, on again",
    "move": "relocate, reposition, move, shift, bring, 移, 移到, 挪, 挪到, 换到, 移动",
    "put": "变得, "
    "让, "
    "turn it into, convert, convert to, convert it to, transform, 转成, 转为, 转换成, "
    "转换为, "
    "put, place, set, make, turn, create, build, generate, produce, 放到, 放在, 放, 排在, "
    "排到, putting, 起个, 做回, 做成, 弄成, 做个, 做一个, 搞成, 搞个",
    "swap": "swop, swopped, swop them, switch them around, swap em, switch em, "
    "switch round, swap round, switch them round, swap them round, switch em round, "
    "swap them over, switch them over, swap over, "
    "换一换, 换换, "
    "interchange, "
    "swap, exchange, trade, switch places, switch around, swap around, 交换, 互换, 对调, "
    "调换, 换位置, 换一下位置, trade places, 换过来, 调过来, 换一下",
    "change": "use, "
    "延长到, 缩短到, 加长到, 延长至, 缩短至, "
    # "把转场减到半秒": the length it is cut to (减 alone takes a length off)
    "减到, 减少到, 减至, 减为, 减成, 缩减到, "
    "flip it to, flip to, flip it into, rotate it to, rotate to, rotate it into, "
    " swap out, switch out, swap it out, swap out "
    "the, "
    "统一, 统一为, 统一成, 一律, "
    "apply, choose, pick, select, opt for, go for, set it to, set to, "
    "调整, 调整为, 调整成, 调整到, 修改, 修改为, 修改成, 更改, 更改为, 更换, 更换为, 替换, "
    "替换成, 替换为, 换为, 设定, 设定为, "
    "设定成, 改用, 选用, 选择, 切换成, 切换到, 切换为, 变为, 整成, 改回, 变回, 换回去, 改一改, "
    "调一调, "
    "change, switch, switch to, replace, replace with, go with, rename, edit, update, "
    "fix, 改, 改成, 改为, 换, "
    "换成, 换个, 变成, 设, 设置, 设为, 调, 调成, 调到, 用, upgrade to, go back to, "
    "switch back to, back to, play, put on, 换回, 调回, 拉到, 拉长到, tweak, adjust, modify, "
    "alter, fix up, sort out",
    "reverse": "the wrong way round, the wrong way around, wrong way round, wrong way around, "
    "backward, back to front, last to first, 倒放, 逆序, 反序, 顺序反过来, 顺序倒过来, "
    "mirror the order, upside down the order, turn the order upside down, the order upside "
    "down, mirror the sequence, "
    "reverse, backwards, reversed, flip the order, other way around, the other way "
    "round, reverse order | 倒序, 反过来, 倒过来, 颠倒, 反转, 倒着, invert, flip, "
    "order around, turn it around, turn them around, switch the order around, the other way",
    "shuffle": "mix em, mix em up, mix them, mix them around, mix it up, mix up the order, "
    "mix the order, mix the photos, mix the pics, mix up the photos, mix up the pics, "
    "乱一点, 顺序乱一点, 打乱一点, 乱着来, 乱着排, 随便排一下, 乱序排, "
    "randomly, at random, in random order, 再随机一次, 再随机, 重新随机, 再打乱一次, "
    "再乱一次, "
    "打散, 乱序, 随机播放, 随便排, 乱排, "
    "shuffle, randomize, randomise, random order, mix up, mix them up, jumble, "
    "scramble | 随机打乱, 打乱顺序, 随机顺序, 打乱, 随机排序, 乱序, 随机排列, jumble them up, "
    "shake up, shuffle them up, 随机排",
    "sort": "排一下序, 排个序, 排下序, "
    "重排, "
    "reorder, rearrange, organize, organise, line up, 重新排, 重新排序, 整理, "
    "sort, arrange, order them, put in order, 排序, 排列, 排, 按, 按照",
    # what undo took back, made again (never "redo the title": that is a new text)
    "redo": "redo, redo that, redo it, redo please, redo the change, redo the last change, "
    "redo what you undid, redo the undo, undo the undo, undo that undo, undo my undo, "
    "undo the undoing, unundo, un-undo, bring back what you undid, put back what you undid, "
    "redo what i undid, bring back what i undid, put back what i undid | 重做, 重做一下, "
    "恢复撤销, 恢复撤销的, 恢复刚才撤销的, 恢复刚刚撤销的, 恢复刚才撤销的修改, 取消撤销, "
    "撤销刚才的撤销, 反撤销, 刚才撤销的恢复, 撤销的恢复, 把撤销的恢复, 把刚才撤销的恢复",
    "undo": "undo the last change you made, undo the change you made, undo the last edit, "
    "undo your last change, undo the last thing you did, undo what you just did, "
    "undo your last edit, "
    "i liked it better before, i liked it more before, liked it more before, "
    "was better before, the previous version, previous version, "
    "还是刚才的好, 刚才的好, 还是之前的好, 还是原来的好, 还是之前那样好, 之前那个好, "
    "how it was before, the way it was before, as before, undo that last thing, undo "
    "the last thing, undo last thing, "
    "revert that, undo please, go back one, undo what you did, cancel that, cancel "
    "the last change, 撤销刚刚, 取消上一步, 退一步, 回到之前, 恢复之前, 不要刚才的, 撤回上一步, "
    "撤销操作, "
    "undo, go back, revert, undo that, put it back, change it back, back to how it was, "
    "take that back, roll back, as it was, like before, back to where it was, back where it "
    "was | 撤销, 撤回, 改回来, 改回去, 恢复, 回退, "
    "返回上一步, 退回, 还原, 换回来, put it back how it was, how it was, the way it was, "
    "那步撤了, 撤了, 上一步不要了, 不要上一步, ctrl z, ctrl+z, cmd z, 还是之前那样, 之前那样, "
    "go back to before, back to before, like it was before, as it was before, 回到上一步, "
    "刚才那个不要了, 刚才的不要了, 刚才那个撤了, 撤销刚才, bring it back, restore it, "
    "bring that back, undo it, undo last, undo the last one, back one step, one step back, "
    "撤回去, 撤销一下, 撤销上一步, go back to what it was, back to what it was, "
    "what it was before, what it was like before, back to what we had, return to what we had, "
    "return to what it was, what we had before",
    "unmute": "unmute, un-mute, turn the sound back on, 取消静音, 恢复声音, 打开声音, 恢复原声",
    "mute": "只想听背景音乐, 只听背景音乐, 只留背景音乐, 只想听音乐, "
    "just have the music over it, only the music, just the music over it, only hear the music, "
    "only want to hear the music, just want to hear the music, want to hear only the music, "
    "nothing but the music, "
    "muted, mute it, silence it, mute its sound, mute its audio, silence its sound, "
    "静音掉, 消音, 无声, 关掉声音, 去掉声音, "
    "声音关掉, "
    "mute, silence, silent, 静音",
    "keep": "keep, leave, 保留, 留着",
    "fade_in": "come in gently, comes in gently, come in softly, comes in softly, ease in, eases"
    " in, fade in gently, "
    "fade in, fade-in, fades in, fading in | 淡入, 慢慢进来, 渐显, 黑场渐显",
    "fade_out": "fade out, fade-out, fades out, fading out | 淡出, 渐黑, 渐隐, 慢慢变黑, 渐弱, "
    "慢慢变小",
    "fade_inout": "fades in and out, fading in and out, fade in & out, fades in & out, "
    "fade in and out, fade in and fade out, fade in and out at the ends "
    "| 淡入淡出效果",
    "from_black": "of black, out of black, into black, a black screen, black screen, "
    "from black, to black | 从黑, 从黑屏, 从黑色, 黑屏, 到黑屏, 到黑",
    "start": "到前面, 到前面去, 前面去, "
    "the first thing people see, first thing people see, the first thing you see, first "
    "thing they see, to open the video, open the video, opens the video, to start the video, "
    "kick off the video, to kick things off, 开场, 打头, 第一个出现, "
    "最开始, 最前头, 一开始, "
    "start, beginning, the start, front, up front, intro, opening, first thing, "
    # as people learning English say it ("the title in the begin")
    "in the begin, at the begin, in begin, in first place, first place, in begin of video, "
    "in begin of the video, in the begin of video, at begin of video, "
    "to first place, to the first place, in 1st place, 1st place "
    "| 开头, 最前面, 最前, 开始, 片头, 开场, open with, opening with, start with, begin with, "
    "starts with, opener, the opener, the opening shot, opening shot, first up, "
    "start it off with, start off with, kick it off with, kick off with, open it with, "
    "begin it with, start it with, lead with, lead off with, lead it off with, leading with, "
    "the first one people see, the first one you see",
    "end": "the last screen, last screen, the last frame, final frame, "
    "到后面, 到后面去, 后面去, "
    "the last thing people see, last thing people see, the last thing you see, "
    "to close the video, close the video, closes the video, 收尾, "
    "end, ending, the end, finish, outro, last thing, at the very end | 结尾, 最后面, 末尾, "
    "片尾, 最后, 结束, at the end, the back, to the back, at the back, the very back, "
    "the very end, to the very end, the closer, last up, at final, at the final, to final, "
    "in final, in the final, to the final, in the finish, in end, in end of video, "
    "in end of the video, in the end of video",
    "after": "after, behind, following, right after, just after, immediately after, "
    "directly after, straight after | 后面, 之后, 后边",
    "before": "before, in front of, ahead of, right before, just before, immediately before, "
    "directly before, right in front of | 前面, 之前, 前边",
    "longer": "feel short, feels short, seem short, seems short, is short, are short, "
    "not long enough, don't stay long enough, dont stay long enough, don't last long enough, "
    "dont last long enough, not on long enough, not on screen long enough, isn't long enough, "
    "isnt long enough, aren't long enough, arent long enough, "
    "are so short, is so short, "
    "lengthen it by, lengthen by, extend it by, extend by, "
    "longer duration, extend the duration, 加长时间, 长一些, 时间长点, 久一点, "
    "多停一会, 多显示, 多展示, "
    "延长时间, 多放一会, 多留一会, 停久点, 停久一点, "
    "longer, lengthen, extend, stretch, more time, too short, linger, stay longer, last longer, "
    "lasts longer "
    "| 长, 延长, 久, 太短, 长些, 多放, 多停, 多停留, 放久, more screen time, extra time, "
    "加长, 拉长, prolong, hold longer, linger longer, "
    "give more time, 延长一点, 多停一下, 多看一会, longer on screen, on screen longer, "
    "more on screen",
    "shorter": "feel long, feels long, seem long, seems long, is long, are long, is so long, "
    "lasts forever, last forever, stays forever, stay forever, "
    "stays up forever, on screen forever, forever on screen, is on forever, "
    "are so long, "
    "cut their time, cut the time, cut down their time, reduce their time, "
    "stay up forever, stays up forever, "
    "trim it by, trim by, cut it by, cut by, shorten it by, shorten by, reduce it by, "
    "reduce by, "
    "linger too long, lingers too long, stay too long, stays too long, last too long,"
    " lasts too long, on too long, up too long, "
    "cut down the time, reduce the time, 短一些, 时间短点, 少显示, 少停一会, 缩短时间, "
    "短一点, "
    "shorter, shorten, less time, tighten, tighter, too long, quicker cuts | 短, 缩短, "
    "太长, 短些, less long, cut short, speed through, 少停, 短点, shorter on screen, "
    "less on screen, quicker on screen",
    "faster": "feel slow, feel kinda slow, seem slow, seems slow, look slow, looks slow, "
    "speed everything up, speed things up, pick the pace up, pick up the pace, "
    "are slow, are kinda slow, are so slow, "
    "feels slow, feels kinda slow, kinda slow, is slow, so slow, bit slow, a bit "
    "slow, pretty slow, draggy, slow and draggy, "
    "rapid, accelerate, pick it up, pick up speed, move it along, hurry it up, speed "
    "along, 快一点, 加快节奏, 快节奏, 紧凑, 紧凑一点, 利索, 节奏紧凑, 紧凑些, 快点, "
    "faster, quicker, speed up, speed it up, speedup, pick up the pace, quicken, hurry, hurry up, "
    "too slow, drags, it drags, dragging, sluggish, speedier | 快, 加快, 加速, 太慢, 太拖, 拖, "
    "拖沓, 太拖了, fast, quick, 赶, dragging on forever, drags on forever, goes on forever, "
    "takes forever, feels like forever, "
    "drags on, dragging on, "
    "quickly, speed things up, speed up things, 拖拖拉拉, 拖拉, move faster, go faster, "
    "zip through, 快些, 快速, 节奏快, snappier pace, faster pace, quicker pace, brisker, brisk, "
    "zippier, less sluggish, less slow",
    "slower": "feel fast, feels fast, seem fast, seems fast, look fast, looks fast, is fast, "
    "slow everything down, slow things down, take it slower, take it slow, take things slower, "
    "take things slow, ease off the pace, ease up on the pace, "
    "flying by, whizzes by, whizzing by, zooming past, rushes by, rush by, rushing by, races "
    "by, racing by, "
    "are fast, are so fast, is so fast, feel rushed, feels rushed, "
    "less hurried, hurried, too hurried, in a hurry, like it's in a hurry, slwr, "
    "slower pls, "
    "decelerate, slow it, slow-paced, take your time, 慢一点, 节奏放缓, 放缓, 缓慢, "
    "慢点, 慢下来, "
    "slower, slow down, slow it down, slowdown, slow things down, more slowly, too fast, rushed, "
    "too quick, too rushed | 慢, 放慢, 减速, 太快, slow, take it slow, slow things, go slower, "
    "慢些, 慢慢来, 节奏慢, slower pace, more leisurely, leisurely, less rushed, "
    "less hectic pace, gentler pace",
    "louder": "lowder, loudr, louda, barely audible, hardly audible, inaudible, "
    "can barely hear it, can hardly hear it, too faint, so faint, way too faint, "
    "volume is too low, volume's too low, volume too low, volume is way too low, "
    "level is too low, level's too low, level too low, "
    "loud, "
    "barely hear, can barely hear, hard to hear, can hardly hear, hardly hear, 听不太清, "
    "听不到, 几乎听不见, "
    "boost the volume, raise the volume, increase the volume, turn the volume up, "
    "pump up the volume, more audible, 加大音量, 声音大一点, 大声一点, 放大声音, 音量大一点, "
    "调大声, 开大, 开大点, "
    "调大音量, 音量加大, 音量调大, 大声些, "
    "louder, turn up, turn it up, crank up, crank it up, boost, raise, more volume, "
    "turn it back up, bring it back up, put it back up, "
    "too quiet, too soft, can't hear, cannot hear, cant hear, pump up | 大声, 响, 调大, "
    "太小声, 听不见, 听不清, 大点声, more audible, pump it, 声音大点, 大声点, 响一些, "
    "调高音量, bump up, bump it up, dial up, dial it up, amp up, amp it up, ramp up, "
    "turn that up, crank that up",
    "quieter": "盖住人说话, 盖住说话声, 盖过人声, 盖住人声, "
    "quiter, quietter, more silent, more quiet, less loud, not so loud, more quite, more low, "
    "dial down, dial it down, dial it back, dial back, "
    "volume is too high, volume's too high, volume too high, volume is way too high, "
    "level is too high, level's too high, level too high, "
    "overpowering, too overpowering, overpowers, overpower, "
    "drowning everything out, drowns everything out, drowning it all out, drowns it all out, "
    "drowning out everything, drowns out everything, drowning out the video, "
    "吵, "
    "drop the volume, drop the music volume, drop the music's volume, drop the volume"
    " of the music, be dropped a bit, be dropped a little, be dropped a touch, "
    "decrease the volume, reduce the volume, turn the volume down, "
    "quiet, quietly, tone it down, 音量小一点, 声音小一点, 调小声, 关小, 关小点, 小声一点, "
    "轻一点, 音量调小, 音量减小,"
    " 音量降低, 降低音量, 小声些, 调小音量, "
    "quieter, turn down, turn it down, less loud, too loud, too noisy, "
    "turn it back down, bring it back down, put it back down, "
    "not so loud, lower the volume, drown, too much music | 小声, 轻, 调小, 太吵, 太大声, "
    "太响, 小点声, drowns out, drowning out, drowns, 盖住, 盖过, 压住, softer music, "
    "lower volume, 声音小点, 小声点, 轻一些, 调低音量, knock down, knock it down, dial down, "
    "dial it down, turn that down, bring down, bring it down, keep it low, keep it quiet",
    "more": "strong, intense, heavy, heavier, "
    "more, stronger, increase, extra, 多, 更多, 加强, 强, 更, higher, 明显, 明显一点, "
    "beef up, more of, a lot more of, heaps more, extra strong, punch up",
    "less": "back off, back it off, ease off, ease up, tone it back, "
    "knock, less intense, less strong, not so strong, less heavy, 别那么明显, "
    "不要那么明显, "
    "没那么明显, 不那么明显, 别太明显, "
    "shave, shave off, knock off, "
    "decrease, lessen, diminish, 减小, 减轻, 弱化, "
    "less, fewer, weaker, reduce, tone down, subtler, subtle, too much, too strong, "
    "not so much, 少, 减少, 减弱, 弱, 太多, 太强, 少些, 太厉害, 太猛, "
    # "每张都减一秒", "每张减掉0.5秒": a length taken off (never a length set to it)
    "减, 减掉, 减去, 扣掉",
    "bigger": "is tiny, are tiny, too tiny, so tiny, barely readable, 太小了, "
    "magnify, increase the size, scale up, blow up, 变大, 放大点, 大一号, 大一些, 大些, "
    "bigger, larger, big, large, enlarge, too small, 大, 放大, 大些, 太小",
    "smaller": "reduce the size, scale down, less big, not as big, not so big, 变小, 小一号, "
    "小一些, 缩小点, "
    "smaller, small, tiny, shrink, too big, too large, 小, 缩小, 小些, 太大",
    # a song that stops dead wants a longer fade-out ("the music cuts off abruptly at the end")
    "abrupt_end": "ends too abruptly, ends abruptly, ends too suddenly, ends suddenly, "
    "stops abruptly, stops suddenly, stops too suddenly, cuts off abruptly, cuts off suddenly, "
    "cuts off too suddenly, cuts out abruptly, just stops dead, stops dead, "
    "cuts off at the end, cuts out at the end, just cuts off, just cuts out, just stops, "
    "ends so abruptly, ends so suddenly, ends really abruptly, stops so abruptly, "
    "stops too abruptly, cuts off too abruptly, abrupt ending, sudden ending, an abrupt ending, "
    "a sudden ending, ends with a jolt, stops mid note, stops mid-note, stops in the middle",
    # a song or video that starts with a jolt wants a fade-in ("the music starts too suddenly")
    "abrupt_start": "starts too suddenly, starts suddenly, starts abruptly, starts too abruptly, "
    "starts so suddenly, starts so abruptly, starts too loud, starts too loudly, starts off too "
    "loud, kicks in too suddenly, kicks in suddenly, kicks in abruptly, kicks in too loud, "
    "comes in too suddenly, comes in suddenly, comes in abruptly, comes in too loud, "
    "begins too suddenly, begins suddenly, begins abruptly, blasts in, blasts in at the start, "
    "abrupt start, sudden start, an abrupt start, a sudden start, too loud at the start, "
    "too loud at the beginning, start softly, starts softly, start gently, starts gently, "
    "start quietly, starts quietly, start slowly, come in slowly, comes in slowly, "
    "kick in gently, kicks in gently, kick in softly, build up slowly, builds up slowly",
    "softer": "feel abrupt, feels abrupt, are abrupt, is abrupt, look abrupt, looks abrupt, too"
    " abrupt, too harsh, harsh, jarring, too jarring, 流畅, 更流畅, 顺畅, "
    "softer, smoother, gentler, more gentle, smooth, seamless, 柔和, 平滑, 顺滑, 丝滑, "
    "温和, 柔",
    "sharper": "sharper, snappier, crisper, punchier, abrupt, snappy, crisp, 利落, 干脆, 硬朗",
    "calmer": "calmer, more relaxed, mellower, more peaceful, less hectic, less busy, "
    "too hectic, too busy, more chill, chiller, more mellow, more calm, quieter vibe, "
    "more relaxing | 平静一点, 舒缓一点, 安静一点, 缓和",
    "livelier": "livelier, more lively, more energetic, more upbeat, more exciting, more fun, "
    "peppier, more dynamic, spice it up, pump it up, more energy, more excitement, hype, "
    "more punchy, more punch, more life, some life, bring it to life, "
    "more alive "
    "| 更有活力, 更欢快, 更动感, 更热闹, 燃",
    "dislike": "压抑, 太压抑, 沉重, "
    "cheap, cheap looking, looks cheap, tacky, 廉价, "
    "太廉价, "
    "土气, "
    "闹心, 烦人, 听着烦, "
    "杂, 太杂, 嘈杂, 好杂, "
    "拍糊了, 拍糊, 拍虚了, 拍虚, 虚了, 没拍好, 拍得不好, 闭眼了, 闭眼, eyes closed, "
    "blinking, overexposed, "
    "underexposed, duplicate, a duplicate, 重复了, 不清楚, 有点糊, 太糊, "
    "blurry, out of focus, bad, ugly, terrible, awful, dark, too dark, don't like, "
    "dont like, do not like, hate, not good, not great, looks bad, looks weird, weird, "
    "not quite, not quite right, "
    "is blurry, is bad, sucks, doesn't fit, doesnt fit | 糊, 糊了, "
    "模糊, 不好看, 难看, 不喜欢, 丑, 太暗, 不清楚, 不清晰, 拍坏了, 多余, cut off, gets cut off, "
    "is cut off, cropped, noisy, 太闷, 闷, 沉闷, 反了, 僵硬, 被裁了, 太伤感, 太悲伤, 太沉重, "
    "cheesy, corny, lame, annoying, cringe, cringey, 不好听, 难听, 土, 俗, "
    "doesnt match, doesn't match, does not match, doesnt suit, doesn't suit, doesnt go with, "
    "doesn't go with, doesnt really match, doesn't really match, doesnt really fit, "
    "doesn't really fit, "
    "depressing, too depressing, gloomy, too gloomy, dreary, a downer, too somber, too sombre, "
    "putting me to sleep, puts me to sleep, put me to sleep, makes me sleepy, making me sleepy",
    "wrong": "wrong, mistake, typo, incorrect, not right, misspelled, misspelt, "
    # "spelling mistake, its Maxi": the spelling was wrong ("spelling" alone says nothing)
    "spelling mistake, spelling error, spelling errors, misspelling, wrong spelling, "
    "spelling is wrong, spelling's wrong, spellings wrong, spelled wrong, spelt wrong, "
    "错了, 写错了, 不对, 错, 打错了, 打错, "
    # "删错了 是第四张": the last change went to the wrong one (never a new removal)
    "删错了, 删错, 弄错了, 搞错了, 挪错了, 移错了, 选错了, 打错字了, 字打错了, 字写错了",
    "instead": "不行, 算了吧, "
    "instead, actually, rather, no wait, wait, i meant, i mean, on second thought, "
    "scratch that, sorry, i wanted, i said, what i meant was, i meant to say, "
    "| 我说的是, 我是说, 我要的是, 我的意思是, 算了, 不是, 其实, 改主意了, nope, no not that one, "
    "not that one, oops no, not that, no not that, not this, not this one, no not this",
    "says": "read, "
    "says, say, saying, reading, reads, that says, which says, that reads, write, "
    "spell it, "
    "spelled, spelt, spell, "
    "writes, written, writing on it, type, put the words, "
    "should read, should say, to read, to say, with the words, with the text, "
    "with the caption, should be, to be, as, that goes, "
    "shud be, shud say, shud read, shld be, shld say, shoud be, shoud say, should b, "
    "could be, could just be, can be, would be, will be, "
    # "the title is gonna be Grandma's 80th": what it will read, said in the future
    "gonna be, is gonna be, is going to be, gonna say, is gonna say, is going to say, "
    "i was thinking, i'm thinking, im thinking, i was thinking of, i was thinking maybe, "
    "| 写, 写上, 写着, 写成, 叫, 叫做, "
    "应该是, 内容是, 写个, 写一句, 打上, 就写, 一句, 加一句, 打个, 打, 一行, 加一行, 写一行, "
    "就写个, 来句, 来一句, 来行字, 来一行字",
    "call": "标题叫做, 名字叫做, 名字叫, "
    "call it, called, name it, named, titled, entitled, title it, name the video, "
    # "how about calling it Weekend Away"
    "calling it, calling the video, naming it, naming the video, titling it, "
    "title the video, title the slideshow, title this video, title the vid, "
    "call the video, rename it, label it, caption it, should be called, should be named, "
    "should be titled, to be called, will be called, gonna be called, is going to be called, "
    "could be called, can be called | 命名为, 题目是, 标题叫, "
    "rename the video to, rename it to, rename to, name the video, "
    "name the slideshow, call the slideshow, 名字改成, "
    # "rename the video Family Reunion": the video's new name is its title
    "rename the video, rename the slideshow, rename the vid, rename this, rename this video, "
    "rename the video title to, rename the video title, rename the video's title to",
    "sign": "finish it off with, finish off with, round it off with, round off with, "
    "top it off with, finish on, end on, close on, finish it on, end it on, wrap up with, "
    "close out with, end things with, "
    "sign it, sign off, signed, sign it off, end it with, end with, finish with, "
    "end the video with, finish the video with, close the video with, end the slideshow with, "
    "end the vid with, finish the vid with, close the vid with, end the movie with, "
    "end the whole thing with, finish the whole thing with, end it off with, "
    "wrap it up with, close it with, "
    "close with, finish it with, wrap up with, end on, ends with, sign | 署名, "
    # "wrap up the video with til next summer": the video named between the verb and "with"
    "wrap up the video with, wrap the video up with, wrap up the vid with, "
    "wrap up the slideshow with, close out the video with, close the video out with, "
    "round off the video with, round the video off with, top the video off with, "
    "finish off the video with, finish the video off with, end the video on",
    # actions besides editing, and questions
    "export": "make the final video, make the final version, create the final video, "
    # "give me a download link", "can i have the file now": the file asked for
    "download link, a download link, the download link, link to download, link to download it, "
    "send me a link, send me the link, give me the link, give me a link, "
    "can i have the file, can i get the file, can i have the final file, can i get the final "
    "file, could i have the file, could i get the file, "
    # "output it in 720p", "let's render this", "send the video to me", "i want the video file"
    "output it, output the video, render this, export this, send the video to me, "
    "send the video over, send the file to me, send the file over, want the video file, "
    "need the video file, "
    "make the export, do the export, start the export, run the export, "
    "produce the final video, finalize it, finalise it, finalize the video, finalise the video, "
    "好了导出吧, 好了导出, 好了就导出, "
    "give me the video, make the file, make the video file, "
    "create the file, i want the file, send me the file, send me the video, "
    "gimme the final file, gimme the file, gimme the video, give me the final file, "
    "the final file, final file, "
    "save as, save it as, export as, 导一次, 再导, 导一下, 导个, 导一个, 再导一个, 再给我导, "
    "再出一个, 再导一遍, "
    "finalize, finalise, render out, export out, 导出吧, 出成片, 生成成片, 生成最终视频, "
    "export, download, render, save the video, save it, save video, save the file, "
    "send me the video, send me this version, send me this one, send me the file, "
    "send it to me, send it over, send me it, give me the video, give me the file, "
    "give me the final video, another copy, a copy, one more copy, exporting, "
    "send me a copy | 导出, 下载, 渲染, 保存视频, 保存, 存, 输出, 发给我, 发我, 生成视频, "
    "再来一份, 出片, render it out, save it out, export it, make the video file, "
    "create the file, 导出来, 生成, 做出来, 出视频",
    "credits": "点数, 剩余点数, "
    "credits, credit, balance, my balance, credit balance | 积分, 余额, 额度",
    "state": "the current setup, current setup, whats the setup, the setup, show me everything, "
    "show me all the settings, current settings, the settings, "
    "现在什么样, 现在是什么样子, 现在什么样子, 看看效果, 现在的样子, 现在怎么样了, "
    "看一下现在的样子, what does it look like now, what does it look like so far, "
    "what's in the video, what is in the video, whats in the video, whats in it, "
    "what's in there, whats in there, what do we have so far, what have we got so far, "
    "时间轴, 列出来, "
    "status, timeline, the draft, summary, current state, what do i have, show tracks, "
    "how does it look, how is it looking, how's it looking, let me see, preview, list, "
    "list the photos, tracks, project, where are we, overview | 状态, 时间线, 查看轨道, 轨道, "
    "当前进度, 进度, the current draft, current draft, draft, what's in it, so far, 草稿, 项目, "
    "有啥, where are we at, what's the status, current version, what it looks like, 现在什么样, "
    "看下效果, 目前效果, show me the video, show me the slideshow, "
    # not "play it": "play it at half speed" asks for a pace
    "watch it, watch the video, can i watch it, can i see it, show it to me, "
    "show me what it looks like, 播放一下, 放一下看看, 给我看看",
    "upload": "加一段视频, 加个视频, 加一个视频, 加段视频, 再来一段视频, "
    "再加几张, 加几张, 再传几张, 多加几张, "
    "upload, uploading, add more photos, send more photos | 上传, 传照片, 传, 传点图, "
    "here are, here's",
    "uploaded": "我自己那首歌, 我自己那首, 自己那首歌, 我那首歌, 我的那首歌, "
    "uploaded, i uploaded, i sent, my song, my own song, my music, my own music, "
    "the one i uploaded, my track, i added, did i upload, have i uploaded, "
    "i've uploaded, uploaded mp3, the uploaded mp3, my mp3, the mp3 i uploaded, the mp3, "
    "my audio file, the audio file i uploaded, uploaded song, the uploaded song, "
    "uploaded track, the uploaded track, the uploaded one, my upload, the upload, for my upload, "
    "with my upload, by my upload, "
    "song from my phone, the song from my phone, the one from my phone, music from my phone, "
    "my own track, the song i gave you, the one i gave you | 上传的, "
    "我上传的, 我的音乐, 我自己的音乐, 我传的, "
    "我自己的歌, 自己的歌, 我的歌, "
    "我发的, 自己上传的, 我自己上传的, 我上传的那首, "
    "我发给你的, 我传给你的, 发给你的那首, 我刚发的, 我刚传的, 我刚上传的, 刚上传的, "
    "我那首, 我的那首",
    "how_long": "how long, how many seconds, how many second, how many secs, how much time, "
    "what length, hw long, how lng | 多长, 多久, 几秒, 多少秒, 多长时间, 时长多少",
    "another": "新, "
    "another, other, a different, something else, a new, new, else, one more "
    "| 另一首, 别的, 其他, 另外一首, 另一个, 新的",
    "how_big": "how big, how large, how wide, how tall | 多大, 尺寸多少",
    "how_loud": "how loud, what volume, how loud is | 多大声, 音量多少, 音量多大",
    "count_q": "还剩几张, 剩几张, 现在几张, 有几张, 一共几张, 总共几张",
    "how_many": "hows many, how much photos, how many photo, "
    "how many, number of, count | 几张, 多少张, 几个, 多少, 几, 哪几张",
    "what": "what, which, how, what's, whats, what is, do we have, does it have, wat, wut, "
    "have we got | 什么, 哪个, 哪首, 啥, 哪些, 怎样, 什么样",
    "where": "where, where's, wheres, where'd, whered | 哪, 哪里, 哪儿, 在哪",
    "done": "做好了吗, 弄好了吗, 好了吗, 完成了没, 导出好了吗, 生成好了吗, "
    "弄好了没, 好了没有, 做完了吗, 完成了吗, 做好了没, 做完了没, finished yet, "
    "is it ready, ready yet, 好没, "
    # how long the export still takes is asked of the export, not of the video's length
    "how long until it's done, how long until its done, how long till it's done, how long "
    "till its done, how long until it's ready, how long till it's ready, how long will it take, "
    "how long does the export take, how long will the export take, saved, did it save",
    # bare, these ask only in a question's form: "好了，导出" and "ok done, export" ask nothing
    "done_bare": "done, ready, finished, 好了, 完成",
    "last_change": "刚才的改动, 刚才那个改动, 那个改动, 这个改动, 上一个改动, 刚才的修改, "
    "that change, that last change, the last"
    " change, "
    "what did u do, what did u change, wat did u do, what did you just do, "
    "what did u just do, what did u just change, what'd you just do, what'd you do, "
    "whatd you do, whatd u do, "
    "last change, last edit, latest change, what you changed, what you did, "
    "what did you do, what did you change, what did you just do, what changed, what happened, "
    "what was changed, what you just did, last thing you did, the last thing you did, "
    "what have you changed, what have you done, what did you just change, "
    "what was the last change | 改了什么, 做了什么, 改了啥, 改了哪些, 动了什么, "
    "上一步做了什么, what did that do, 动了哪里, 改了哪里, 做了啥, 变了什么, last edit, "
    "that last change, what you changed, what you changed just now, "
    "last thing you changed, the last thing you changed, did you change anything, "
    "what got changed, what did you edit, what did you just edit, what was different",
    # "what's playing in the background": which song (as "what music is it")
    "now_playing": "what's playing, whats playing, what is playing, what's this song, "
    "whats this song, what is this song, what's that song, whats that song, what is that song, "
    "what's the song, whats the song, what is the song, what am i hearing, what's that music, "
    "whats that music, what is that music | 放的什么歌, 放的是什么歌, 放的啥歌, 这是什么歌, "
    "这是哪首歌, 这首歌叫什么, 这歌叫啥, 放的什么音乐, 放的啥音乐",
    "help": "what else can i ask you to do, what else can i ask, what else can you do, "
    "what can i ask you to do, what can i ask you, what can i ask for, what else can i say, "
    "what else is there, "
    "what can i tell you to do, what can i tell you, 我能让你做什么, 能让你做什么, "
    "what are some things i can say, things i can say, things i can ask, how do i get started, "
    "how do i start, where do i start, what options do i have, tell me what you can do, "
    "show me what you can do, what kind of edits, what kinds of edits, what edits can you, "
    "which edits, what sort of things, what sort of edits, give me ideas, any ideas, "
    "some ideas, a few ideas, give me a few ideas, "
    "what can this do, what can it do, what can this thing do, what can this app do, "
    "what things can you change, what things can i change, what can i change, what can be "
    "changed, what can you edit, what can i edit, show me what i can say, what do i type, "
    "how does this thing work, how does this app work, how does it all work, what should i "
    "type, what do i say, i need help, need help, can you help, "
    "how can you help, how can you help me, what do you understand, how do i talk to you, "
    "how do i edit this, how do i edit, how to edit, how do i use it, how do i use you, "
    "list of commands, command list, what are the commands, which commands, user guide, "
    "manual, what's possible, what is possible, what can i make you do, what are you for, "
    "可以让你干嘛, 让你干嘛, 能让你干嘛, 你可以干嘛, 你都会啥, 你会啥, "
    "你会干啥, 我能干嘛, 能干嘛, 可以干啥, 支持哪些操作, 支持哪些, 都支持什么, 能改什么, "
    "可以改什么, 能改啥, 可以改哪些, 能改哪些, 怎么玩, 使用说明, 说明书, 帮帮我, 求助, "
    "我该说什么, 我该怎么说, 能做哪些, 可以做哪些, 有什么命令, 怎么跟你说, 你能干嘛, "
    "我应该怎么说, 应该怎么说, 我要怎么说, 要怎么说, 该怎么说, 我应该说什么, "
    "你能帮我干什么, "
    "可以让你做什么, "
    "能干啥, 都能干啥, 能干什么, 你都能干啥, 有啥功能, "
    "what kind of things can i ask you, what kind of things can i ask, what can i ask"
    " you, "
    "what can you change, what kind of stuff can you change, what kind of things can "
    "you do, what are you able to do, what are you capable of, what else can i do, "
    "any ideas what i can ask, what can i ask for, any suggestions, what features, "
    "what do you support, what do you offer, 你会什么, 你会干什么, 你能干什么, 都能做什么, "
    "能帮我做什么, "
    "有哪些功能, 支持什么, 可以做什么, 可以干嘛, 怎么使用, 有什么能做的, 能做些什么, "
    "help, what can you do, what can i say, what can i ask, how does this work, "
    "what can i do, what can i do here, what do you do, what should i say, "
    "how do i use this, how to use, what are the options, what are my options, "
    "what else can you do, commands | 帮助, 你能做什么, 能做什么, 有什么功能, 怎么用, 功能, "
    "what else can you change, 可以说些什么, 说些什么, 能改哪些, 改哪些东西, 不会用, 教教我, "
    "教我, what can you help me with, how do i do this, tips, any tips, examples, "
    "show me some examples, instructions, guide, what do i do, how does it work, how do i start, "
    "怎么弄, 怎么操作, 有什么用法, 举个例子, 示例",
    "just": "only, just, recently, previous, 刚才, 刚刚, 上一步, 刚, 上次, 只要",
    "and": "and, &, plus, as well as, 和, 跟, 与, 以及, 及",
    "or": "or, either, or maybe, 还是, 或者, 或是, 要么, 或",
    # "the party was loud so make the music louder": what follows "so" is the request
    "so": "so, and so, so please, so pls",
    "then": "at the same time, simultaneously, both at once, 同时又, "
    "then, and then, after that, afterwards, also, 然后, 接着, 并且, 而且, 同时, 还有, "
    "另外, 再把, but, 但是, 不过, 但, 可是, 并, 并把",
    "to": "开到, to, into, at, 到, 成, 为, "
    # "move the forest pic so it comes second": where it ends up, not a reason
    "so it comes, so that it comes, so it goes, so that it goes, so it ends up, so it lands",
    "it": "em, 'em, "
    "it, them, this one, that one, this, that, these, those, they, 它, 它们, 这张, 那张, "
    "这个, 那个, 这些, 这一张, 这版, 这个版本, 那两张, 那段",
    "q": "了没, 没有吗, ?, 吗, 嘛, 么",
    "colon": ":, =",  # "title = first day of school"
    "with": "with, w/, 带, 带上",
    # kinds of music no built-in track is ("something more classical": the tracks there are)
    "genre": GENRES,
    # "can the photos not move about so much" (never "they don't move much": too little)
    "moves_much": "move so much, move about so much, move around so much, moving so much, "
    "moving about so much, moving around so much, be moving so much, move that much, "
    "move as much, move quite so much",
    "still": "静态, 静止不动, 不要晃, 不要动来动去, 固定, 定住, 别动来动去, "
    "keep them still, photos still, the photos still, pictures still, pics still, "
    "still photos, stay still, hold still, static, stationary, frozen, "
    "steady, not moving, motionless, stop moving, "
    # "freeze the photos": their own movement stopped ("shouldn't move" is left to the words
    # that read "shouldn't move so much" as less movement)
    "freeze the photos, freeze the pics, freeze the pictures, freeze them "
    "| 静止, 不动, 定格, 别动, 不要动, 别晃",
    "hash": "号, #, number",
    "up": "bump, crank, up one notch, up a notch, up one level, up a level, "
    "调高, 提高, 升高, 拉高, 提升, 往上调, 提到, 升到, 提升到, "
    "up, 往上, 向上, 往上放, 上移, 往上移, 往上挪, 向上挪, 往上挪挪",
    "down": "take it down a notch, take it down, down one notch, down a notch, down one level, "
    "down a level, "
    "调低, 降低, 拉低, 放低, 往下调, 调小一点, down, 往下, 向下, 往下放, 下移, 往下移, 往下挪, "
    "向下挪, 往下挪挪",
    "out": "out",
    "in": "in",
    # a file-size limit: "small enough to send on WhatsApp", "under 10 MB", "压缩到10兆以内"
    "fits_in": "small enough, small enough to send, small enough to share, small enough for, "
    "fit on, fits on, fit through, go through, "
    "send it by, send it via, send it on, send by, send via, "
    "at most, no bigger than, no larger than, not bigger than, not more than, sendable "
    "| 小到能发, 小到可以发, 能发到, 可以发到, 压到, 能发, 不超过, 小于",
    # a limit rather than a target: "under 20 seconds" leaves a 14-second video as it is
    "under": "under, below, within, less than, shorter than, no longer than, not longer than, "
    "tops, at the most, or less, or shorter | 以内, 之内, 以下, 不到, 最长, 不得超过",
    "mb_unit": "mb, mbs, megabyte(s), meg, megs | 兆, 兆字节, mb以内, 兆以内",
    "size_limit_word": "size limit, file size limit, size cap, the limit | 大小限制, 文件大小限制",
}

WORDS.update(SMART_WORDS)  # the smart slideshow's words, kept in their own module
WORDS.update(MUSIC_START_WORDS)  # when the music comes in: music_start_words
# more English (order, sharing, quality, reasons) and Chinese phrasings, kept in their modules
_MORE = [*EN_WORDS.items(), *ZH_WORDS.items(), *EN_TIME_WORDS.items()]  # time: en_time_words
_MORE += CHAT_WORDS.items()  # heard in whole chats: chat_words
_MORE += EN_PACE_WORDS.items()  # photos' time and pace: en_pace_words
_MORE += EN_SAID_PACE_WORDS.items()  # breathing room, flow, 1.5x: en_said_pace
_MORE += VISUAL_WORDS.items()  # complaints about the transitions: visual_words
_MORE += CONTEXT_WORDS.items()  # what is fine as it is: en_context
_MORE += EN_WEAK_WORDS.items()  # titles, endings, fades, fit, order, time: en_weak_words
_MORE += AT_LEAST_WORDS.items()  # "make it at least 25 secs": at_least
_MORE += (
    EN_ENDING_WORDS.items()
)  # goodbye screens, "close it out with", "go black": en_ending_words
_MORE += EN_VM_WORDS.items()  # lively transitions, the frame asked about: en_visual_music
_MORE += EN_COMPARED_WORDS.items()  # "the title needs to be bigger": en_compared_words
for _kind, _spec in _MORE:
    WORDS[_kind] = f"{WORDS[_kind]}, {_spec}" if _kind in WORDS else _spec
