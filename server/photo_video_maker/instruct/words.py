"""Keywords: words with a meaning but no value ("music", "louder", "remove"), English and Chinese
together (pure data, read like ``lexicon``); words that carry nothing are in ``fillers``.
"""

from __future__ import annotations

WORDS: dict[str, str] = {
    "instead_of": "instead of, rather than, 而不是, 不要用",
    "full": "full volume, max volume, maximum volume, full blast, maximum, max | 最大, 最大声, "
    "满格",
    "export_noun": "the export, the exported video, exported video, export looks, 导出来的, "
    "导出的视频",
    "ask": "is it, is this, is that, is the, is there, are there, are the, are they, does it, "
    "does the, do the, did the, did it, did you, has it, have you, was it, will it, 是不是, "
    "有没有",
    "same": "same, the same, do the same, same for, same thing, likewise, do that for, also for, "
    "as well for, same to, 也这样, 也一样, 一样",
    "times": "x, 倍",
    "lower": "lower, drop it to, drop to, bring it down to, take it down to, 降到, 降低到, "
    "调低到, 降",
    "too": "too, 太, 有点, 有一点, 有些, a bit too, way too",
    "reason": "because, since, cause, 'cause, cos, coz, so that, "
    "so it, so the, it's making me, making me, i'll, i will, "
    "i'm going to, im going to, too abruptly, abruptly, ends too abruptly, too suddenly, "
    "suddenly, for whatsapp, for email, for wechat, for pal, pal tv, for tv, for the tv, "
    "smaller file, file smaller, the file is small, file is smaller, file size, "
    "make the file smaller | 因为, 为了, 是给, 要给, 当开场用, 当开场, 用来开场, 开场用, "
    "来不及看, 看不清, 看不过来, 老电视, 文件小一点, 文件小, 文件太大, 太突然, 人声, 说话声, "
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
    "so they can, so people can, so i can, so we can, so so "
    "hurts my eyes, my eyes, 奶奶, 外婆, 爷爷, 外公, 老婆, 老公, 孩子们, "
    "同学, 同学们, 客户, 领导, 婚礼上, 纪念日, 毕业, 毕业典礼, 旅行, 旅游, 假期, 回忆, 年会, "
    "公司, 给我妈, 给我爸, 给奶奶, 给孩子, 发给朋友, 给朋友看, 眼睛, 看着累, 看着难受, 晕",
    # what a request is about
    "music": "music, song(s), soundtrack, bgm, background music, tune(s), background track, "
    "background song, backing track, audio track, the track | 音乐, 背景音乐, 配乐, 歌, 歌曲, "
    "曲子, 背景乐, 音频, bgm, 曲, beats, beat, the piano, track, melody, score, jam, "
    "music track, audio, the audio, 旋律, 伴奏, 背景声",
    "volume": "volume, sound level, the sound, sound | 音量, 声音",
    "title": "title, titles, heading, headline, title card, opening title, main title, "
    "opening text, intro text, opening caption | 标题, 大标题, 片名, 主标题, 开头文字, 片头文字, "
    "header, title text, heading text, big title, 题目, 大字标题",
    "caption": "caption(s), subtitle(s), label(s), status caption | 字幕, 说明文字, 注释, 配字, "
    "配文, 配文字, 配个字, 配字, caption text, description, 描述, 说明",
    "closing": "closing text, ending text, end text, closing title, outro text, end card, "
    "end credits, closing line, closing words, sign-off, signoff, closing caption, "
    "ending caption, end caption | 结尾文字, 片尾文字, 片尾字幕, 结尾字幕, 结束语, 落款, "
    "closing, add credits, credits at the end, 结尾那句, 最后那句, 结尾的字, "
    "结尾的文字, 片尾的字, closing message, closing card, last words, final words, "
    "final message, ending message, 结尾语, 结束语",
    "textnoun": "text, texts, words, writing, lettering, wording, the words, status text | 文字, "
    "字, 文案, letters, message, note, 一行字, 一句话, 一段文字, 一行文字",
    "transition": "transition(s), transition effect(s) | 转场, 过渡, 转场效果, 切换效果, "
    "过渡效果, transitions between photos, transition between photos, cut between, cuts between, "
    "过场, 切换方式",
    "motion": "motion, movement, moving, ken burns, kenburns, ken burns effect, zoom, zooming, "
    "zoom effect, pan, panning, animation, zoom in, zoom-in | 动效, 动画, 运动, 缩放, 晃动, "
    "移动效果, 推拉, 镜头运动, 晃, 运镜, ken burns zoom, pan and zoom, zoom and pan, 动起来, "
    "动一动, 放大缩小, 晃来晃去, 动态效果, 动态, 推镜头, 推进, 放大效果, 缩放效果, 镜头推进, "
    "镜头推拉, moving effect, movement effect, camera movement, ken-burns, 动感效果, 放大缩小效果",
    "pic": "photo(s), picture(s), pic(s), image(s), shot(s), pix, foto(s) | 照片, 图片, "
    "相片, 图, 张, 幅, items, item, slides, snaps, snapshots, stills, photographs, photograph, "
    "imgs, img, 照片们, 图像, 画",
    "clip": "clip(s), video clip(s), footage, videos, the videos | 视频片段, 片段, 小视频",
    "video": "video, movie, film, whole thing, the whole thing, whole video, the whole video, "
    "the entire video, entire video, overall | 视频, 影片, 整个视频, 成片, 片子, 整体, 全片",
    "slideshow": "slideshow, slide show, montage, photo video | 幻灯片, 相册视频, 影集, 电子相册",
    "length": "length, duration, runtime, run time, long, total length, overall length, time "
    "| 时长, 时间, 停留时间, 显示时间, "
    "长度, 总时长, 总长, 总长度, screen time, time on screen, 停",
    "each": "each, every, all of them, per, each one, each photo's, every single, all of the, "
    "all the, all, "
    "each slide, every slide, per slide, "
    "a photo, a picture, a slide | 每张, 每一张, 每个, 每, 所有, 全部, 每幅, the rest, "
    "rest of them, the others, the other photos, the other ones, 剩下的每张, 全",
    "pace": "pace, tempo, rhythm, speed, pacing | 节奏, 速度, 切换, 切换速度, 播放速度",
    "order": "order, sequence | 顺序",
    "position": "position, spot, slot | 位, 位置",
    "fps_word": "fps, frame rate, framerate, frames per second, frames a second | 帧率, 帧, "
    "frames per sec, frame per second",
    "size_word": "size, dimensions, resolution, aspect ratio, ratio, shape, format | 尺寸, 分辨率, "
    "比例, 画幅, 大小, 画面比例, font size, text size, letter size, 字号, 字体大小",
    "look_word": "color(s), colour(s), tone(s), filter, grading, color grading, colour grading, "
    "vibe, style | 色调, 色彩, 颜色, 滤镜, 风格, 风",
    "clip_sound": "original sound, original audio, clip sound, clip audio, video sound, "
    "sound of the clips, sound of the clip, the clip's sound, clips' sound, live sound "
    "| 原声, 视频原声, 原音, clip's own audio, own audio, own sound, the clip's audio, "
    "clip's original sound, clip's sound",
    # what to do
    "add": "add, include, insert, put in, throw in, give it, 加, 添加, 加上, 加个, 加一个, 加一段, "
    "配上, 来点, 来一段, 来一首, 配, 加点, 加回来, 加回, 配个, 配点, adding, stick in, slap on, "
    "pop in, 弄个, 放个, 来个",
    "remove": "remove, delete, drop, cut out, take out, leave out, get rid of, lose, ditch, "
    "skip, exclude, take away, throw out, toss, kill, erase, leave it out, take it out, "
    "cut it out, leave them out, take them out, leave that out, leave this one out, "
    "get rid of it, 删除, 删掉, 去掉, 去除, 拿掉, 删, "
    "移除, 去了, 剔除, 扔掉, 不要了, take, clear, clear out, 清掉, 清除, 清空, nix, scrap, "
    "trash, axe, bin, omit, hide, eliminate, cut out of, take off, delete it, remove it, 砍掉, "
    "干掉, 撤掉, 拿走, 丢掉, 删去, 去掉吧, 踢掉",
    "cut": "cut, trim, cut down, trim down, cut it down, chop, 剪, 剪到, 剪成, 剪短到, 压缩到, "
    "控制在",
    "no": "no, without, none, don't want, dont want, do not want, no more, 不要, 没有, 无, 不加, "
    "别加, 免",
    "not": "don't, dont, do not, never, no need to, not, 别, 不用, 先别, 先不, 暂时不, 不需要",
    "off": "off, turn off, disable, switch off, stop, turn it off | 关掉, 关闭, 关, 取消, 停掉",
    "on": "turn on, enable, switch on, bring back | 打开, 开启, 开, back on, on again",
    "move": "move, shift, bring, 移, 移到, 挪, 挪到, 换到, 移动",
    "put": "put, place, set, make, turn, create, build, generate, produce, 放到, 放在, 放, 排在, "
    "排到, putting, 起个, 做回, 做成, 弄成, 做个, 做一个, 搞成, 搞个",
    "swap": "swap, exchange, trade, switch places, switch around, swap around, 交换, 互换, 对调, "
    "调换, 换位置, 换一下位置, trade places, 换过来, 调过来, 换一下",
    "change": "change, switch, switch to, replace, replace with, go with, rename, edit, update, "
    "fix, 改, 改成, 改为, 换, "
    "换成, 换个, 变成, 设, 设置, 设为, 调, 调成, 调到, 用, 换一个, upgrade to, go back to, "
    "switch back to, back to, play, put on, 换回, 调回, 拉到, 拉长到, tweak, adjust, modify, "
    "alter, fix up, sort out",
    "reverse": "reverse, backwards, reversed, flip the order, other way around, the other way "
    "round, reverse order | 倒序, 反过来, 倒过来, 颠倒, 反转, 倒着, invert, flip",
    "shuffle": "shuffle, randomize, randomise, random order, mix up, mix them up, jumble, "
    "scramble | 随机打乱, 打乱顺序, 随机顺序, 打乱, 随机排序, 乱序, 随机排列, jumble them up, "
    "shake up, shuffle them up, 随机排",
    "sort": "sort, arrange, order them, put in order, 排序, 排列, 排, 按, 按照",
    "undo": "undo, go back, revert, undo that, put it back, change it back, back to how it was, "
    "take that back, roll back, as it was, like before | 撤销, 撤回, 改回来, 改回去, 恢复, 回退, "
    "返回上一步, 退回, 还原, 换回来, put it back how it was, how it was, the way it was, "
    "那步撤了, 撤了, 上一步不要了, 不要上一步, ctrl z, ctrl+z, cmd z, 还是之前那样, 之前那样, "
    "go back to before, back to before, like it was before, as it was before, 回到上一步, "
    "刚才那个不要了, 刚才的不要了, 刚才那个撤了, 撤销刚才, bring it back, restore it, "
    "bring that back, undo it, undo last, undo the last one, back one step, one step back, "
    "撤回去, 撤销一下, 撤销上一步",
    "mute": "mute, silence, silent, 静音",
    "keep": "keep, leave, 保留, 留着",
    "fade_in": "fade in, fade-in, fades in, fading in | 淡入, 慢慢进来, 渐显, 黑场渐显",
    "fade_out": "fade out, fade-out, fades out, fading out | 淡出, 渐黑, 渐隐, 慢慢变黑, 渐弱, "
    "慢慢变小",
    "fade_inout": "fade in and out, fade in and fade out, fade in and out at the ends "
    "| 淡入淡出效果",
    "from_black": "from black, to black | 从黑, 从黑屏, 从黑色, 黑屏, 到黑屏, 到黑",
    "start": "start, beginning, the start, front, up front, intro, opening, first thing "
    "| 开头, 最前面, 最前, 开始, 片头, 开场, open with, opening with, start with, begin with, "
    "starts with",
    "end": "end, ending, the end, finish, outro, last thing, at the very end | 结尾, 最后面, 末尾, "
    "片尾, 最后, 结束, at the end",
    "after": "after, behind, following, right after | 后面, 之后, 后边",
    "before": "before, in front of, ahead of, right before | 前面, 之前, 前边",
    "longer": "longer, lengthen, extend, stretch, more time, too short, linger, stay longer "
    "| 长, 延长, 久, 太短, 长些, 多放, 多停, 多停留, 放久, more screen time, extra time, "
    "lengthen to, extend it to, stretch it to, 加长, 拉长, prolong, hold longer, linger longer, "
    "give more time, 延长一点, 多停一下, 多看一会, longer on screen, on screen longer, "
    "more on screen",
    "shorter": "shorter, shorten, less time, tighten, tighter, too long, quicker cuts | 短, 缩短, "
    "太长, 短些, less long, cut short, speed through, 少停, 短点, shorter on screen, "
    "less on screen, quicker on screen",
    "faster": "faster, quicker, speed up, speed it up, pick up the pace, quicken, hurry, hurry up, "
    "too slow, drags, it drags, dragging, sluggish, speedier | 快, 加快, 加速, 太慢, 太拖, 拖, "
    "拖沓, 太拖了, fast, quick, 赶, dragging on forever, drags on, dragging on, forever, "
    "quickly, speed things up, speed up things, 拖拖拉拉, 拖拉, move faster, go faster, "
    "zip through, 快些, 快速, 节奏快, snappier pace, faster pace, quicker pace, brisker, brisk, "
    "zippier, less sluggish, less slow",
    "slower": "slower, slow down, slow it down, slow things down, more slowly, too fast, rushed, "
    "too quick, too rushed | 慢, 放慢, 减速, 太快, slow, take it slow, slow things, go slower, "
    "慢些, 慢慢来, 节奏慢, slower pace, more leisurely, leisurely, less rushed, "
    "less hectic pace, gentler pace",
    "louder": "louder, turn up, turn it up, crank up, crank it up, boost, raise, more volume, "
    "too quiet, too soft, can't hear, cannot hear, cant hear, pump up | 大声, 响, 调大, "
    "太小声, 听不见, 听不清, 大点声, 吵, more audible, pump it, 声音大点, 大声点, 响一些, "
    "调高音量, bump up, bump it up, dial up, dial it up, amp up, amp it up, ramp up, "
    "turn that up, crank that up",
    "quieter": "quieter, turn down, turn it down, less loud, too loud, too noisy, "
    "not so loud, lower the volume, drown, too much music | 小声, 轻, 调小, 太吵, 太大声, "
    "太响, 低一点, 小点声, drowns out, drowning out, drowns, 盖住, 盖过, 压住, softer music, "
    "lower volume, 声音小点, 小声点, 轻一些, 调低音量, knock down, knock it down, dial down, "
    "dial it down, turn that down, bring down, bring it down, keep it low, keep it quiet",
    "more": "more, stronger, increase, extra, 多, 更多, 加强, 强, 更, higher, 明显, 明显一点, "
    "beef up, more of, a lot more of, heaps more, extra strong, punch up",
    "less": "less, fewer, weaker, reduce, tone down, subtler, subtle, too much, too strong, "
    "not so much, 少, 减少, 减弱, 弱, 太多, 太强, 少些, 太厉害, 太猛",
    "bigger": "bigger, larger, big, large, enlarge, too small, 大, 放大, 大些, 太小, "
    "font bigger, bigger font, larger font, bigger letters, 字体大一点",
    "smaller": "smaller, small, tiny, shrink, too big, too large, 小, 缩小, 小些, 太大, "
    "font smaller, smaller font, smaller letters",
    "softer": "softer, smoother, gentler, more gentle, smooth, seamless, 柔和, 平滑, 顺滑, 丝滑, "
    "温和, 柔",
    "sharper": "sharper, snappier, crisper, punchier, abrupt, snappy, crisp, 利落, 干脆, 硬朗",
    "calmer": "calmer, more relaxed, mellower, more peaceful, less hectic, less busy, "
    "too hectic, too busy, more chill, chiller, more mellow, more calm, quieter vibe, "
    "more relaxing | 平静一点, 舒缓一点, 安静一点, 缓和",
    "livelier": "livelier, more lively, more energetic, more upbeat, more exciting, more fun, "
    "peppier, more dynamic, spice it up, pump it up, more energy, more excitement, hype "
    "| 更有活力, 更欢快, 更动感, 更热闹, 燃",
    "dislike": "blurry, out of focus, bad, ugly, terrible, awful, dark, too dark, don't like, "
    "dont like, do not like, hate, not good, not great, looks bad, looks weird, weird, "
    "is blurry, is bad, sucks, doesn't fit, doesnt fit, not needed, unnecessary | 糊, 糊了, "
    "模糊, 不好看, 难看, 不喜欢, 丑, 太暗, 不清楚, 不清晰, 拍坏了, 多余, cut off, gets cut off, "
    "is cut off, cropped, noisy, 太闷, 闷, 沉闷, 反了, 僵硬, 被裁了, 太伤感, 太悲伤, 太沉重, "
    "cheesy, corny, lame, annoying, cringe, cringey, 不好听, 难听, 土, 俗",
    "wrong": "wrong, mistake, typo, incorrect, not right, misspelled, misspelt, "
    "错了, 写错了, 不对, 错, 打错了, 打错",
    "instead": "instead, actually, rather, no wait, wait, i meant, i mean, on second thought, "
    "scratch that, sorry | 算了, 不是, 其实, 改主意了, nope, no not that one, "
    "not that one, oops no",
    "says": "says, say, saying, reading, reads, that says, which says, that reads, write, "
    "spell it, "
    "spelled, spelt, spell, "
    "writes, written, writing on it, type, put the words, "
    "should read, should say, to read, to say, with the words, with the text, "
    "with the caption, should be, to be, as, that goes, | 写, 写上, 写着, 写成, 叫, 叫做, "
    "应该是, 内容是, 写个, 写一句, 打上, 就写, 一句, 加一句, 打个, 打",
    "call": "call it, called, name it, named, titled, entitled, title it, name the video, "
    "call the video, rename it, label it, caption it | 命名为, 题目是, 标题叫, "
    "rename the video to, rename it to, rename to, name the video, 名字改成",
    "sign": "sign it, sign off, signed, sign it off, end it with, end with, finish with, "
    "close with, finish it with, wrap up with, end on, ends with, sign | 署名",
    # actions besides editing, and questions
    "export": "export, download, render, save the video, save it, save video, save the file, "
    "send me the video, send me this version, send me this one, send me the file, "
    "send it to me, send it over, send me it, give me the video, give me the file, "
    "give me the final video, another copy, a copy, one more copy, exporting, "
    "send me a copy | 导出, 下载, 渲染, 保存视频, 保存, 存, 输出, 发给我, 发我, 生成视频, "
    "再来一份, 出片, render it out, save it out, export it, make the video file, "
    "create the file, 导出来, 生成, 做出来, 出视频",
    "credits": "credits, credit, balance, my balance, credit balance | 积分, 余额, 额度",
    "state": "status, timeline, the draft, summary, current state, what do i have, show tracks, "
    "how does it look, how is it looking, how's it looking, let me see, preview, list, "
    "list the photos, tracks, project, where are we, overview | 状态, 时间线, 查看轨道, 轨道, "
    "当前进度, 进度, the current draft, current draft, draft, what's in it, so far, 草稿, 项目, "
    "有啥, where are we at, what's the status, current version, what it looks like, 现在什么样, "
    "看下效果, 目前效果",
    "upload": "upload, uploading, add more photos, send more photos | 上传, 传照片, 传, 传点图, "
    "here are, here's",
    "uploaded": "uploaded, i uploaded, i sent, my song, my own song, my music, my own music, "
    "the one i uploaded, my track, i added, did i upload, have i uploaded, "
    "i've uploaded | 上传的, 我上传的, 我的音乐, 我自己的音乐, 我传的, "
    "我自己的歌, 自己的歌, 我的歌, "
    "我发的, 自己上传的, 我自己上传的, 我上传的那首",
    "how_long": "how long, how many seconds, how much time, what length | 多长, 多久, 几秒, "
    "多少秒, 多长时间, 时长多少",
    "another": "another, other, a different, something else, a new, new, else, one more "
    "| 另一首, 别的, 其他, 另外一首, 另一个, 换一首, 换首, 新的",
    "how_big": "how big, how large, how wide, how tall | 多大, 尺寸多少",
    "how_loud": "how loud, what volume, how loud is | 多大声, 音量多少, 音量多大",
    "count_q": "还剩几张, 剩几张, 现在几张, 有几张, 一共几张, 总共几张",
    "how_many": "how many, number of, count | 几张, 多少张, 几个, 多少, 几, 哪几张",
    "what": "what, which, how, what's, whats, what is, do we have, does it have, "
    "have we got | 什么, 哪个, 哪首, 啥, 哪些, 怎样, 什么样",
    "where": "where, where's, wheres | 哪, 哪里, 哪儿, 在哪",
    "done": "done, ready, finished, 好了, 完成, 好没",
    "last_change": "last change, last edit, latest change, what you changed, what you did, "
    "what did you do, what did you change, what did you just do, what changed, what happened, "
    "what was changed, what you just did, last thing you did, the last thing you did, "
    "what have you changed, what have you done, what did you just change, "
    "what was the last change | 改了什么, 做了什么, 改了啥, 改了哪些, 动了什么, "
    "上一步做了什么, what did that do, 动了哪里, 改了哪里, 做了啥, 变了什么, last edit, "
    "that last change, what you changed, what you changed just now",
    "help": "help, what can you do, what can i say, what can i ask, how does this work, "
    "what can i do, what can i do here, what do you do, what should i say, "
    "how do i use this, how to use, what are the options, what are my options, "
    "what else can you do, commands | 帮助, 你能做什么, 能做什么, 有什么功能, 怎么用, 功能, "
    "what else can you change, 可以说些什么, 说些什么, 能改哪些, 改哪些东西, 不会用, 教教我, "
    "教我, what can you help me with, how do i do this, tips, any tips, examples, "
    "show me some examples, instructions, guide, what do i do, how does it work, how do i start, "
    "怎么弄, 怎么操作, 有什么用法, 举个例子, 示例",
    "just": "just, recently, previous, 刚才, 刚刚, 上一步, 刚, 上次, 只要",
    "and": "and, &, plus, as well as, 和, 跟, 与, 以及, 及",
    "or": "or, either, or maybe, 还是, 或者, 或是, 要么, 或",
    "then": "then, and then, after that, afterwards, also, 然后, 接着, 并且, 而且, 同时, 还有, "
    "另外, 再把, but, 但是, 不过",
    "to": "to, into, at, by, 到, 成, 为",
    "it": "it, them, this one, that one, this, that, these, those, they, 它, 它们, 这张, 那张, "
    "这个, 那个, 这些, 这一张, 这版, 这个版本, 那两张, 那段",
    "q": "?, 吗, 嘛, 么",
    "colon": ":",
    "with": "with, 带, 带上",
    "still": "keep them still, photos still, the photos still, pictures still, pics still, "
    "still photos, stay still, hold still, static, stationary, frozen, "
    "steady, not moving, motionless, stop moving "
    "| 静止, 不动, 定格, 别动, 不要动, 别晃",
    "hash": "#, number",
    "up": "up, 往上, 向上, 往上放, 上移, 往上移",
    "down": "down, 往下, 向下, 往下放, 下移, 往下移",
    "out": "out",
    "in": "in",
    # a file-size limit: "small enough to send on WhatsApp", "under 10 MB", "压缩到10兆以内"
    "fits_in": "small enough, small enough to send, small enough to share, small enough for, "
    "fit on, fits on, "
    "at most, no bigger than, no larger than, not bigger than, not more than, sendable "
    "| 小到能发, 小到可以发, 能发到, 可以发到, 压到, 能发, 不超过, 小于",
    "mb_unit": "mb, mbs, megabyte(s), meg, megs | 兆, 兆字节, mb以内, 兆以内",
    "size_limit_word": "size limit, file size limit, size cap, the limit | 大小限制, 文件大小限制",
}
