"""Choose a document's title among its leading lines by scoring their shape."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import rules
from ..bodies import bodies_in, is_body_name
from ..gazetteer import is_place_name, starts_with_place
from ..folding import fold
from ..names import STAFF_CREDIT, glued_office_name, name_then_post, office_and_name
from .lines import ARTICLE_START, CHINESE_YEAR, HAN, LABEL_PAIR, ROC_ERA, ends_sentence, heading_marker, printed_width
from .paragraphs import SALUTATION, is_byline

NEWS = "新闻报道"
TITLE_MIN = 4
SHORT_TITLE_MIN = 2
TITLE_SCORE_MIN = 0.0  # below it no line has a title's shape: the page is marked for review instead
TITLE_MAX = 100
CANDIDATE_LINES = 12
GLUED_TITLE_MAX = 60
GENRE_WORD_MAX = 4
WRAPPED_WIDTH_MIN = 20
QUALIFIED_THEN_OF = re.compile(r"[(（][^()（）]{1,20}[)）]的")  # a plan's years between it and the kind of document about it
COLLECTION_NAME = re.compile(r"[(（](?:优质|精选|通用|热门)?\d{1,2}篇[)）]$")  # a 范文 page's count of the texts it sells
TEXT_COUNT_AFTER = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十两]{1,3})篇$")  # the same count without brackets
SECOND_CLAUSE = re.compile(r"\s+[\u4e00-\u9fff“”「」《》]{4,30}")  # a headline's second clause after a space
SHORT_LAW_NAME = re.compile(r"[\u4e00-\u9fff]{2}法")  # a law's name of three characters: 消防法 above its 100/12/21 修正 (sunshine-new.com)
GENRE_TAIL = 60
WRAPPED_TAIL_MAX = 8
SELF_NAMED_TITLE = re.compile(r"(?:我?以|题目是)《([^《》]{4,60})》")
NAMING_PARAGRAPHS = 2
BRACKET_THEN_DE = re.compile(r"^[(（][^()（）]{1,20}[)）]》?的")
# an outlet's name alone on its line (参考消息网, 晋江新闻网): where a report comes from
SOURCE_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}(新闻网|消息网|日报|晚报|网)")
# an edition or revision in brackets on a line of its own under the title is the title's end (新型冠状病毒肺炎防控方案 / （第八版）:
# www.nhc.gov.cn PDF; 鹿寨县防汛抢险应急预案 / (2019年修订): www.luzhai.gov.cn; ……条例(修订草案修改稿) / (征求意见稿): www.ynrd.gov.cn)
EDITION_LINE = re.compile(r"[(（](第[一二三四五六七八九十\d]{1,3}版|(19|20)\d{2}年修订|征求意见稿)[)）]")
CONJUNCTIONS = ("及", "和", "与", "暨", "并", "兼")
REPEAT_WINDOW = 30  # a title printed twice near the top (a site's copy of it above the text) is surely the title
TITLE_LINES_MAX = 4
COUPLET = re.compile(r"[^，,；;:：。]{5,12}[，,][^，,；;:：。]{5,12}")
COUPLET_SLACK = 2
ABOVE_STAMP = 2.0  # a line right above the page's 来源/发布时间 stamp is the page's headline
# a forum's or a column's tag marks its line as a post's or an item's headline ([爆料] 汉中一副局长……,被处分: 0916001.com;
# [政治]在2008年春节团拜会上的讲话: wenxue100.com; 【应急预案】葛公镇……应急预案: www.dongzhi.gov.cn)
TAGGED_HEADLINE = re.compile(r"^(?:\[[^\[\]\d]{1,4}\]|【[^【】\d]{2,6}】)\s*(?=\S{4,})")
TRAILING_BRACKET = re.compile(r"\s*[（(【\[][^（()）【】\[\]]{1,30}[)）】\]]\s*$")
CATEGORY_PATH = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*/\s*[\u4e00-\u9fff]{2,6}$")  # 汇报体会/工作汇报: a shop's categories (m.zhuangpeitu.com)
LABEL_LINE = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]")
# a label naming a body, whatever the label (预算主管部门：上海市普陀区人民政府万里街道办事处 under a budget's title: a PDF in the
# tianbaoxitong repository; 主办单位:常州市卫生健康委员会, 发布机构: 浑源县人民政府 ...: none of 60 such lines in the development
# half is a title)
# who chaired, attended and took down a meeting, field by field at the head of its record
# (主席:丁局長育群 / 紀錄:郭健峰 / 出席:黃一平、…… over 第317次主管會報: www.udd.gov.taipei)
MEETING_PEOPLE_FIELD = re.compile(r"^(?:会议)?(?:主席|主持人?|[记纪]录人?|(?:出席|列席|缺席|参会|参加)(?:人员)?)\s*[:：]")
LABELLED_BODY = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]\s*(?P<value>\S{2,40})$")
ABOUT = re.compile(r"关于.{2,}")
SPEECH = re.compile(r"在.{2,60}(上|会|时|之际)的?(讲话|致辞|发言|报告|讲课|演讲|主持词|总结讲话)")
QUOTED = re.compile(r"「[^「」]*」|“[^“”]*”|『[^『』]*』|《[^《》]*》")  # a slogan or name quoted in a title may hold a comma
YEAR_PREFIX = re.compile(r"(?:19|20)\d{2}年度?[\u4e00-\u9fff]{0,12}")
DRAFT_MARK = re.compile(r"稿$")
LEADING_YEAR = re.compile(r"^(?:19|20)\d{2}\s*年度?")
PART_HEADING = re.compile(r"^第[一二三四五六七八九十]{1,3}部分")
DONE_CHECK = re.compile(r"^[^:：]{2,16}[:：]已[\u4e00-\u9fff]{1,3}$")
LEAD_IN = re.compile(r"(强调|指出|表示)$")
SPACED_OUT = re.compile(r"^\S(\s+\S){3,}$")
YEAR_AFTER = re.compile(r"\s+(?:19|20)\d{2}$|(?<=[\u4e00-\u9fff])(?:19|20)\d{2}年$")  # ……统计公报 1998; ……创建工作方案2022年 (www.chazidian.com)
POSTER_BEFORE = re.compile(r"^(?P<poster>[^:：\s]{2,12})[:：](?=关于)")
# a page's short label set apart from the headline by a spaced pipe (重要公告 | 因應疫情警戒升級,……說明: cjc.shu.edu.tw; 注意 | 龙港近期水情通告:
# www.lgzls.com.cn): not part of it; a column's name joined by a bare one is printed with the headline (文字实录|湖北生态环境厅召开……: m.xwboo.com)
LABEL_BEFORE_PIPE = re.compile(r"^[^|｜丨\s]{2,6}\s+\|\s+(?=\S{8,})")
COLUMN_BEFORE = re.compile(r"^[^丨|｜\s]{2,10}\s*[丨｜]\s*")  # a news column's name stays: it is printed as part of the headline (方圆谈丨……: www.ccdi.gov.cn)
PRINTED_REPEATEDLY = re.compile(r"(.{4,}?)\1+")
WHOLE_IN_BOOK_MARKS = re.compile(r"^《([^《》]{4,})》$")
TITLE_IN_LENTICULAR = re.compile(r"^【(?P<title>[^【】]{4,60})】")  # 【小学校长开学典礼致辞】尊敬的各位老师……: bbs.beng168.com
ADDRESSEES_WITHOUT_COLON = re.compile(r"^各[^。:：]{0,20}(?:单位|部门|学院|科室|处室|部室|院系|系部)(?:[(（][^()（）]{1,40}[)）])?$")
NAME_ONLY = re.compile(r"^[\u4e00-\u9fff](\s?[\u4e00-\u9fff]){1,3}$")
# a head's message to readers, a school's or a company's column of its own (校長的話: www.cwwps.edu.hk, www.wck-ccc.edu.hk;
# 專業團隊.校長的話: www.keitsz.edu.hk; 董事長的話: www.dajiama.org.tw); read in Simplified form
HEAD_MESSAGE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{0,6}(?:长|主席|总经理)的话$")
FULL_DATE_START = re.compile(r"^(\d{4}|" + CHINESE_YEAR + r"|" + ROC_ERA + r"\s*[\d一二三四五六七八九十〇零]{1,4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日")  # 中華民國九十三年二月二十日 over a Taipei 公告 (pma.gov.taipei)
# with its year: ……年終總結大會2023年1月13日,…… (www.mk-tips.com); a lede opening on 日前 or 近日 after a space
# (……2022年中央预算内投资计划 日前,国家发展改革委……: wallstreetcn.com)
NEWS_LEDE_INSIDE = re.compile(r"(?:(?:19|20)\d{2}年)?(?<!\d)\d{1,2}月\d{1,2}日(上午|下午|晚上?)?[，,]|(?<=\s)(?:日前|近日)[，,]")
SUBHEADLINES_MAX = 2  # a headline may have two lines under it before the text
SUBHEADLINE_MAX = 30
GLUED_HEADLINE_MIN = 8
OFFICE_OPENING_MAX = 16
CLAUSE_COMMA = re.compile(r"[，,]")
LAW_WORD_NEXT = "治院规律学"  # 法治 (xjlpx.gov.cn), 法院 (shwk.hljcourt.gov.cn), 法规 (12380.jczzb.cn ……及有关法规选人用人问题),
# 法律, 法学 (……《义务教育法》等法律法规: www.lixin.gov.cn; ……民族地区法律实践的法学研究者: www.y0356.cn)
# what goes on with the sentence a genre word stands in, so no title ends before it: an aspect particle (教育部13日在其网站上通报了两起……:
# lywb.lyd.com.cn), 的 (……调研报告的撰写旅程中: haoqikan.com), a copula or 指 (……年度报告是根据……: www.jsxishan.gov.cn;
# 临时救助制度指国家对……: www.ahxx.gov.cn), a verb of saying (……論壇致辭說,: www.881903.com), a noun the genre word qualifies
# (……考察报告会召开以来: www.sxycswdx.cn; 没有调查就没有发言权: qnzwdx.cn), or a comma before 於 (……交接及第22屆村長就職典禮,於本月25日……舉行:
# beinan.gov.tw; 澳洲潮州同鄉會30週年慶典,於八月八日……: www.tascbaa.org)
SENTENCE_GOES_ON = re.compile(r"(?:[了着過过的是指说說权權]|会(?!议)|會(?!議)|\s*[,，]\s*[於于](?![是])\S)")
TITLE_THEN_RECIPIENTS = re.compile(r"^(?P<title>\S[^:：。]{3,80}?)\s+(?=[^\s:：。]{2,100}[:：]$)")
ISSUED_NAME = re.compile(r"印发《([^《》]{4,80})》")  # the text a notice issues (……印发《关于……的实施意见》的通知)
# a sentence's opening broken off at a line's end, never a title (为进一步规范人民法院公告 / 发布工作,……: sxfywcourt.gov.cn;
# 日前召开的自治区党委常委会议决定 / ,……: www.chinadaily.com.cn; 依照《中华人民**国土地管理法》…… / ,因公共利益的需要……: www.qianlima.com;
# 为了贯彻……精神,……市委决定 / 面向全市公开选拔……: a 公告 with no title, 114.215.188.214; 根据《……条例》规定 / 和《……通知》要求,……:
# a disclosure report's opening, sfj.zhangzhou.gov.cn; 为深入贯彻落实中央八项规定 / 精神,……: newpaper.dahe.cn)
# 为落实科学立法、民主立法、依法立法 / 的要求,…… broken at a line (www.ynrd.gov.cn); 按照区委巡察工作统一安排,十八届区委第一轮巡察从6月9日至 /
# 8月23日,…… (qindu.qinfeng.gov.cn)
SENTENCE_OPENING = re.compile(r"^(为进一步|为深入|为落实|为了|日前|依照|按照|根据|本报告根据)")  # 本报告根据《政府信息公开条例》……有关规定编制。 (zzb.anhua.gov.cn)
# an entry of a table of contents, with its dot leader and page (……天氣災害防御辦法…………………………35: www.9677948.buzz)
CONTENTS_ENTRY = re.compile(r"…{2,}\s*\d{1,4}$")
# a law's first sentence naming the law and its kind: 第一條 本自治條例依…… (kinsha.kinmen.gov.tw), 本細則依消防法…… (law.nfa.gov.tw);
# read in Simplified form
SELF_NAMED_LAW = re.compile(r"^(?:第[一二三四五六七八九十百零〇\d]{1,5}条\s*)?本(?:自治)?(?P<genre>条例|规定|办法|细则|规则|章程)(?:依|根据|所称|适用)")
DATE_FRAGMENT_START = re.compile(r"^(\d{1,2}月(?!份)|\d{1,2}日|月\d|日[上下中]午|[上下中]午|日,)")  # 月18日,城区政协召开: a sentence cut at a space (4月份……讲稿 is a title: wenku.baigecn.com)
# a news dateline: 新华社北京3月5日电, 本报讯, a media's own 大皖新闻讯 (www.ahwang.cn), 長城網滄州1月25日訊(記者……)
# (www.cnread.news, folded), 苍南新闻网11月8日消息: (cnxw.com.cn), 国际在线报道, a paper's one-character name: 【橙訊】 (apps.orangenews.hk)
DATELINE = re.compile(
    r"^[\[【]?(?:(?:新华社|中新社|中新网|人民网|央视网|本报|本刊|[\u4e00-\u9fff]{1,6}社)[\u4e00-\u9fff]{0,8}?(?:\d{4}年)?(?:\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)\s*电|本报讯|本网讯|本站讯|本刊讯|本报消息|特讯|本报记者[^:：，,。\s]{2,4}(?:\s*通讯员[^:：，,。\s]{2,4})*\s*报道"
    r"|[\u4e00-\u9fff]{2,12}?网[\u4e00-\u9fff]{0,8}(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*专?电"
    r"|[\u4e00-\u9fff]{2,4}\d{1,2}月\d{1,2}日电(?=\s*[（(]\s*记者)"  # a city's dispatch, the agency's name left off a reprint: 澳门10月22日电 (记者 郑嘉伟) (web.seofeiyu.cn)
    r"|[\u4e00-\u9fff]{2,10}(?:网|报)(?:[（(][\u4e00-\u9fff]{2,8}[)）])?(?=[（(]\s*记者)"  # an outlet and its reporter: 神农架新闻网(神农架报)(记者 喻玲) (www.snjxww.cn)
    r"|[\u4e00-\u9fff]{1,6}(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日)?讯(?=】)"
    r"|[\u4e00-\u9fff]{1,8}(?:[-－·、][\u4e00-\u9fff]{1,8})?(?:网|报|台|新闻|融媒|媒体|在线|会)(?:[（(](?:[\u4e00-\u9fff]{2,8}|www\.[a-z0-9.-]{3,30})[)）])?(?:[\u4e00-\u9fff]{0,4}|[\u4e00-\u9fff]{2,5}分站)(?:\d{1,2}月\d{1,2}日[\u4e00-\u9fff]{0,4})?(?:讯|消息)(?=[\s(（:：]|记者|日前|近日)"  # 齐鲁网·闪电新闻5月18日讯记者从…… (bbs.jiningshizx.com);
    # 中国台湾网4月11日安阳消息日前,…… (itaiwannews.cn)
    r"|[\u4e00-\u9fff]{2,6}(?:网|在线)报道|[\u4e00-\u9fff]{2,10}综合报道(?=[:：])"
    r"|[\u4e00-\u9fff]{2,12}(?:局|署|厅|委|办|处|院|中心)讯(?=[:：/／]))[\]】]?"  # a government office's release: 司法警察局訊: (funnyisland.net); a school's news office: 新闻中心讯/ (news.fzu.edu.cn)
    r"(?:\s*[\u4e00-\u9fff]{2,10}综合报道(?=\s*[:：]))?"  # 【文汇网讯】 大公文汇全媒体综合报道: (sp.wenweipo.com), also alone
    r"\s*(?:[（(][^（()）]{0,40}[)）]|【[^【】]{0,40}】)?(?:\s*(?:记者|通讯员)[^:：，,。]{0,30}报道|\s*(?:记者|通讯员)(?:\s*[\u4e00-\u9fff]{2,4}){1,3}(?=\s+\d{1,2}月))?\s*[:：,，]?"  # 财联社10月21日电,农业农村部…… (www.cls.cn)
    r"|^【\s*(?:记者|通讯员)[^【】]{1,40}】\s*"
    r"|^[（(][\u4e00-\u9fff]{2,6}(?:\d{1,2}日)?讯[)）]"  # (臺中訊)臺中市政府地方稅務局表示…… (www.tax.taichung.gov.tw), read folded; with the day, as Malaysian papers print it: (文冬8日讯) (enanyang.my)
    r"|^(?!据)[\u4e00-\u9fff]{2,8}(?:讯|报道)\s*[:：]?\s*(?=\d{1,2}月\d{1,2}日)"
    r"|^[\u4e00-\u9fff]{2,6}(?<!通)(?<!资)讯\s+(?=[\u4e00-\u9fff])"
    r"|^[\u4e00-\u9fff]{2,6}(?<!通)(?<!资)讯\s*[（(][\u4e00-\u9fff]{2,4}(?:[\s、][\u4e00-\u9fff]{2,4}){0,2}[)）]\s*(?=[\u4e00-\u9fff])"  # 都昌讯(黄千喜)近日,…… (jjrb.jjxw.cn)
    r"|^[(（\[【][^()（）\[\]【】]{0,30}(?:记者|通讯员|报讯|报道|报导|文\s*[/／]\s*图|图\s*[/／]\s*文)[^()（）\[\]【】]{0,30}[)）\]】](?!\s*[:：])\s*"  # (文/图 陈慧平)1月14日上午,…… (gh293.com)
    r"|^[\u4e00-\u9fff]{2,12}(?:记者|通讯员)[\u4e00-\u9fff]{0,4}(?:\d{1,2}月\d{1,2}日)?(?:报道|报导)\s*[:：]\s*"  # 东方网记者曹磊5月13日报道: (j.021east.com)
    r"|^(?:记者|通讯员)[\u4e00-\u9fff]{2,10}?(?:\d{1,2}月)?\d{1,2}日(?:报道|报导|电)\s*[:：]?\s*"  # 記者王又春西雅圖13日報導 under the headline (rocseattle.blogspot.com), read folded
    r"|^(?:记者|通讯员)[\u4e00-\u9fff]{2,4}(?:报道|报导)\s+(?=\S)"  # 记者王好连报道 记者从…… (kuaixiaopin.net)
    r"|^[\u4e00-\u9fff]{2,8}(?:融媒|网|报|台|新闻)(?:记者|通讯员)(?:\s+[\u4e00-\u9fff]{2,4}){1,3}\s+(?=\d{1,2}月\d{1,2}日)"
    r"|^【[^【】\s]{1,12}(?:台|报|网|社|消息)】\s*(?=\S)"  # 【Now新聞台】全國政協……開幕。 (hk.mobi.yahoo.com), 【澳門日報消息】 (sjtef.com)
    r"|^[\u4e00-\u9fff]{2,4}(?:报道|报导)\s*[:：]\s*(?=\S)"  # a reporter's name alone: 張威報道:近期,…… (m.arkombiservisi.com)
    r"|^[\u4e00-\u9fff]{2,4}\s*[/／\\]\s*[\u4e00-\u9fff]{2,4}(?:报道|报导)\s*(?=\S)"  # the reporter and where from: 鄭建勳\臺中報導 臺中市政府…… (ccss3172.blogspot.com)
)
# a credit in brackets before the lede: (芝加哥時報記者/郭笑榮/採訪報導) (chicagochinesetimes.com), （本報訊）
# (portlandchinesetimes.com), 【News586/記者游建志報導】 (news.586.com.tw), (大紀元記者衛凱茜沙加緬度報導) (tvsmo.com); or an
# outlet's reporter before a colon: 趣味新聞網記者特別報導: (quweinews.com), or before the day: 琼海融媒记者 彭总岸 王应峰 6月9日上午,……
# (qionghai.hainan.gov.cn). [香港无线电视记者]: opens a question in a transcript
# (长江日报-长江网1月24日讯: cjrbapp.cjn.cn; two outlets and the site's address: 市场星报、安徽财经网(www.ahcaijing.com)讯: www.ahcaijing.com; an outlet's county desk: 红网湘潭县分站1月22日讯(通讯员 周星) (hnwnsw.com); 菲華商聯總會訊: an association's own news, www.ffcccii.org; 湖北日报(荆楚网)消息(通讯员
# ……): www.cnhan.com; 新华网湖南频道长沙9月5日专电: hnr; 中红网贵州黄平2015年7月2日电(廖尚刚): xibaipo; 本报讯 记者 李洋 4月27日下午:
# a credit without brackets, e.sxxycmw.com; 本報訊【記者魏曉文 董剛】 (yhg994208.cn); 【記者譚杰、趙奇濤/宜蘭報導】 alone
# (kamalan-news.com); in 【】 with the place or the outlet and the day: 【臺東訊】 (life-information), 【大紀元2012年01月31日訊】
# (www.epochtimes.com); a local outlet's name and the day: 东昌府讯 7月6日 (www.dcgdxww.com), 云上江陵报道:5月19日 (www.hbysjl.com);
# a paper's short name before its lede: 海都讯 中秋、国庆“两节”将至…… (www.hxnews.com))
DATELINE_START = re.compile(r"^(?:(新华社|中新社|本报讯|本报)\S{0,10}(电|讯)|本网讯|本站讯)")  # 本网讯(王诗颖)2016年: www.scfzyj.gov.cn
SUBTITLE = re.compile(r"^[（(]?\s*(——|—|－－|--)")
DOC_NUMBER = re.compile(
    r"(?:[\u4e00-\u9fff]|[(（]\s*[\u4e00-\u9fff]{1,4}\s*[)）]){1,12}\s*[〔﹝\[［(（【<〈]\s*(?:19|20)\d{2}\s*[〕﹞\]］)）】>〉]\s*第?\s*\d{1,5}\s*[号號]"  # ﹝﹞: 中南林党发﹝2017﹞33号 (jjxy.csuft.edu.cn); <>: 宁政发<2009>7号 (mip.lc123.net);
    # a county's office in brackets in its bureau's prefix: 湛(吴)环罚字〔2022〕10号 (www.gdwc.gov.cn), ( 龙 )应急罚〔2023〕41号 (www.longquan.gov.cn)
    r"|(?:[(（]\d{2,3}[)）])?[\u4e00-\u9fff（）()]{1,8}字第\s*(?:\d{3,12}[A-Z]?|[\d〇零一二三四五六七八九]{3,12})\s*[号號]"  # in Chinese figures, 0 among them: 北市停三字第0九三三一0二三六00號 (pma.gov.taipei), 台內營字第一八一一四五號 (www.nlma.gov.tw)
    r"|(?<!\d)[\u4e00-\u9fff]{2,20}令\s*第\s*[\d一二三四五六七八九十百零〇]{1,5}\s*[号號]"  # not from the 日 of the date before it (……10月27日广西壮族自治区人民政府令第119号: cnpre.com)
    r"|[\u4e00-\u9fff]{2,20}令\s*[（(]\s*(?:[一二三四五六七八九十]{1,3}\s*届\s*)?第\s*\d{1,5}\s*[号號]\s*[)）]"  # 中华人民共和国主席令(九届第37号) (law633.infoeach.com), 湖北省人民政府令(第52号) (law842.infoeach.com)
    # Macao numbers an act within its year and names its kind after the number: 第1/2015號行政法務司司長批示 (www.io.gov.mo),
    # 第1/2026號行政命令 (bo.dsaj.gov.mo), before 1999 with the year's two figures and M: 第23/93/M號法令 (bo.io.gov.mo)
    r"|第\s*\d{1,4}\s*/\s*(?:\d{2}\s*/\s*M|(?:19|20)\d{2})\s*[号號][\u4e00-\u9fff]{0,12}?(?:法律|行政法[规規]|行政命令|法令|批示|[训訓]令)"
)
# 国办 发明电〔2012〕33号 (www.opticsky.cn); a reply to a deputy's suggestion marks its class and whether it is published
# beside its number (嶽縣教體字﹝2022﹞12號 A類 同意公開: m.sgf2.com)
REPLY_MARKS = r"(?:[A-C]\s*[类類])?\s*(?:同意公[开開])?"
# a number whose brackets and 号 a page lost, the year and the number run together, alone on its line (津财行政指20196:
# cz.tj.gov.cn; 湛麻府办函〔202276: www.zjmazhang.gov.cn; 东大委201268: radio.seu.edu.cn)
MARKS_LOST = r"[\u4e00-\u9fff]{2,10}[发函字办委指文]〔?(?:19|20)\d{2}\d{1,4}"
DOC_NUMBER_LINE = re.compile(rf"^[（(]?\s*(?P<number>(?:[\u4e00-\u9fff]{{1,3}}(?<![号號])\s)?(?:{DOC_NUMBER.pattern}|{MARKS_LOST}))\s*[)）]?(?:\s+{REPLY_MARKS})?$")
REPLY_MARKS_LINE = re.compile(rf"^(?=\S){REPLY_MARKS}$")
NUMBER_WITH_TITLE = re.compile(rf"^(?P<number>{DOC_NUMBER.pattern})\s*(?P<title>.{{4,}})$")
SPEAKER_WITH_TITLE = re.compile(r"^(?P<extra>[\u4e00-\u9fff]{2,4})\s*[:：]\s*(?P<title>在.{4,80}(讲话|致辞|发言|报告))$")
TITLE_WITH_DATE = re.compile(r"^(?P<title>.{6,}?)\s*(?P<extra>[（(]\s*(?:\d{4}|" + CHINESE_YEAR + r")\s*年(?:[^()（）]{2,10}日)?\s*[)）]?)$")  # ……的通知(2012年): flfgdq.com
REPORTER_FROM = re.compile(  # or a news desk's: 瞰新聞生活中心/桃園報導 (topnewsmedia.net)
    r"记者\s*[\u4e00-\u9fff]{2,4}(?:\s*[、,，]\s*[\u4e00-\u9fff]{2,4})*\s*[/／]\s*[\u4e00-\u9fff]{2,4}\s*(?:报导|报道)$"
    r"|^[\u4e00-\u9fff]{2,12}中心\s*[/／]\s*[\u4e00-\u9fff]{2,4}\s*(?:报导|报道)$"
    # 僑務新聞志工王福堂報導 (ocacnews.net); a paper's square before it: □記者 趙霞 報道 (slftennis.com)
    r"|^[□■]?\s*[\u4e00-\u9fff]{0,8}(?:记者|通讯员|志工)\s*[\u4e00-\u9fff]{2,4}\s*(?:报导|报道)$"
    r"|^[\u4e00-\u9fff]{2,8}\s*[/／]\s*记者\s*[\u4e00-\u9fff]{2,4}\s*[/／]\s*[\u4e00-\u9fff]{2,4}(?:报导|报道)\s+[\d.]{8,10}(?:\s+\d{1,2}:\d{2})?$"  # 台灣好新聞/ 記者莊漢昌/台南報導 2023.01.06 16:18 (n.yam.com)
)
# a paper's line of who spoke and who attended, under the headline (张学忠讲话 张中伟秦玉琴……出席: gcdr.gov.cn;
# 陈坚李雄等出席: www.dalidaily.com; 王忠林主持并讲话 孙述涛……出席: jnsw.jinan.gov.cn): names and verbs only
ATTENDANCE = re.compile(r"^(?:[\u4e00-\u9fff·]{2,40}?(?:主持并讲话|讲话)\s+)?[\u4e00-\u9fff·]{2,40}?等?出席$")
ATTENDANCE_NOT_NAMES = re.compile(r"[会议委省市县区]")
LIST_ITEM = re.compile(r"^\d{1,3}[A-Za-z]?\s*[.．、]\s*\S")
LATIN_AFTER_COMMA = re.compile(r",\s*[A-Za-z][A-Za-z.]*")  # 鄭若驊資深大律師, GBS, JP: honours after a name, not a clause (www.doj.gov.hk)
# a speech's title, then its date with a note and the speaker's name, all on one line (在全市教育工作座谈会上的讲话(2011年11月3日
# 根据录音整理)刘和平: dajudeng.com)
SPEECH_WITH_BYLINE = re.compile(
    r"^(?P<title>.{4,80}?(?:讲话|致辞|发言|报告))\s*(?P<extra>[（(]\s*(?:\d{4}|" + CHINESE_YEAR + r")\s*年[^()（）]{2,24}[)）]\s*[\u4e00-\u9fff]{2,4})$"
)
# or the speaker's office and name, then the day: 在市慈善总会第三次会员代表大会上的讲话 (摘要) 省慈善总会会长 孙家贤 (2009年4月30日)
# on one line (cs0573.com)
SPEECH_WITH_OFFICE_BYLINE = re.compile(
    r"^(?P<title>.{4,80}?(?:讲话|致辞|发言|报告)(?:\s*[（(](?:摘要|摘录|节选)[)）])?)\s+"
    r"(?P<extra>[\u4e00-\u9fff]{2,30}\s+[\u4e00-\u9fff]{2,4}\s*[（(]\s*(?:\d{4}|" + CHINESE_YEAR + r")\s*年[^()（）]{2,24}[)）])$"
)
DATE_WITH_TITLE = re.compile(  # 2019年1月14日(星期一) 2019年法律年度開啓典禮……致辭全文: www.doj.gov.hk; or glued in figures, as a release list
    # prints it (2023-10-29出席曾文水庫50週年慶……: urbanscapetw.blogspot.com)
    r"^(?P<extra>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[（(]\s*星期[一二三四五六日天]\s*[)）])?(?=\s)"
    r"|(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?=\s*[\u4e00-\u9fff]))\s*(?P<title>\S.{5,})$"
)
# a page's headline with the day it was posted beside it, after a space (违规吃喝,严查! 2025年06月18日: epaper.ceic.com;
# 第26/2024號法律 一九七六年至……的適應化及整合 2025年1月6日: zh.m.wikisource.org); an issuer and its day are a signature
# (清水县人民政府 2024年01月08日 under a 政策解读's title: www.sm-tc.gov.cn); the day in dots (「中秋文化日」及「家長也敬師」 2025.10.06:
# www.scs.edu.hk)
TITLE_THEN_DAY = re.compile(r"^(?P<title>\S.{3,}?)\s+(?P<extra>(?:19|20)\d{2}(?:\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2}))$")
# ……的通知(岳办发〔2017〕2号), or after a space: 关于推行支部主题党日活动的实施方案 中南林党发﹝2017﹞33号 (jjxy.csuft.edu.cn)
# or after a space a number of the year with no issuer's mark before it (……工作的通告 2022(20)号: jwbk.com)
YEAR_NUMBER = r"(?:19|20)\d{2}\s*[（(〔\[]\s*\d{1,4}\s*[)）〕\]]\s*[号號]"
TITLE_WITH_NUMBER = re.compile(rf"^(?P<title>.+?)(?:\s*[（(]\s*(?P<number>{DOC_NUMBER.pattern})\s*[)）]|\s+(?P<bare>{DOC_NUMBER.pattern}|{YEAR_NUMBER}))$")


@dataclass(frozen=True)
class TitleChoice:
    title: str
    start: int  # index of the first segment of the title
    end: int  # index after its last segment
    score: float
    doc_number: str | None = None  # printed after the title in brackets
    byline: str | None = None  # a speaker before the title (习近平:在……上的讲话) or a date after it
    clause: bool = False  # it holds a comma, as a sentence broken off does


def clean_title(text: str, unquote: bool = True) -> str:
    """A title line without a site's noise; unquote=False keeps a line printed whole in 《》, as a line of a wrapped
    title may be (……人民政府关于 / 《……规划》 / 的批复: www.tjhd.gov.cn)."""
    if (match := TITLE_IN_LENTICULAR.fullmatch(text.strip())) and genre_word_at_end(match.group("title")):
        text = match.group("title")  # the whole title in 【】, not a column's tag before it
    if match := LABEL_BEFORE_PIPE.match(text):
        text = text[match.end():]  # before the noise, which may stand after it (繁體版 | English雷鸣山……: www.ctg.com.cn)
    for rule in rules.boilerplate().title_noise:
        text = _without_folded_matches(rule.pattern, text)
    text = text.lstrip("#").strip()
    if text.endswith("”") and "“" not in text:
        text = text[:-1].rstrip()  # a quote whose opening stood before a repost's label (“原標題:新疆:棉花產量占全國一半”: pottawattamie.cn)
    if (match := YEAR_AFTER.search(text)) and genre_word_at_end(text[: match.start()]):
        text = text[: match.start()]  # ……统计公报 1998: a listing's year beside the title (tjgb.hongheiku.com)
    if (match := COLUMN_BEFORE.match(text)) and genre_word_at_end(text[match.end():]):
        text = text[match.end():]  # a portal's column before a 公文's title (政务服务丨济宁市人民政府关于……的实施意见: jiaxiang.gov.cn)
    if (match := POSTER_BEFORE.match(fold(text))) and is_body_name(match.group("poster")) and genre_word_at_end(text[match.end():]):
        text = text[match.end():]  # the office that posted it before a 公文's title (组织部:关于做好……的通知: www.hbue.edu.cn)
    if (match := TEXT_COUNT_AFTER.search(text)) and genre_word_at_end(text[: match.start()]):
        text = text[: match.start()]  # ……调研报告6篇 (gxlnz.com), ……学习心得体会3篇.docx (m.1wenmi.com): a shop's count of the texts it sells
    if match := PRINTED_REPEATEDLY.fullmatch(text):
        text = match.group(1)  # a shop glues its copies of the title into one line (X(精選6篇)X(精選6篇)X: bimogu.com)
    if unquote and (match := WHOLE_IN_BOOK_MARKS.match(text)):
        return match.group(1).strip()  # 《成都市人民政府关于……的通报》 printed as the heading (per-better.com)
    return text


def printed(text: str, match: re.Match, group: int | str) -> str:
    """What a group of a match found in the folded text covers of the text as printed (folding keeps every character's place)."""
    return text[match.start(group):match.end(group)]


def _without_folded_matches(pattern: re.Pattern, text: str) -> str:
    """The text without what a pattern written in Simplified finds in its folded form (範文, 【精選推薦】): folding keeps
    every character's place, so the printed characters are cut where the folded ones matched."""
    kept, last = [], 0
    for match in pattern.finditer(fold(text)):
        kept.append(text[last:match.start()])
        last = match.end()
    return "".join(kept) + text[last:]


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def genre_word_at_end(text: str) -> bool:
    """Whether a text ends with the word for a genre, as a title does (a news headline's verb does not count)."""
    core = fold(TRAILING_BRACKET.sub("", squeezed(text)[-GENRE_TAIL:]))  # only the end can hold it; a long text is not searched whole
    # also before the mark of a draft: ……60週年院慶院長致詞稿 (www.kmuh.org.tw); ……先生致辭全文 is a credit of who spoke (www.edb.gov.hk)
    cores = {core, DRAFT_MARK.sub("", core)}
    return any((match := pattern.search(end)) and match.end() == len(end) for end in cores for genre, pattern in rules.genres() if genre not in (NEWS, None))


def news_word_at_end(text: str) -> bool:
    """Whether a headline ends with what happened (……会议召开), as rules/genres.yaml says a report's does; a line
    opening with 关于 is a document's title, whole only at its genre word (关于召开中山区第十八届人大常委会 / 第二次会议的通知:
    hylgyy.com)."""
    core = fold(squeezed(text))
    return not core.startswith("关于") and any(pattern.search(core) for genre, pattern in rules.genres() if genre == NEWS)


def is_org_name(text: str) -> bool:
    """A bare body name (中共某某县委员会) is the issuer's mark above a title, not the title."""
    return is_body_name(text)


def rejects(text: str, printed_again: bool = False) -> bool:
    """Lines that are never a title: bylines, labels, numbers, dates, salutations, fragments, sentences.
    A short line printed again near the top may be a title of two or three characters (風眼)."""
    plain = squeezed(text)
    folded = fold(plain)  # the patterns are written in Simplified
    printed_again = printed_again or (" " in text.strip() and len(plain) <= GENRE_WORD_MAX and genre_word_at_end(plain))  # 通 知 (www.zhuji.gov.cn)
    printed_again = printed_again or bool(SHORT_LAW_NAME.fullmatch(folded))
    return (
        not (SHORT_TITLE_MIN if printed_again else TITLE_MIN) <= len(plain) <= TITLE_MAX
        or "。" in text
        or text.rstrip().endswith((":", "：", "﹕", "，", ",", "；", "、"))  # ﹕: 查爾斯王子,布萊爾首相,……先生們﹕ (big5.locpg.gov.cn)
        or bool(DATELINE_START.match(folded))
        or (bool(dateline := DATELINE.match(folded)) and dateline.end() == len(plain))  # 福鼎新闻网讯(谢树渊) alone on its line (fdxww.com)
        or (bool(DATE_FRAGMENT_START.match(plain)) and not (genre_word_at_end(plain) and not re.search(r"[，,]", plain)))  # 1月10日实验室安全检查通报 (jcyxy.njmu.edu.cn) is a headline
        or bool(SENTENCE_OPENING.match(folded))  # 爲深入貫徹落實…… as well
        or bool(ARTICLE_START.match(folded) or SELF_NAMED_LAW.match(folded))  # an article broken off at a space
        or bool(CONTENTS_ENTRY.search(plain))
        or text.count("“") > text.count("”")  # a quotation opened and not closed: a sentence broken off (“巡察整改以后,……: www.zgsuixian.gov.cn)
        or bool(FULL_DATE_START.match(folded))
        or is_byline(text)
        or bool(DOC_NUMBER_LINE.match(fold(text)))
        or bool(REPLY_MARKS_LINE.match(text.strip()))
        or (bool(LABEL_LINE.match(text)) and is_label_head(re.split(r"[:：]", text, maxsplit=1)))
        or bool(MEETING_PEOPLE_FIELD.match(folded))
        or bool((labelled := LABELLED_BODY.match(text.strip())) and is_body_name(labelled.group("value")))
        or bool(SUBTITLE.match(text))
        or bool(SALUTATION.match(text))
        or bool(heading_marker(text))
        or bool(PART_HEADING.match(folded))  # 第一部分 部门概况 under a 部门决算's table of contents (219.145.244.73, gosugo.com, gdntc.cn, xczw.gov.cn)
        or bool(DONE_CHECK.match(folded))  # 保密审查情况:已审查 / 部门主要负责人审签情况:已审签 under its title (219.145.244.73)
        or (bool(NAME_ONLY.match(text)) and not genre_word_at_end(text) and not printed_again)
        or office_and_name(text) is not None or name_then_post(text) is not None  # 魏庄镇人民政府镇长 杨杰 (www.ahhy.gov.cn) is a byline
        or bool(STAFF_CREDIT.match(fold(text)))  # a credit is never a title: 记者 余艳华 above a report (www.liufangtea.com)
        or bool(REPORTER_FROM.search(fold(text)))  # 台灣新聞網記者李華峻/南投報導 (5ch.com.tw)
        or bool(BRACKETED_LINE.fullmatch(text.strip()))  # (2011年6月30日); not (内蒙古)……工作报告(全文) (benet-wh.com.cn)
        or bool(CATEGORY_PATH.match(text))
        or is_attendance_line(text)
        or len(LABEL_PAIR.findall(text)) >= 2  # 範疇: 年度報告 發佈方式: 新聞稿 (www.ccac.org.mo); 地 區:全國行 業:金融業 (www.wangstar.com)
        or is_place_name(text)
        or bool(OCCASION_TAIL.search(folded))  # 2022年1月6日在苏尼特左旗第十六届 / 人民代表大会第一次会议上: a byline's second line (benet-wh.com.cn)
        or bool(ADDRESSEES_WITHOUT_COLON.match(folded))  # 各相关单位(学院、水合物实验室和工训中心), its colon lost (www.swpu.edu.cn);
        # 各分公司、子公司、项目部,机关各部室 (cjtennis.com)
        or not HAN.search(text)
        or len(HAN.findall(text)) < len(plain) / 2
    )


BRACKETED_DAY = re.compile(r"[（(]\s*(?:(?:19|20)\d{2}|" + CHINESE_YEAR + r")\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*[)）]")
BRACKETED_LINE = re.compile(r"[（(][^（()）]*(?:[（(][^（()）]*[)）][^（()）]*)*[)）]")  # one bracket around the whole line
OCCASION_TAIL = re.compile(r"(?:会议|大会|典礼|仪式|座谈会|开幕式|闭幕式)上$")  # where a speech was given, never its title


def is_attendance_line(text: str) -> bool:
    plain = fold(squeezed(text))
    return bool(ATTENDANCE.match(plain)) and not ATTENDANCE_NOT_NAMES.search(plain)


def is_label_head(parts: list[str]) -> bool:
    """Whether the words before a colon label what follows (来源:…, 索引号:…) rather than head a title:
    a title may end its first part with its genre (专题党课讲稿:关于……), or open its second with a quotation
    (www.cri.cn 全國政協閉幕:“一屆政協委員 一生政協情緣”)."""
    head, rest = parts[0], parts[1].strip() if len(parts) > 1 else ""
    if genre_word_at_end(head):
        return False
    if not rules.known_label_head(fold(head)):
        return False
    return not (rest[:1] in "“「『\"" and len(HAN.findall(rest)) >= TITLE_MIN)


def _before_genre_colon(text: str) -> str:
    """A title without what follows a colon after its genre word: a theme there may be a slogan with commas
    (村党支部党课讲稿:发挥党员先锋作用,助推乡村振兴: m.zmiw.cn)."""
    head = re.match(r"[^:：]*(?=[:：])", text)
    return head.group(0) if head and genre_word_at_end(head.group(0)) else text


# how much each part of a line's shape counts for its being the title (title_features names the parts)
WEIGHTS = {
    "above_subtitle": 8.0,  # a line directly above ——在……上的讲话 is the speech's own title
    "named_in_text": 3.0,
    "tagged": ABOVE_STAMP,
    "genre_word": 4.0,
    "about_or_speech": 3.0,
    "news_word": 3.0,  # a report's headline says what happened, as a document's title says its genre
    "hint": 3.0,
    "printed_again": 2.0,
    "usual_length": 1.0,
    "org_name": -4.0,
    "clause": -6.0,
    "rank": 0.3,  # the title nearest the text is the document's own; a page's headline stands above it
    "above_stamp": ABOVE_STAMP,  # a news headline; a 文种 title is known by its genre word, and the text's own copy of it is preferred
    # a speech's own title over the day it was given in brackets, under the page's headline on it (国新办主任王晨在新年招待会上致辞 /
    # 在新年招待会上的致辞 / (2008年12月16日) / 国务院新闻办公室主任 王晨: news.sina.com.cn)
    "above_its_day": 3.0,
    # joining long lines needs the joined shape to earn it; after an issuer's name, with a tail too short to stand alone
    # (……整体支出 / 绩效评价报告), or right above a subtitle, the joined title is likelier
    "joined_earned": 1.0,
    "joined_unearned": -1.5,
    # 安徽省人民代表大会常务委员会 / 关于批准《……》 / 的决议 (www.ahrd.gov.cn): a 公文 title names its issuer before 关于 (GB/T 9704:
    # 发文机关名称、事由和文种); the issuer's line right above it, with no 发文字号 between, is the title's first line
    "below_its_issuer": -1.0,
    # a 范文 shop's page over a collection (领导在校长在考务会上讲话(优质13篇): miekuo.com) is no text's title; the first text's own is
    "collection": -6.0,
    # a head's column (校長的話) over the letter's own title (最好的教育: www.wck-ccc.edu.hk) is no title of it; alone it is the page's
    "head_column": -4.0,
}


def title_features(text: str, rank: int, hints: set[str], repeats: int, before_subtitle: bool = False, tagged: bool = False,
                   stamped: bool = False, named: set[str] = frozenset(), subtitled: bool = False, dated: bool = False) -> dict[str, float]:
    """The parts of a line's shape that tell a title; named: the titles the text gives itself (我以《……》为题); subtitled: a
    speech's subtitle follows (从我做起,从现在做起! / ——在山西大学……上的讲话: news.sxu.edu.cn), so a comma in it is no sentence's."""
    plain = fold(squeezed(text))
    named_here = any(plain.endswith(title) for title in named)
    about_or_speech = bool(ABOUT.search(plain) or SPEECH.search(plain))
    # a clause, more likely a sentence broken off than a title, unless a subtitle follows it or the page's stamp; a couplet
    # of two balanced halves is a headline's shape (灵鼠贺岁谷仓丰盈,冀中马携手再创佳绩: m8.malaysiakini.com)
    clause = (bool(re.search(r"[，,；;]", _before_genre_colon(LATIN_AFTER_COMMA.sub("", QUOTED.sub("", text)))))
              and not (about_or_speech or tagged or stamped or named_here or subtitled) and not _balanced_couplet(plain))
    found = {
        "above_subtitle": before_subtitle,
        "named_in_text": named_here,
        "tagged": tagged,
        "genre_word": genre_word_at_end(text),
        "about_or_speech": about_or_speech,
        "news_word": news_word_at_end(plain),
        "hint": plain in hints,
        "printed_again": repeats > 1,
        "usual_length": 6 <= len(plain) <= 60,
        "org_name": is_org_name(text),
        "clause": clause,
        "rank": rank,
        "above_stamp": stamped and not genre_word_at_end(text),
        "above_its_day": dated and about_or_speech,
        "head_column": bool(HEAD_MESSAGE.search(plain)),
    }
    return {name: float(value) for name, value in found.items() if value}


def weighted(features: dict[str, float]) -> float:
    return sum(WEIGHTS[name] * value for name, value in features.items())


def _balanced_couplet(plain: str) -> bool:
    """Two halves of about one length either side of one comma."""
    if not COUPLET.fullmatch(plain):
        return False
    first, second = re.split(r"[，,]", plain)
    return abs(len(first) - len(second)) <= COUPLET_SLACK


def choose_title(segments: list[str], hints: list[str], body_start: int, headlines: tuple[str, ...] = ()) -> TitleChoice | None:
    """The best-scoring title among the lines before the body; a title wrapped over lines is joined.

    headlines are the lines a page printed right above its stamp (来源, 发布时间).
    """
    candidates = title_candidates(segments, hints, body_start, headlines)
    best = max((choice for choice in candidates if choice.score >= TITLE_SCORE_MIN), key=lambda choice: choice.score, default=None)
    if best is None:
        best = _headline_with_a_comma([choice for choice in candidates if not _in_a_wrapped_block(segments, choice.start)], body_start)
    return _fuller_copy(best, leading_lines(segments, body_start)) if best else None


def _in_a_wrapped_block(segments: list[str], rank: int) -> bool:
    """A line as wide as the line above or below it (figures count half): a paragraph hard-wrapped at one width, as a PDF prints it
    (经县政府同意,现将《……预案(修订)》印 / 发给你们,……), not a headline over its text."""
    width = printed_width(segments[rank].strip())
    return width >= WRAPPED_WIDTH_MIN and any(
        0 <= other < len(segments) and abs(printed_width(segments[other].strip()) - width) <= 1 for other in (rank - 1, rank + 1))


def _headline_with_a_comma(candidates: list[TitleChoice], body_start: int) -> TitleChoice | None:
    """With no other title, the first line that may be one, or the one right above the text, is its headline though it
    holds a comma, as a commentary's or a notice's may (动真碰硬抓整改,做深做实巡视“后半篇文章”: www.jiuzhoufazhi.com;
    為預防森林火災,請各單位協助……: www.sres.tyc.edu.tw), also over its day (端節將近,投市粽香處處飄 / 2016年06月04日: shiangchin.com)."""
    alone = [choice for choice in candidates if choice.end == choice.start + 1]
    first = min(alone, key=lambda choice: choice.start, default=None)
    right_above = next((choice for choice in alone if choice.end == body_start), None)
    return next((choice for choice in (first, right_above) if choice is not None and choice.clause
                 and choice.score - WEIGHTS["clause"] >= TITLE_SCORE_MIN and not ends_sentence(choice.title)), None)


def leading_lines(segments: list[str], body_start: int) -> list[str]:
    return [clean_title(segment, unquote=False) for segment in segments[:min(body_start, CANDIDATE_LINES)]]


def title_candidates(segments: list[str], hints: list[str], body_start: int, headlines: tuple[str, ...] = ()) -> list[TitleChoice]:
    """Every line before the body that may be the title, alone or joined with the lines after it, scored, in order."""
    hint_set = {fold(squeezed(clean_title(hint))) for hint in hints if hint}  # compared with the folded line
    # a speech or lecture names its own title in its opening (……今天,我以《充分认识……,着力营造……》为题,与大家作个交流: 51gongwen.com;
    # 我演讲的题目是《……》: hncnjx.com)
    named = {fold(squeezed(title)) for title in SELF_NAMED_TITLE.findall("".join(segments[body_start:body_start + NAMING_PARAGRAPHS]))}
    headline_keys = {squeezed(headline) for headline in headlines}
    limit = min(body_start, CANDIDATE_LINES)
    leading = leading_lines(segments, body_start)
    counts = _printed_counts(segments[:REPEAT_WINDOW])
    # the text an issuing notice puts out (最高人民法院 / 印发《关于……的实施意见》的通知: hkfy.chinacourt.gov.cn) is printed again
    # below it as the attachment's title: that copy is the attachment's, no second printing of a title above
    joined_leading = "".join(leading)
    issued = {squeezed(printed(joined_leading, match, 1)) for match in ISSUED_NAME.finditer(fold(joined_leading))}
    # a line right above ——在……上的讲话 or a dateline is the speech's title or the report's headline
    leads_in = [bool(SUBTITLE.match(segment) or DATELINE.match(fold(segment))) for segment in segments[: limit + TITLE_LINES_MAX]]
    deck = _headline_deck(leading, segments, leads_in)
    candidates = []
    for rank, text in enumerate(leading):
        if _under_a_news_headline(leading, rank):
            continue  # 全市组织部长会议召开 / 覃卫国作出批示: the line under a report's headline is its subheadline (hbxfw.gov.cn)
        as_printed = segments[max(0, rank - 1): rank + 2]  # the list number may be a title's noise, taken off by clean_title
        if LIST_ITEM.match(segments[rank]) and sum(bool(LIST_ITEM.match(other)) for other in as_printed) > 1:
            continue  # 1.議員作宗教式……的次序 / 1A.立法會主席的選舉: an item of a list or a table of contents (www.legco.gov.hk)
        for candidate, end in _wrapped_options(leading, rank, limit, headline_keys):
            candidate = clean_title(candidate)
            number = None
            if match := TITLE_WITH_NUMBER.match(candidate) or NUMBER_WITH_TITLE.match(candidate):
                candidate, number = clean_title(match.group("title")), squeezed(match.groupdict().get("bare") or match.group("number"))
            extra = None
            day_beside = end == rank + 1 and (match := TITLE_THEN_DAY.match(candidate)) and not is_org_name(match.group("title")) and match
            folded = fold(candidate)  # 習近平:在……上的講話
            if (match := day_beside or SPEAKER_WITH_TITLE.match(folded) or SPEECH_WITH_OFFICE_BYLINE.match(folded) or TITLE_WITH_DATE.match(folded)
                          or SPEECH_WITH_BYLINE.match(folded)) or (match := _dated_title(folded)):
                candidate, extra = printed(candidate, match, "title"), printed(candidate, match, "extra")
            repeats = 0 if any(squeezed(candidate).endswith(name) for name in issued) else counts.get(squeezed(candidate), 0)
            bare_genre_headline = squeezed(segments[end - 1]) in headline_keys and len(squeezed(candidate)) <= GENRE_WORD_MAX and genre_word_at_end(candidate)
            if rejects(candidate, printed_again=repeats > 1 or bare_genre_headline):
                continue  # a title of two characters is one only when printed twice (風眼 / 演講辭 / 風眼: www.hkma.gov.hk) or as the
                # headline over the page's stamp (公告 / 發布日期:2020-01-26 信息來源:……: znmzjszzx.cn)
            before_subtitle = (end < len(leads_in) and leads_in[end] and deck is None) or (deck is not None and (rank, end) == (deck, deck + 1))
            stamped = squeezed(segments[end - 1]) in headline_keys  # 守纪律,这些“礼物”不能收 / 来源:……发布时间:…… (www.hebcdi.gov.cn)
            stamped = stamped or bool(day_beside)  # a headline with the day it was posted on its line: the page's stamp
            features = title_features(candidate, rank, hint_set, repeats, before_subtitle, tagged=bool(TAGGED_HEADLINE.match(segments[rank])),
                                      stamped=stamped, named=named, subtitled=end < len(segments) and bool(SUBTITLE.match(segments[end]) and SPEECH.search(fold(segments[end]))),
                                      dated=end < len(segments) and bool(BRACKETED_DAY.fullmatch(segments[end].strip())))
            if rank and repeats <= 1 and _below_its_issuer(leading[rank - 1], text):
                features["below_its_issuer"] = 1.0
            if COLLECTION_NAME.search(folded):
                features["collection"] = 1.0
            if end > rank + 1:
                tail = squeezed(leading[end - 1])
                # the issuer may follow the year (2024年南关区永吉街道办事处 / 政府信息公开工作年度报告: zwgk.changchun.gov.cn)
                # but not above a line naming a body of its own (政府资讯科技总监办公室 / 创新及科技局局长出席……开场发言: www.ogcio.gov.hk,
                # the office that posts the release above its headline)
                issuer_above = is_org_name(LEADING_YEAR.sub("", text)) and not _opens_with_office(leading[rank + 1])
                earned = issuer_above or len(tail) <= WRAPPED_TAIL_MAX or before_subtitle
                features["joined_earned" if earned else "joined_unearned"] = 1.0
            candidates.append(TitleChoice(candidate.strip(), rank, end, weighted(features), number, extra, "clause" in features))
    return candidates


def _headline_deck(leading: list[str], segments: list[str], leads_in: list[bool]) -> int | None:
    """The main headline of a report's two-line deck above its dateline: a headline, then a line under it saying what happened
    (以最强执行力抓落实 确保“十五五”开好局起好步 / 长沙市第十六届人民政府第六次全体(扩大)会议举行 陈博彰出席并讲话 /
    长沙晚报1月9日讯: cswb.icswb.com); the lower line is its subheadline. A line leading in to what someone stressed
    (李纪恒参加……审议……时强调 / 发挥优势 苦干实干……: northnews.cn) is no headline of its own."""
    for end in range(2, len(leading) + 1):
        if end < len(leads_in) and leads_in[end] and not SUBTITLE.match(segments[end]):
            upper, lower = squeezed(leading[end - 2]), squeezed(leading[end - 1])
            if (GLUED_HEADLINE_MIN <= len(upper) <= SUBHEADLINE_MAX and not any(re.search(r"[。，,；;:：]", line) for line in (upper, lower))
                    and not news_word_at_end(upper) and not LEAD_IN.search(fold(upper)) and len(lower) > WRAPPED_TAIL_MAX
                    and not rejects(upper) and not rejects(lower)):
                return end - 2
            return None
    return None


def _under_a_news_headline(leading: list[str], rank: int) -> bool:
    """Whether a line is a subheadline: under a report's headline, or under another subheadline of it (平原县委召开……座谈会 /
    集思广益科学谋划 提高……质量 / 王洪霞卢明鹏分别主持 / 德州新闻网讯……: www.dezhoudaily.com)."""
    for above in range(rank - 1, max(-1, rank - 1 - SUBHEADLINES_MAX), -1):
        if news_word_at_end(leading[above]):
            return True
        if len(squeezed(leading[above])) > SUBHEADLINE_MAX or re.search(r"[。，,；;:：]", leading[above]):
            return False
    return False


def _dated_title(text: str) -> re.Match | None:
    """A title with its date before it; a law's note of adoption (1989年11月18日 上海市……会议《关于修改……》) is none."""
    match = DATE_WITH_TITLE.match(text)
    return match if match and "会议" not in fold(match.group("title")) else None


def _fuller_copy(best: TitleChoice, leading: list[str]) -> TitleChoice:
    """The same title printed in full elsewhere near the top, with its year (and body) before it: 政府信息公开工作年度报告
    under 2025年金厂镇政府信息公开工作年度报告 (xxgk.dc.gov.cn) is the short form. A label or a name before it is no part of it.
    A headline's first clause printed again under it (南市歷屆議員聯誼 郭信良議長力薦現任議員 / 2022-10-07 / 南市歷屆議員聯誼:
    ctzntalk.com) is the short form too; a site's name after a title (…… - 某某网) is no second clause."""
    key = squeezed(best.title)
    for rank, text in enumerate(leading):
        other = squeezed(text)
        prefix = other[: len(other) - len(key)]
        if rank != best.start and other.endswith(key) and YEAR_PREFIX.fullmatch(prefix) and not rejects(text) and genre_word_at_end(text):
            return TitleChoice(text.strip(), best.start, best.end, best.score, best.doc_number, best.byline)  # the layout stays the chosen line's
        if rank < best.start and text.strip().startswith(best.title) and SECOND_CLAUSE.fullmatch(text.strip()[len(best.title):]) and not rejects(text):
            return TitleChoice(text.strip(), best.start, best.end, best.score, best.doc_number, best.byline)  # the headline's first clause repeated under it
    return best


def _wrapped_options(leading: list[str], rank: int, limit: int, headline_keys: set[str]) -> list[tuple[str, int]]:
    """The line alone, and joined with the lines after it while it reads as one unfinished title."""
    options = [(leading[rank], rank + 1)]
    if len(squeezed(leading[rank])) < TITLE_MIN:
        return options  # 網誌 / 新年新氣象: a column's label above the title, not its first half (www.cso.gov.hk)
    if office_and_name(leading[rank]) is not None or glued_office_name(leading[rank]):
        return options  # 澳門特別行政區行政長官何厚鏵 / 在開幕式的演辭: the speaker's byline above the title (www.macaoppnr.com)
    joined = leading[rank]
    # three lines or more only under an issuer's name, while a book title is open (關于印發《……〈…… / ……〉 / ……》的通知: www.olshare.net)
    # or after 关于 or 印发 (天津市河东区人民政府关于 / 《……规划》 / 的批复: www.tjhd.gov.cn; ……办公厅关于印发 / ……规划 / (2021-2030年)的通知:
    # xxgk.jl.gov.cn)
    opens = is_org_name(leading[rank]) or leading[rank].count("《") > leading[rank].count("》") or fold(squeezed(leading[rank])).endswith(("关于", "印发"))
    longest = TITLE_LINES_MAX if opens else 2
    for end in range(rank + 2, min(limit, rank + longest) + 1):
        previous = leading[end - 2]
        following = leading[end - 1]
        if previous.rstrip().endswith((":", "：", "，", ",", "。")):
            break
        if squeezed(previous) in headline_keys:
            break  # a page's headline above its stamp is whole (……送上新春祝福 / 来源: 国家管网 / 新春致辞: www.pipechina.com.cn)
        if LEAD_IN.search(fold(squeezed(previous))):
            break  # 李纪恒参加……审议……时强调 / 发挥优势 苦干实干……: a report's lead-in line (引题) above its headline (szb.northnews.cn)
        if news_word_at_end(previous):
            break  # 全市组织部长会议召开 / 覃卫国作出批示: a report's headline is whole when it says what happened (hbxfw.gov.cn)
        if fold(squeezed(previous)).endswith("的话"):
            break  # 校長的話 / 最好的教育: a column of someone's words (校长的话, 董事长的话) above the piece's own title (wck.ccc.edu.hk)
        if name_then_post(following):
            break  # 最好的教育 / 莫苑萍校長: the writer's name and post under a message's title (wck.ccc.edu.hk)
        if genre_word_at_end(previous) and not following.startswith(CONJUNCTIONS) and not BRACKET_THEN_DE.match(following) and not EDITION_LINE.fullmatch(fold(squeezed(following))):
            break  # ……工作总结 / 及2013年工作思路: a title goes on after a conjunction, or after the bracket of the named text's
            # years (……绿化美化吉林大地规划 / (2021-2030年)的通知: xxgk.jl.gov.cn)
        if rejects(following + "题") and not (genre_word_at_end(following) and not is_byline(following)):
            break  # a line that reads as a byline or date goes on the title only when it ends the title (……的通告)
        if is_attendance_line(following):
            break
        if SOURCE_NAME.fullmatch(fold(squeezed(following))):
            break  # ……中方回应 / 参考消息网: the outlet the report comes from, under its headline (cn.apdnews.com; m.qzcns.com 晋江新闻网)
        if squeezed(following) in squeezed(previous):
            break  # 叶青走进大学,你们的征途是星辰大海 / 走进大学,你们的征途是星辰大海: the title printed again, not its end
        if SUBTITLE.match(following):
            break  # ——在级本科生开学典礼上的讲话 under ……征途是星辰大海: the speech's subtitle, never its title's end (www.szhuazhuangbao.com)
        if bool(SPACED_OUT.match(following)) != bool(SPACED_OUT.match(previous)):
            break  # 政 府 工 作 报 告: a display title of its own under a page's headline (www.ahhy.gov.cn); 汨 罗 市 规 划 局:
            # a letterhead above the title (www.miluo.gov.cn)
        if is_org_name(previous) and _names_its_issuer(following):
            break  # 浠水县人民政府 / 县人民政府关于……的通知: the issuer's mark above a title that names its issuer
        joined += leading[end - 1]
        options.append((joined, end))
    return options


def _opens_with_office(text: str) -> bool:
    """Whether a line opens with a body's post (创新及科技局局长出席……): it names who acts, not a title's next words."""
    plain = squeezed(text)
    post = rules.position_titles().search(fold(plain[:OFFICE_OPENING_MAX]))
    return bool(post) and post.start() > 0 and is_body_name(plain[:post.start()])


def _below_its_issuer(above: str, text: str) -> bool:
    """A line opening with 关于 right under a body's name (not a letterhead spaced out, 汨 罗 市 规 划 局)."""
    return fold(text).startswith("关于") and is_org_name(above) and not SPACED_OUT.match(above)


def _names_its_issuer(text: str) -> bool:
    """A title that names its issuer: before 关于, or by a place's name at its start
    (鹤庆县人民政府 / 鹤庆县……指挥部办公室通告(第1号): www.heqing.gov.cn)."""
    position = fold(text).find("关于")
    return position > 0 and bool(bodies_in(text[:position])) or starts_with_place(text)


def _printed_counts(segments: list[str]) -> dict[str, int]:
    """How often each text is printed near the top, whole or over up to four lines (a title and its copy)."""
    counts: dict[str, int] = {}
    keys = [squeezed(clean_title(segment)) for segment in segments]
    for start in range(len(keys)):
        for width in range(1, TITLE_LINES_MAX + 1):
            if start + width <= len(keys):
                key = "".join(keys[start:start + width])
                counts[key] = counts.get(key, 0) + 1
    return counts


def glued_title_end(segment: str) -> int | None:
    """Where a title ends that a flattened page glued to the text after it (……实施方案根据中央……;
    a news headline before its lede: 我县召开……动员会9月21日上午,我县召开……; a title in 【】 before the text)."""
    if DATELINE.match(fold(segment)):
        return None  # a text opening on its dateline (司法警察局訊:司法警察局昨日……: funnyisland.net) has no title before it
    if (bracketed := TITLE_IN_LENTICULAR.match(segment)) and bracketed.end() < len(segment) and genre_word_at_end(bracketed.group("title")):
        return bracketed.end()
    if (lede := NEWS_LEDE_INSIDE.search(segment, GLUED_HEADLINE_MIN, GLUED_TITLE_MAX)) and not rejects(segment[: lede.start()]):
        return lede.start()
    if (addressed := TITLE_THEN_RECIPIENTS.match(segment)) and genre_word_at_end(addressed.group("title")) and not rejects(addressed.group("title")):
        return addressed.end("title")  # ……的通知 各鄉鎮婦聯、縣直婦委會: one line of a flattened page (junkejituan.com)
    found = None
    if not re.search(r"[。，,！？；;]", segment) and len(segment) <= GLUED_TITLE_MAX:
        return None  # a line without a sentence in it is a title, not a title glued to text
    for end in range(TITLE_MIN + 2, min(len(segment) - 10, GLUED_TITLE_MAX) + 1):
        head = segment[:end]
        if head.count("《") != head.count("》") or head.count("(") + head.count("（") != head.count(")") + head.count("）"):
            continue
        if segment[end:end + 1] in ":：":
            continue  # ……党课讲稿:把学习贯彻主题教育不断引向深入: the title goes on after its colon
        if segment[end:end + 1] in "及和与暨" and genre_word_at_end(head):
            if found is not None and end - found <= GENRE_WORD_MAX:
                found = None  # ……总结 was no title's end either: ……总结报告 goes on
            continue  # 吴道财校长代表学校作2021年度工作总结报告及2022年工作谋划。: the phrase goes on past the genre word (gxqsxx.com)
        if segment[end:end + 2] == "精神":
            continue  # ……在九届区委十次全会上的讲话精神,他指出 (yptimes.shyp.gov.cn); 深入学习贯彻党的二十大报告精神,11月15日 (gxzx.xyc.edu.cn):
            # the spirit of a speech or report, a phrase of the lede
        if head.endswith("法") and segment[end:end + 1] in LAW_WORD_NEXT or SENTENCE_GOES_ON.match(segment, end):
            continue  # 洛浦县2022年法|治政府建设工作坚持……: 法 begins a word there (xjlpx.gov.cn), it ends no law's name
        shaped = ABOUT.search(fold(head)) or SPEECH.search(fold(head))
        if segment[end:end + 1] in "。；;！!？?" or (segment[end:end + 1] in "，,、" and not shaped):
            continue  # 行政長官李家超明日發表2025年施政報告。他表示……: a sentence ends at the genre word, no title does (fiobi.com); a
            # title of a 公文's or a speech's shape may be glued on with a comma (关于农村留守儿童的调查报告,随着……: fanwenxuan.com)
        if genre_word_at_end(head) and not rejects(head) and (shaped or (len(head) >= 8 and not CLAUSE_COMMA.search(head))):
            if found is not None and end - found > GENRE_WORD_MAX and not QUALIFIED_THEN_OF.match(segment, found):
                break
            found = end  # a longer genre word may follow (……情况汇报 / ……情况汇报材料); so may a bracket and the document's kind
            # (……总体规划(2020-2035年)的批复: m.001doc.com)
    first_sentence = re.split(r"[。！？]", segment, maxsplit=1)[0]
    if found is not None and found < len(first_sentence) and not re.search(r"[，,；;]", first_sentence) and news_word_at_end(first_sentence):
        return None  # 全国脱贫攻坚总结表彰大会2月25日上午在北京人民大会堂隆重举行。: a lede's subject holds the genre word (m.guanhai.com.cn)
    return found
