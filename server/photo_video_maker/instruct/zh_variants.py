"""Traditional characters as people type them ("刪除第二張", "轉場用淡入淡出"), read as their
simplified forms: one character for one, so that a normalised sentence keeps its length and
every place in it is the same place in what was typed (texts keep the person's characters).

Only the characters of what people ask a video editor are listed, each with the one simplified
character it stands for in that use.
"""

from __future__ import annotations

from .zh_typos import righted

# traditional, simplified: pairs side by side
PAIRS = (
    "張张刪删轉转場场樂乐聲声點点豎竖橫横標标題题們们導导銷销濾滤鏡镜動动關关順顺亂乱換换調调"
    "時时長长頭头後后開开聽听讓让邊边畫画麼么個个這这來来對对鐘钟間间現现幾几與与為为會会說说"
    "請请幫帮給给還还過过進进選选擇择設设變变淺浅紅红綠绿藍蓝黃黄顏颜體体單单雙双電电鬆松靜静"
    "歡欢愛爱傷伤緩缓節节頻频幀帧質质寬宽視视覺觉錄录製制輸输儲储檔档載载傳传發发郵邮積积餘余"
    "額额狀状態态軌轨線线預预覽览樣样嗎吗沒没無无別别從从舊旧隨随機机劇剧熱热鬧闹慶庆溫温療疗"
    "癒愈漸渐閃闪圓圆鋪铺滿满複复復复懷怀鮮鲜豔艳艷艳飽饱縮缩運运強强減减號号數数總总計计兩两"
    "隻只歲岁紀纪禮礼畢毕業业遊游憶忆媽妈爺爷孫孙兒儿謝谢觀观結结貓猫灘滩園园鋼钢響响氣气勢势"
    "適适應应寫写錯错該该實实際际遠远層层緣缘構构圖图裡里裏里於于著着麗丽驗验確确認认讀读問问"
    "當当處处辦办將将見见區区專专級级優优壓压彈弹簡简潔洁歷历種种類类風风齊齐門门網网頁页書书"
    "嗶哔寶宝寵宠飯饭廳厅買买賣卖產产價价錢钱車车戶户週周趕赶飛飞鐵铁燈灯陽阳編编輯辑稱称讚赞"
    "興兴遲迟爛烂醜丑難难陰阴誰谁記记語语譯译膠胶捲卷蓋盖閉闭啟启輕轻盡尽儘尽極极雲云臺台顯显"
    "隱隐寧宁團团終终絕绝繼继續续緊紧湊凑臉脸擋挡貼贴紙纸廣广訊讯師师員员親亲剛刚纔才顛颠準准"
    "係系範范乾干髮发幹干囉啰喚唤彎弯鬥斗麵面藝艺術术鏈链螢萤錶表滾滚檢检據据籤签縱纵嚮向揚扬"
    "鬱郁攝摄圍围繞绕懸悬掛挂頓顿獨独殘残厭厌煩烦悶闷"
)
TRADITIONAL = str.maketrans(dict(zip(PAIRS[0::2], PAIRS[1::2], strict=True)))


def simplified(text: str) -> str:
    """The same text with its traditional characters in simplified form and the sound-alikes a
    pinyin keyboard offers put right (``zh_typos``; same length)."""
    return righted(text.translate(TRADITIONAL))
