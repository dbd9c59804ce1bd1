"""Stage 3: determine a document's metadata from its clean text and the parts around it. Unknown stays None."""
from __future__ import annotations

import re
from datetime import date as calendar_date

from .. import gazetteer, repairs, rules
from ..folding import fold
from ..cleaning.title import DOC_NUMBER, HEAD_MESSAGE, MEETING_PEOPLE_FIELD, REPORTER_FROM, SELF_NAMED_LAW, SPEECH, TRAILING_BRACKET, clean_title, squeezed
from ..records import CleanText, Metadata
from ..names import LECTURER, SPEECH_CREDIT_TAIL, glued_office_name
from ..cleaning.layout import CLOSING_FORMULA, SIGNED_DATE, is_record_head_field
from ..cleaning.lines import CHINESE_DIGITS, chinese_number
from .dates import COVER_BLOCKS, document_date, parse_date
from .news import is_news
from .speakers import find_speaker
from ..bodies import bodies_in, bodies_side_by_side, grammar, is_body_name, named_bodies, regional_bodies_named, regional_place
from .units import unit_from_byline, unit_from_law_notes, unit_from_title, unit_leading_title, unit_of_disclosure_report

ANNOUNCED_PARTS = re.compile(r"(?:讲|谈|提出|强调)([二三四五六七八九])点(?:意见|看法|体会|要求)|从([二三四五六七八九])个方面")
TOP_HEADING_NUMBER = re.compile(r"^([一二三四五六七八九十]{1,3})、")
ADOPTING_SESSION = re.compile(r"日(?P<session>[\u4e00-\u9fff]{2,20}?第[一二三四五六七八九十百\d]{1,4}届人民代表大会第[一二三四五六七八九十\d]{1,3}次会议)(?:第[一二三四五六七八九十\d]{1,3}次全体会议)?通过")
GOVERNMENT_REPORT = re.compile(r"政府工作报告$")
CONGRESS_SESSION = re.compile(r"在(?P<place>[\u4e00-\u9fff]{2,20}?)第[一二三四五六七八九十百\d]{1,4}届人民代表大会")
# ……文件; a Taiwan letterhead 雲林縣政府 公告, or a 函's, the kind set apart (bluefishs/CK_Missive 乾坤測繪科技有限公司  函)
ISSUER_MARK = re.compile(r"^(?P<issuer>.{2,60}?)(\s*文\s*件|\s*公\s*告|\s+函|令)$")  # and an order's mark above the text it promulgates (中华人民共和国国务院令)
# a new-year or spring-festival message opens by greeting its readers for the season (玉兔辞岁结硕果,金龙献瑞迎新春。值此新春佳节来临之际,
# ……向……致以……: dzwww.com; 金牛俯首辞旧岁,瑞虎腾跃迎新春。……: zjjsdq.net; 2009年的鐘聲即將響起,在這辭舊迎新的美好時刻,我們向全校師生員工……
# 致以……: www.zhplaw.com): a 致辞 (贺词, 献词) whatever its title
SEASONAL_GREETING = re.compile(r"(辞旧岁|迎新春|辞旧迎新|新春佳节|新年到来之际|新年的钟声|春节来临之际|值此新春|新年伊始|新春之际|岁末年初).{0,100}(致以|祝福|问候|拜年|祝愿|感谢|慰问)")
GREETING_PARAGRAPHS = 2
# a speech whose salutation, or first words after it (and a 大家好!), open a ceremony or greet the season is an address (……首届国际名湖大会在九江共青城市隆重开幕:
# baijiaxingchina; ……在这辞旧迎新的日子里,我谨代表……: nmgzmyyy; 親愛的開業同學們: / ……開業典禮……: nctu.edu.tw); a welcome to
# inspectors (热烈的欢迎), congratulations on awards (衷心的祝贺), a centenary (百年庆典) and 新年伊始 further on are said in work
# speeches too (agency.caiyes.cn), and a school's opening or graduation
# ceremony hears 讲话 as often as 致辞
# a speech that opens by saying on whose behalf it is given (受黎權主席的委托,我代表市政協常委會作個講話。: www.dybbs8.com)
SPEAKS_FOR = re.compile(r"^[^。!！]{0,30}我代表[^。!！]{2,40}?(?:作|做)了?(?:个|一个|一些)?(?:简短的)?(?:讲话|发言)")
BARE_GREETING = re.compile(r"(?:大家|你们|同学们)?(?:上午|下午|晚上)?(?:好|午安)[!！。]?")
CEREMONY = re.compile(r"开幕|开业|揭牌|奠基|运动会|新春|新年|春节|元旦|诚挚(的)?问候|美好(的)?祝愿|辞旧迎新")
# a speech's first sentence greets its hearers (市府的各位同仁們大家好,我是市長賴清德!: sec.tainan.gov.tw; 總統、還有各位委員、先進,大家午安。
# under a transcript site's note: justice.sayit.mysociety.org)
# the speaker's own voice in the opening: 我首先代表南工和我个人,向……毕业生同学们表示祝贺 (njtech.edu.cn), 很高兴能与大家相聚在这里
# (hlj.people.com.cn), 借此机会,我向大家简要介绍 (the same), 由我接替志浩同志担任山东省委书记,我深感责任大 (soulun.com)
SPEAKERS_OWN_VOICE = re.compile(r"^[^“”\"]*?(?:我(?:首先|谨|衷心地?)?代表[^。!！“”]{2,60}?[,，]?向[^。!！]{2,80}?(?:表示|致以|致敬|祝贺|问候|感谢)"
                                r"|很高兴(?:能|能够)?(?:与|和|同|跟)大家|借此机会[,，]\s*我|由我接替[^。!！]{2,30}?担任)")
GREETS_HEARERS = re.compile(r"^[^。!！?？]{0,60}大家(?:上午|下午|晚上|早上|中午)?(?:好|午安|早安|晚安)[!！。,，]")
# a notice to the public a body serves opens 尊敬的客户: (www1.ccb.com), 尊敬的患者/家属: (www.dlyyyy.com), 尊敬的广大市民: (www.rzjtfz.com), as no speech does
PUBLIC_SERVED = "(?:广大)?(?:客户|用户|患者|乘客|旅客|市民|读者|顾客|储户|游客)"
SPEECH_OPENING = re.compile(rf"^(同志们|各位代表|各位委员|各位领导|各位嘉宾|各位来宾|同事们|朋友们|女士们|尊敬的(?!{PUBLIC_SERVED})|亲爱的)|^[^。，,；;]{{0,40}}(们|各位[\u4e00-\u9fff]{{1,6}})\s*[:：﹕!！]$"
                            r"|^[^。；;]{0,80}[,，、](女士们|先生们|同学们|朋友们|各位[\u4e00-\u9fff]{1,6})\s*[:：﹕!！]$")
# a speech opens by addressing its hearers: 亲爱的同学们: (www.upkao.com), 查爾斯王子,布萊爾首相,尊敬的各位嘉賓,女士們,先生們﹕ (big5.locpg.gov.cn), 主任、各位副主任、各位委员: (www.zzrd.gov.cn); 各位领导、各位嘉宾, / 女士们、先生们,朋友们: (caigou0086.com); 各位来宾,各位朋友,各位同志: (rmrb.online); 各位嘉宾,各位同行,大家下午好 (sp.wenweipo.com)
# a township's government or office named in full, its town below any gazetteer (发布机构: 杜楼镇人民政府: ahxx; 葛公镇人民政府: dongzhi.gov.cn)
TOWNSHIP_BODY = re.compile(r"[\u4e00-\u9fff]{2,4}(?:镇|乡|街道)(?:人民政府|办事处|党委)")
# a notice naming itself in its own articles, anywhere in the text, when nothing else told its genre (以本通告为准: dachuan.gov.cn;
# 本公告规定: swj.weinan.gov.cn; 特此通告 above a table: sf.sz.gov.cn)
SELF_REFERENCE = re.compile(r"(?:以本|违反本|本)(?P<genre>通告|公告)(?:为准|自|于|所称|规定|发布|未|的规定)|特此(?P<closing>通告|公告)")
PRINTED_IN_FULL = re.compile(r"《(?P<name>[^《》]{4,80})》全文如下[。:：]?$")
HANT_THRESHOLD = 0.05
FORMULA_PARAGRAPHS = 3
# A 主送 line addressing the units below the issuer (校属各单位:, 全体教职工:, 市政府各工作部门、各直属事业单位:), also
# without its colon (各分公司、子公司、项目部,机关各部室: cjtennis.com), then arrangements set out below it: a notice.
ADDRESSED_DOWNWARD = re.compile(r"^(?:各(?!位)|全体|校属|院属|局属|市属|县属|区属|所属|集团|公司|[市县区]政府各)[^。！？!?；;]{0,60}[:：]?$")
ARRANGED_BELOW = re.compile(r"(?:安排|要求|规定|事项|措施|重申)如下|现[就将][^。]{0,60}如下")
LABELLED_NOTICE = re.compile(r"^【通知】")  # 【通知】因氣象局發出暴雨警告信號,…… (www.fuluen.edu.mo)
LEDE_PARAGRAPHS = 2
RECORD_FIELD = re.compile(rf"{MEETING_PEOPLE_FIELD.pattern}|^(?:会议)?(?:时间|地点|内容|议题)\s*[:：]")  # a meeting's record, field by field
RECORD_HEAD_PARAGRAPHS = 6
RECORD_FIELDS_MIN = 3
WE_CONVENE = re.compile(r"^(?:今天|今天上午|今天下午|今晚|此次|这次)[，,]?\s*我们(?:在这里)?(?:隆重)?(?:召开|举行|齐聚|相聚|欢聚)")  # a report says 我县, not 我们
BODY_SAYS = re.compile(r"^(?P<body>[\u4e00-\u9fff]{2,14})[:：](?=\S{4})")
SPOKE_AT = re.compile(r"在[^的]{2,60}上讲话$")  # a predicate, not the speech's name (在……上的讲话)
# a headline saying a body or place issued something, not the thing issued: 松阳县发布森林消防禁火通告 (bbs.songyangzx.com),
# 平利县出台宪法宣誓制度具体规定 (www.pingli.gov.cn); a document's own title says 关于发布…… (关于发布……标准的公告)
ISSUED_IN_HEADLINE = re.compile(r"^(?P<subject>[\u4e00-\u9fff]{2,20}?)(发布|出台)了?(?!.*关于)")
# 以下为发言全文: (rice.fudan.edu.cn), 以下是……在立法會年結記者會上的開場發言內容: (portal.sina.com.hk), 以下是獻詞原文: (fastread.xyz); read folded
# also 新年前夕,国家主席习近平……发表了二〇二一年新年贺词。全文如下: under a dateline (w.mzuzx.org.cn, misoncubano.com)
# A line beginning 以下 may also name a 讲话, 讲辞 or 演辞 and end a sentence: 以下是行政長官……在……煙花匯演的演辭: (news.gov.hk),
# 以下为陈部长讲话的全文: (www.naijabanger.com), 以下是全部講話內容。 (www.syxj.com.cn), 以下為……致辭全文,文章標題為編輯所加 (www.mingpaocanada.com),
# 以下為詹純新董事長致辭摘要: (www.edufabricareview.com); after 发表 a sentence goes on (……发表了重要讲话。), so that line must end with a colon
SPEECH_IN_FULL = re.compile(r"以下[为是][^。]{0,50}(?P<word>发言|致辞|致词|献词|贺词|讲话|讲辞|演辞)(?:。?全文如下|全文|内容|原文|实录|摘要|摘录)?(?:[:：]$|[。，,])"
                            r"|发表了?[^。]{0,30}(?P<spoken>发言|致辞|献词|贺词)(?:。?全文如下|全文|内容|原文|实录)?[:：]$")
ADDRESS_WORDS = ("致辞", "致词", "献词", "贺词")
ENACTS_ITSELF = re.compile(r"^第[一1]条\s*[^。]{4,300}[，,]\s*制定本(?P<genre>条例|规定|办法|细则|规则|章程)。")
SPOKEN_OR_UNKNOWN = {None, "讲话", "致辞", "讲课稿", "演讲稿", "主持词", "工作报告", "述职报告", "报告"}
# what a report's lede says was done: 4月18日,城区政协召开……; 近日,……举行……; 6日上午,参加……会议 (gytoday.cn); 清明节期间,……督查
# (jsjhjw.gov.cn); 11月8日,……来到县融媒体中心……慰问 (fjqlw.com); 3月15日上午9时,……举行 (huanqiujujiao.com); 4月4日,达麦乡组织…… (xiahe.gov.cn);
# 政府今日(……)宣布将设立…… (sc.isd.gov.hk); 近日,县城市管理局……提前部署秸秆禁烧工作 (dsnews.zjol.com.cn); 縣長許淑華10日上午主持縣務會議時,…… (stb.more-news.tw)
NEWS_VERBS = "召开|举行|举办|开幕|闭幕|出席|参加|调研|视察|考察|督查|慰问|组织|宣布|部署|主持"
NEWS_LEDE = re.compile(  # 不久前,泉州市惠安县召开警示教育大会 (dhcdi.gov.cn)
    r"^((\d{4}年)?(\d{1,2}月)?\d{1,2}日|近日|日前|不久前|今天|今日|昨天|昨日|昨晚|[\u4e00-\u9fff]{2,5}期间)(上午|下午|晚上?|早上)?(\d{1,2}[时点](\d{1,2}分)?)?[^，,。]{0,16}[，,][^。]{0,160}?"
    rf"({NEWS_VERBS}|上作了?《)"  # the officials present may be a long list (tianshui.com.cn); ……在……会议上作《……工作报告》 (longnan.chinagscourt.gov.cn)
    # the subject first, then the day: 嘉義縣政府今(3)日在府前舉辦新春團拜 (e-creative.media), 潭陽國小於今(12)日盛大舉行 (www.tc.edu.tw)
    # or 南投縣政府今天上午,舉辦…… (5ch.com.tw), 政府今日(六月二十二日)宣布…… (sc.isd.gov.hk), 嘉義縣政府於2月11日上午在……舉辦
    # (haojiayuan), 彰化縣鹿港鎮公所31日舉行 (www.epochtimes.com); after a comma (銅鑼鄉第18屆補選鄉長謝昌年,5月28日上午宣誓就職: happy168.net),
    # this month's day (……就職典禮,於本月25日上午9點假卑南鄉公所……舉行: beinan.gov.tw)
    rf"|^[^。，,]{{0,30}}?[，,]?(?:于|在)?(?:(?:今|昨)\s*[（(]\d{{1,2}}[)）]\s*日|今天|今日|昨天|昨日|(?:本月|\d{{1,2}}月)?\d{{1,2}}日)(上午|下午|晚上?)?[^。]{{0,40}}?({NEWS_VERBS}|宣誓)"
    # a text opening on the day alone, whatever was done: 1月18日,区人大代表分组审议…… (www.sxyc.gov.cn); 9月16日,市人大常委会开展……
    # (xxrd.gov.cn), 近日,林甸县人民法院…… (dqzy.hljcourt.gov.cn), 日前,共青团陕西省委……作出了表彰 (www.xajdfz.com.cn): a 公文 or a
    # speech does not begin so; nor on days from one to another (3月6日—7日,睢县30名杰出女性代表……: suixianwang.net) or on 连日来
    # (连日来,为确保全市清明节期间森林防火安全,……: lyj.xinxiang.gov.cn)
    r"|^((\d{4}年)?\d{1,2}月\d{1,2}日(?:[至—](?:\d{1,2}月)?\d{1,2}日)?|\d{1,2}日|近日|日前|近期|连日来)(上午|下午|晚上?|早上)?[，,]"
)
# the lede after a purpose clause: 为切实做好……工作,3月16日上午,水车镇召开…… (www.gdmx.gov.cn)
NEWS_LEDE_AFTER_PURPOSE = re.compile(
    r"^[^。]{0,120}[，,]\s*((\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|今天|今日)(上午|下午|晚上?|早上)?\s*[，,]?[^。]{0,40}?"
    rf"({NEWS_VERBS})"
    # or the day, or 近日/近期, standing apart after the purpose, whatever follows (为扎实推进创先争优活动,……,近日,新县法……:
    # hnxxfy.hncourt.gov.cn; 为贯彻落实党的二十大精神,……,近期,开封市中级人民法……: kfzy.hncourt.gov.cn)
    r"|^[^。]{0,120}[，,]\s*((\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|近期)(上午|下午|晚上?|早上)?\s*[，,]"
)
# a sample text's office without a place (市委书记在……上的讲话: www.laowenmi.com; 区委书记在……: laobiganzi; 县区委2022年新年致词:
# zuowendang) names no body
LEVEL_ONLY = re.compile(r"^(?:[市县区]|县区)委$")
# a report debated or given, as a headline says it (区人大代表分组审议区政府工作报告和区“两院”工作报告: www.sxyc.gov.cn;
# 市人大代表分团审议政府工作报告: hnsjb; 仲军代检察长向区第十七届人民代表大会第四次会议作工作报告: jsjc.gov.cn); 工作, 写作 …… are no 作
# …… discussed or heard (定安代表团热议政府工作报告: dingan.hainan.gov.cn; 市委巡察工作领导小组听取巡察工作情况汇报: www.tmjjjc.gov.cn); a body that
# publishes (发布, 发表) its own report heads the report itself so
REPORT_RECEIVED = re.compile(r"(审议|热议|听取|(?<![工创写合协操运])作了?)[^，,。:：]{0,30}报告$|听取[^，,。:：]{0,30}汇报$")
# a headline on a party lecture given, not the lecture (文学院党委组织开展“两学一做”专题党课: www2.chnu.edu.cn; 党委书记毛小明上党课----加强……:
# www.sxzyy.cn; 机械学院党总支开展支部书记微党课比赛: chateaucf.com); a title going on to its own genre word (……讲党课”活动实施方案) is that kind
LECTURE_GIVEN = re.compile(r"(开展|组织|举办|举行|讲授|开讲)了?[^，,。:：]{0,30}党课(比赛)?$|(上|讲)了?[^，,。:：的]{0,10}党课$")  # not ……大会上的专题党课
REPORTED_SPEECH = re.compile(
    r"会议由[^。，,]{1,30}主持|出席(会议|活动|仪式|典礼)|参加(会议|活动)[。，,]|会上[，,]|会议(指出|强调|要求|提出|号召|明确|传达)|(他|她|[\u4e00-\u9fff]{1,3}(书记|主任|主席|市长|县长|区长|镇长|局长|部长|厅长|董事长|总经理|校长))(指出|强调|表示|要求|希望|说)|据悉|据了解|记者|通讯员"
)  # a report tells what was said: 会议强调……; 彭锋要求…… (dianjiang.cbg.cn); 记者从……获悉 (sd.sina.com.cn). Not 会议听取/认为/决定: a resolution speaks so of itself (yfxrd.gov.cn)
REPORTED_SPEECH_MIN = 2
# a day told from the day of writing, with the date beside it, is a reporter's or a press office's: 本所登革熱巡查小組今(30)日前往……
# (baihe.tainan.gov.tw), 食物安全中心今日(一月十六日)公布 (cfs.gov.hk), 昨(26)日,台中市金門同鄉會召開 (www.kmdn.gov.tw),
# 總領事館周五(5月31日)舉辦招待會 (kwongwah.com.my), 民政局於今(7/1)日上午邀集…… (web.tainan.gov.tw); read folded
# the 主送 line of a text sent down: 各院、处及有关单位: (jwc.xjtu.edu.cn), 各科室: (m.yaozui.com), 各村委会: (jhxc.xixianxinqu.gov.cn), 各家長: (www.hctmhope.edu.hk)
TO_SUBORDINATES = re.compile(r"^各")
RELATIVE_DAY = re.compile(r"[今昨]\s*[（(][^（）()]{1,8}[)）]\s*日|[今昨]日\s*[（(][^（）()]{1,10}[)）]|周[一二三四五六日]\s*[（(]\d{1,2}月\d{1,2}日[)）]")
# a headline that tells what happened (文学院召开党委(扩大)会议部署新学期党建工作: wxy.hebeinu.edu.cn; ……行动成效显著:
# ydnews; ……工作安排出台: www.btbu.edu.cn); a document titled so ends with its genre word (关于召开……会议的通知)
NEWS_HEADLINE = re.compile(rf"{NEWS_VERBS}|成效显著|出台$")
# a headline whose subject, a place or a body, acts (秦州区集中开展……巡察反馈工作: www.qzqjjjc.gov.cn; 九台区其塔木镇大力推进……:
# www.jlncb.cn; 水务局严格落实……: www.longyao.gov.cn; 環境部提醒……: ghgregistry.moenv.gov.tw); without a subject it may be a list's or a
# speech's (开展中央八项规定精神学习教育"回头看"自查问题清单; 万众一心 爬坡上行 开创推进“两个加快”新局面)
SUBJECT_ACTS = re.compile(r"^(?P<subject>[\u4e00-\u9fff]{2,16}?)(开展|推进|落实|提醒)")
HOST_INSTITUTION = re.compile(r"^[（(]?(?:——|—)?在(?P<host>[\u4e00-\u9fff]{2,12}?(?:大学|学院))(?!党|团|学生|研究生院)")
ISSUES_ITS_OWN = re.compile(r"^关于印发《(?P<named>[^《》]{4,80})》的通知$")  # no issuer before 关于
# what copy of the text this is, after its genre word: the whole text, a draft, or a model for others to follow
# (××村村民自治章程示范文本: yuan0.cn)
FULL_TEXT_MARK = re.compile(r"(全文|稿|示范文本|范本)$")
COLLECTION_COUNT = re.compile(r"\d{1,2}篇$")  # ……心得体会3篇: a 范文 site's collection of several texts
ROC_DATE = re.compile(r"(中華民國|中华民国|民國|民国)\s*\d{2,3}\s*年|(?<![\d年])1[01]\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")  # 公告自107年9月29日 (hike.taiwan.gov.tw)
TAIWAN = "台湾省"
NATIONAL_PREFIX = re.compile(r"^(?:中华人民共和国|国家(?!级))")
# a ministry heads its name (农业农村部办公厅关于……); a party committee's or a county's own departments (组织部, 宣传部, 统战部, 人武部) do not
MINISTRY = re.compile(r"^(?P<name>[\u4e00-\u9fff]{1,10}?部)(?:办公厅|[\u4e00-\u9fff]{1,8}?司)?(?:关于|印发|转发|$)")
LOCAL_DEPARTMENT = re.compile(r"(组织|宣传|统战|统一战线工作|武装|人武|政法|工作|[市县区省镇乡委局])部$")
LEADING_YEAR = re.compile(r"^(?:19|20)\d{2}年")  # 2020年西藏自治区国民经济和社会发展统计公报 (www.ctibet.com)
COMPILED_BY = re.compile(r"^本(?:年度)?报告(?:根据[^。]{0,150}?[，,])?由(?P<body>[^，,。、《》]{4,30}?)(?:根据|依据|按照|编制)")
COMPILES_ITS_OWN = re.compile(r"[，,](?P<body>[\u4e00-\u9fff]{4,30}?)(?:结合[^，,。]{0,20}实际[，,]?)?编制本(?:单位|机关|部门)?[^。]{0,20}报告")
ASKS_TO_CONTACT = re.compile(r"如对(?:本)?(?:年度)?报告有[^，,。]{0,4}疑问[，,]?请(?:与|联系)(?P<body>[\u4e00-\u9fff]{4,30}?)联系")
COMPILES_A_REPORT = re.compile(r"^(?:本(?:年度)?报告[^。]{0,150}?(?:编制|制作)|根据[^。]{0,200}?编制本(?:单位|机关|部门)?[^。]{0,20}报告)")
OVERVIEW_HEADING = re.compile(r"^[（(]?[一1][)）、.]?总体情况$")
OVERVIEW_SUBJECT = re.compile(r"^(?:19|20)\d{2}年度?[，,](?P<body>[\u4e00-\u9fff]{4,30}?)(?=进一步|认真)")
OVERVIEW_WITHIN = 6
OVERVIEW_OPENS_WITHIN, OVERVIEW_TOLD_WITHIN = 2, 3  # paragraphs
DISCLOSURE_WORDS = re.compile(r"政府信息公开|主动公开")  # what the template's first section reports on
COMPILED_AS = re.compile(r"编制形成《(?P<title>[^《》]{6,60})》")
SELF_NAMED_REGION = re.compile(r"香港特别行政区|澳门特别行政区|本港|本澳")
PROVINCIAL_NUMBER = re.compile(r"^(?P<province>.)(政|办|委|组|发|府|政办)")
MAX_THEMES = 4
TITLE_WEIGHT = 5

__all__ = ["extract", "parse_date", "find_genre", "find_themes", "detect_script"]


def extract(clean: CleanText, today: calendar_date | None = None) -> Metadata:
    """All metadata for one document, with evidence and warnings for review."""
    today = today or calendar_date.today()
    title = clean.title
    paragraphs = [block.text for block in clean.blocks]
    source_text = "\n".join(paragraphs)
    damaged = repairs.is_damaged(f"{title or ''}\n{source_text}")
    text_repairs = repairs.find_repairs(source_text) if damaged else []
    repair_count = len(text_repairs) + (len(repairs.find_repairs(title or "")) if damaged else 0)
    text = repairs.apply(source_text, text_repairs)
    evidence: dict[str, str] = {}
    warnings: list[str] = []

    reported = clean.dateline or clean.credit or any(REPORTER_FROM.search(fold(line)) for line in clean.byline)  # 通讯员鲁来顺报道 under the headline (taosugar.com)
    is_report = reported and not (paragraphs and SPEECH_OPENING.match(fold(paragraphs[0]))) and not _speech_after_dateline(paragraphs)  # a speech printed in full after its dateline is a speech
    credit = next((line for line in clean.byline if SPEECH_CREDIT_TAIL.search(fold(line)) and glued_office_name(line)), None)  # 教育局局長孫明揚先生致辭全文
    printed_whole = _document_in_full(paragraphs) if is_report else None
    column = next((line for line in clean.header if HEAD_MESSAGE.search(fold(squeezed(line)))), None)  # 校長的話 above a head's letter (www.wck-ccc.edu.hk)
    record_head = [line for line in clean.byline if is_record_head_field(line)]  # a meeting record's fields, read with its text
    genre = (printed_whole or "新闻报道") if is_report else find_genre(title if clean.title_found else None, clean.original_name, clean.subtitle or credit or column, record_head + paragraphs, clean.preface)
    if genre is None and any(LECTURER.match(fold(line.strip())) for line in clean.byline):
        genre = "讲课稿"  # 主讲人:刘一斌 under its title: a lecture (pdnet.cn)
    if genre is None and clean.recipients and TO_SUBORDINATES.match(fold(clean.recipients)):
        genre = "通知"  # a text sent down to 各…… with no 文种 printed is, as a rule, a notice
    # worded as news reports are, though no rule says so (archive/metadata/news.py). The place stays as the rules
    # leave it: a government's own press release is worded so too, and has its issuer's place, which an outlet's report has not
    ruled_genre = genre
    named_kind = bool(title) and clean.title_found and rules.unlisted_kind(fold(TRAILING_BRACKET.sub("", re.sub(r"\s+", "", title))))
    if genre is None and not named_kind and is_news(title if clean.title_found else None, paragraphs):
        genre = "新闻报道"
    date, date_source, date_kind = document_date(clean, genre, today, evidence, warnings)
    candidates = issuer_candidates(clean, genre)
    unit = find_unit(clean, candidates, evidence, genre)
    complete, reason = completeness(clean, paragraphs)
    if reason:
        evidence["complete"] = reason
    if not clean.title_found:
        warnings.append("没有找到标题：标题取自文件名，请核对")
    return Metadata(
        title=title,
        date=date,
        date_source=date_source,
        date_kind=date_kind,
        unit=unit,
        unit_as_written=unit,
        speaker=find_speaker(title or "", clean.subtitle, clean.byline, clean.header + _speech_intro(paragraphs)) if genre in SPOKEN_OR_UNKNOWN else None,  # a notice, a reflection or a news report has no speaker
        place=find_place(unit, clean, candidates, evidence, ruled_genre),
        genre=genre,
        themes=find_themes(fold(title or ""), fold(text)),
        doc_number=clean.doc_number or number_in_notes(clean.byline, clean.field("history")),
        complete=complete,
        script=detect_script(source_text),
        damaged=damaged,
        repairs=repair_count,
        extracted_from=evidence,
        warnings=tuple(warnings),
    )


def _issuer_candidates(clean: CleanText) -> list[tuple[str, str]]:
    """Where a document names its issuer, most trusted first: (where, name)."""
    found: list[tuple[str, str]] = []
    for index, line in enumerate(clean.signature):
        names = bodies_in(line.strip("（）() "))  # (万载县统计局) under a communiqué: www.wanzai.gov.cn
        if names:
            previous = clean.signature[index - 1] if index else ""
            if previous and not bodies_in(previous) and not CLOSING_FORMULA.match(previous) and is_body_name(previous + line):
                line, names = previous + line, [re.sub(r"\s+", "", previous + line)]  # 天台县新型冠状病毒肺炎 / 疫情防控指挥部 (jwbk.com)
            following = clean.signature[index + 1] if index + 1 < len(clean.signature) else ""
            if following and not is_body_name(line) and is_body_name(line + following):
                line, names = line + following, [re.sub(r"\s+", "", line + following)]  # 国务院应对新型冠状病毒肺炎 / 疫情联防联控机制综合组 (www.nhc.gov.cn PDF)
            found.append((f"落款“{line}”", names[0]))
            break
    if clean.title and (name := unit_from_title(clean.title)):
        found.append(("标题", name))
    if not clean.signature and (signed := _cover_signature(clean)):
        found.append((f"正文开头的落款“{signed}”", signed))
    if name := government_of_report(clean):
        found.append(name)
    if issuer := clean.field("issuer"):  # after the title: portals abbreviate (盘锦市政府 for 盘锦市人民政府)
        found += [("门户网站信息表“发文机关”", name) for name in bodies_in(issuer)[:1] or [issuer.strip()]]
    for line in clean.header:
        if match := ISSUER_MARK.match(line.strip()):
            names = bodies_in(re.sub(r"\s+", "", match.group("issuer")))
            if names:
                found.append((f"版头“{line}”", names[0]))
        elif is_body_name(line):
            found.append((f"版头“{line}”", line.replace(" ", "")))
    for line in clean.byline:
        if joint := bodies_side_by_side(line):
            found.append((f"署名“{line}”", joint[0]))
        elif is_body_name(bare := line.strip().strip("（()）").strip()):
            found.append((f"署名“{line}”", re.sub(r"\s+", "", bare)))  # 宁夏回族自治区人大常委会 is a body, not an office (常委) of 宁夏回族自治区人大; (贵州省委调查组)
        elif name := unit_from_byline(line):
            found.append((f"署名“{line}”", name))
        elif names := named_bodies(line):
            found.append((f"署名“{line}”", names[0]))
    if name := unit_from_law_notes(clean.byline):
        found.append(("题注", name))
    if clean.title and (name := unit_leading_title(clean.title) or unit_of_disclosure_report(clean.title)) and not LEVEL_ONLY.match(fold(name)):
        found.append(("标题开头", name))
    if clean.title and (match := ISSUES_ITS_OWN.match(fold(re.sub(r"\s+", "", clean.title)))) and (name := unit_leading_title(match.group("named"))):
        found.append(("印发的文件名开头", name))  # 关于印发《芜湖市教育局2024年工作要点》的通知: a body issues its own plan (jyj.wuhu.gov.cn)
    if clean.subtitle and (match := HOST_INSTITUTION.search(fold(re.sub(r"\s+", "", clean.subtitle)))):
        printed = re.sub(r"\s+", "", clean.subtitle)[match.start("host"):match.end("host")]
        found.append((f"副标题中的主办学校“{clean.subtitle}”", printed))  # ——在南开大学硕士研究生毕业典礼上的讲话 (www.fanwen118.com)
    for where, text in (("标题", clean.title), ("副标题", clean.subtitle)):
        if text and (match := re.match(r"^(?:——|—)?(?P<office>.{2,20}?)在", re.sub(r"\s+", "", text))):
            if (name := unit_from_byline(match.group("office"))) and not LEVEL_ONLY.match(fold(name)):
                found.append((f"{where}中的职务", name))  # ——华东师范大学校长陈群在……上的讲话 (jlgjxh.com.cn)
    if name := _compiler_of_report(clean):
        found.append(("报告开头自述的编制机关", name))
    publisher = clean.field("publisher") or ""
    if names := [name for name in bodies_in(publisher) if gazetteer.starts_with_place(name) or TOWNSHIP_BODY.fullmatch(fold(name))][:1]:
        found.append(("门户网站信息表“发布机构”", names[0]))  # last: a portal's posting office, trusted only when named in full
    return found


def _compiler_of_report(clean: CleanText) -> str | None:
    """The body a 政府信息公开工作年度报告 says compiled it in its opening, as the national template words it
    (本年度报告由石狮市人民政府办公室根据……编制: www.shishi.gov.cn; 本报告根据……要求,由朔州市统计局编制: szxxgk.shuozhou.gov.cn;
    ……黄龙县市场监督管理局结合单位实际,编制本单位2022年度政务公开工作年度报告: www.hlx.gov.cn; ……现编制形成
    《漳州市司法局2021年政府信息公开工作年度报告》: sfj.zhangzhou.gov.cn)."""
    opening = fold(re.sub(r"\s+", "", clean.blocks[0].text)) if clean.blocks else ""
    for pattern in (COMPILED_BY, COMPILES_ITS_OWN):
        if (match := pattern.search(opening)) and is_body_name(match.group("body")):
            return match.group("body")
    if match := COMPILED_AS.search(opening):
        return unit_of_disclosure_report(match.group("title"))
    return _subject_of_overview(clean) or _contact_of_report(clean)


def _contact_of_report(clean: CleanText) -> str | None:
    """The office a report's readers are asked to contact, as the national template words it, where the report
    names no compiler (如对报告有任何疑问,请与章贡区人民政府水东镇办公室联系: www.zgq.gov.cn)."""
    for block in clean.blocks[:OVERVIEW_WITHIN]:
        if (match := ASKS_TO_CONTACT.search(fold(re.sub(r"\s+", "", block.text)))) and is_body_name(match.group("body")):
            office = match.group("body")
            bureau = office.removesuffix("办公室")
            return bureau if bureau.endswith("局") and is_body_name(bureau) else office  # a bureau's office answers for the bureau (惠安县卫生健康局办公室: huian.gov.cn)
    return None


def _subject_of_overview(clean: CleanText) -> str | None:
    """The body whose year the report's overview opens with, under the template's 一、总体情况
    (2021年,城厢区司法局进一步明确……: www.chengxiang.gov.cn; (一)总体情况 / 2021年,海口市龙华区司法局认真贯彻……: lhqzf.haikou.gov.cn)."""
    texts = [fold(re.sub(r"\s+", "", block.text)) for block in clean.blocks[:OVERVIEW_WITHIN]]
    for index, text in enumerate(texts[:-1]):
        if OVERVIEW_HEADING.match(text) and (match := OVERVIEW_SUBJECT.match(texts[index + 1])) and is_body_name(match.group("body")):
            return re.sub(r"\s+", "", clean.blocks[index + 1].text)[match.start("body"):match.end("body")]
    return None


def _cover_signature(clean: CleanText) -> str | None:
    """The body signing a cover letter whose end the copy lacks: its name on the line above the date
    that stands alone after the first sentences (……请认真贯彻执行。 / 明溪县人民政府办公室 / 2018年3月16日: www.fjmx.gov.cn)."""
    blocks = [block.text for block in clean.blocks[:COVER_BLOCKS]]
    for index in range(1, len(blocks)):
        if SIGNED_DATE.match(blocks[index]) and is_body_name(blocks[index - 1]):
            return re.sub(r"\s+", "", blocks[index - 1])
    return None


def government_of_report(clean: CleanText) -> tuple[str, str] | None:
    """A 政府工作报告 is the government's report to the congress its subtitle names
    (——2011年1月16日在深圳市第五届人民代表大会第二次会议上: www.sz.gov.cn, 深圳市人民政府)."""
    if not clean.title or not GOVERNMENT_REPORT.search(TRAILING_BRACKET.sub("", fold(re.sub(r"\s+", "", clean.title)))):  # 2010年政府工作报告(全文) (www.yangling.gov.cn)
        return None
    for line in (clean.subtitle, *clean.byline):
        if line and (match := CONGRESS_SESSION.search(fold(re.sub(r"\s+", "", line)))):
            place = re.sub(r"\s+", "", line)[match.start("place"):match.end("place")]
            return (f"政府工作报告的副题“{line}”", f"{place}人民政府")
    return None


def session_adopting(clean: CleanText) -> tuple[str, str] | None:
    """A congress's 决议 is the act of the session that adopted it, as its note names it
    ((2011年2月27日湖北省第十一届人民代表大会第四次会议通过): www.hppc.gov.cn; yfxrd.gov.cn)."""
    for line in clean.byline:
        if match := ADOPTING_SESSION.search(fold(re.sub(r"\s+", "", line))):
            printed = re.sub(r"\s+", "", line)
            return (f"题注“{line}”", printed[match.start("session"):match.end("session")])
    return None


def issuer_candidates(clean: CleanText, genre: str | None) -> list[tuple[str, str]]:
    """Where the document names its issuer, most trusted first; a report's headline names whom it reports on
    (应城市杨河镇科学精准部署……工作), not its issuer."""
    return [(where, name) for where, name in _issuer_candidates(clean) if not (genre == "新闻报道" and where.startswith("标题"))]


def find_unit(clean: CleanText, candidates: list[tuple[str, str]], evidence: dict, genre: str | None = None) -> str | None:
    """The issuing or speaking body as printed where the document names its issuer; never a mere mention."""
    if genre == "决议" and (session := session_adopting(clean)):
        candidates = [session, *candidates]
    if not candidates:
        return None
    where, name = candidates[0]
    # the same body named in full elsewhere: a signature's short name under a title that opens with it whole
    # (領導小組辦公室 / 保定市清苑區應對新冠肺炎疫情工作領導小組辦公室關於……: crsrw.com)
    where, name = next(((other_where, other) for other_where, other in candidates[1:] if len(other) > len(name) and fold(other).endswith(fold(name))), (where, name))
    evidence["unit"] = where
    return name


def find_place(unit: str | None, clean: CleanText, candidates: list[tuple[str, str]], evidence: dict, genre: str | None = None) -> str | None:
    """The division whose body issued the document, from the names of its issuers (down to county level).

    A document dated in the Republic-of-China calendar (中華民國110年) whose issuer names
    no place is from a Taiwan body: 台湾省, as GB/T 2260 names it.
    """
    # last, a portal's posting office, which names where even when the issuer's own name does not
    # (发布机构 沂水县沙沟镇 for a town government's report: www.yishui.gov.cn)
    if unit is not None and fold(unit).startswith(tuple(grammar().central)):
        return None  # a central body's text has no place, whatever its title or text names (国务院办公厅 / 北京市……方案)
    sources = [unit or "", *clean.signature, clean.field("issuer") or "", *(name for _, name in candidates), clean.field("publisher") or ""]
    for text in sources:
        if text and (place := gazetteer.place_of(text)):
            evidence["place"] = f"发文机关“{text}”"
            return place
    for text in (unit or "", *(name for _, name in candidates)):
        if text and (place := regional_place(text)):
            evidence["place"] = f"发文机关“{text}”"  # 渠务署 (www.dsd.gov.hk), 臺東縣政府: named without a division of GB/T 2260
            return place
    for text in (unit or "", *(name for _, name in candidates)):
        if text and is_body_name(text) and (place := gazetteer.place_of_stem(text)):
            evidence["place"] = f"发文机关“{text}”开头的地名"  # 广州华夏职业学院 (www.gzhxtc.edu.cn): a city named without 市
            return place
    context = "\n".join([clean.title or "", *(block.text for block in clean.blocks)])
    for text in sources:
        if text and (place := gazetteer.township_place(text, context)):
            evidence["place"] = f"发文机关“{text}”所在乡镇"  # 杜楼镇人民政府 (www.ahxx.gov.cn): the township's county
            return place
    number = fold(clean.doc_number or "")
    province = rules.province_abbreviations().get(number[:1]) if PROVINCIAL_NUMBER.match(number) else None
    # a city's office unnamed is no province's, unless the province is a city (宁政办规字 of 南京's 市政府办公厅: njdaily.cn)
    if unit and province and not gazetteer.place_of(unit) and (not fold(unit).startswith("市") or province.endswith("市")):
        evidence["place"] = f"发文字号“{clean.doc_number}”的省份简称"
        return province
    if clean.title and genre != "新闻报道" and (leading := gazetteer.leading_place(LEADING_YEAR.sub("", clean.title))) and (place := gazetteer.place_of(leading)):
        evidence["place"] = f"标题开头的地名“{leading}”"  # 汕尾市制定地方性法规条例 (www.html360.com): a local text opens with its place
        return place
    # a local text's title names its own division where its issuer's name does not (关于召开舒城县第十五届人民代表大会第三次会议的通知:
    # www.ahscrd.gov.cn; 关于2024年阳东区十件民生实事完成情况的通报: www.yangdong.gov.cn); a national body's names the place it concerns
    # (农业农村部办公厅关于公布第一批……示范县创建名单的通知: geroptin), and so does a title that opens with a national body
    if clean.title and genre != "新闻报道" and not (unit and is_national(unit)) and not is_national(clean.title) and (place := gazetteer.place_of(clean.title)):
        evidence["place"] = f"标题中的地名“{clean.title}”"
        return place
    printed = "\n".join([*clean.byline, clean.signed_date or "", *(value for _, value in clean.fields), *(block.text for block in clean.blocks[:3])])
    if ROC_DATE.search(printed) and genre != "新闻报道":
        evidence["place"] = "民国纪年"
        return TAIWAN
    region = _undivided_region(clean, evidence) if genre != "新闻报道" else None  # a report names places it reports on
    return region or _site_division(clean, evidence)


def _site_division(clean: CleanText, evidence: dict) -> str | None:
    """Last of all, the division of the local government whose site the page is from, by the division code its
    site identifier opens with (SiteIDCode 3609220011: 万载县人民政府's site, www.wanzai.gov.cn)."""
    code = clean.field("site_code") or ""
    if place := gazetteer.place_of_code(code):
        evidence["place"] = f"政府网站标识码“{code}”"
    return place


def is_national(name: str) -> bool:
    """Whether a body's name (or a title opening with one) is a national organ's without a place: 国家教育督导检查组
    (www.30edu.com), a State Council ministry or its general office (农业农村部办公厅: geroptin; 国家旅游局: law265.infoeach.com)."""
    folded = fold(re.sub(r"\s+", "", name))
    if folded.startswith(tuple(grammar().central)) or NATIONAL_PREFIX.match(folded):
        return True
    ministry = MINISTRY.match(folded)
    return bool(ministry) and not gazetteer.place_of(ministry.group(0)) and not LOCAL_DEPARTMENT.search(ministry.group("name"))


def _undivided_region(clean: CleanText, evidence: dict) -> str | None:
    """Hong Kong, Macao or Taiwan, when a Traditional-script document names one of them, by its places or its own
    bodies, more often than mainland places (rules/places.yaml, undivided_regions and regional_bodies)."""
    text = "\n".join([clean.title or "", *(line for line in clean.byline if line != clean.dateline), *clean.signature, *(block.text for block in clean.blocks)])  # a dateline names where the agency filed from (中評社香港10月31日電)
    if detect_script(text) != "zh-Hant" and not SELF_NAMED_REGION.search(fold(text)):
        return None  # in Simplified script only a body's own words count (香港特别行政区前任行政长官办公室: sc.isd.gov.hk)
    # its bodies name a region as its places do: 按教青局指引 (www.fuluen.edu.mo), 库务局在这时 (fso.gov.hk)
    counts = regional_bodies_named(text)
    for region, pattern in rules.undivided_regions():
        counts[region] = counts.get(region, 0) + len(pattern.findall(text))
    named = [(region, count) for region, count in counts.items() if count]
    if len(named) != 1 or named[0][1] <= gazetteer.mainland_mentions(text):
        return None  # a mainland text copied into Traditional script names its own places more
    region = named[0][0]
    evidence["place"] = f"繁体文本提到{region}的地名或机关"
    return region


def number_in_notes(notes: tuple[str, ...], history: str | None) -> str | None:
    """A 发文字号 or 令 number printed in a law's note (……国务院令第37号发布) or a portal's legislative history."""
    for text in (*notes, history or ""):
        if match := DOC_NUMBER.search(text):
            return re.sub(r"\s+", "", match.group(0))
    return None


def _names_body_or_place(words: str) -> bool:
    return is_body_name(words) or gazetteer.is_place_name(words)


def _addressed_downward_with_arrangements(paragraphs: list[str]) -> bool:
    """A text opening with its 主送 line to the units below, which sets out arrangements (具体安排如下, 现就有关……重申如下:
    hqjt.glut.edu.cn, bwcwzb.hnie.edu.cn), is a notice whose title was not kept."""
    folded = [fold(paragraph.strip()) for paragraph in paragraphs[:FORMULA_PARAGRAPHS]]
    return bool(folded) and bool(ADDRESSED_DOWNWARD.match(folded[0])) and any(ARRANGED_BELOW.search(paragraph) for paragraph in folded[1:])


def _opens_with_disclosure_overview(paragraphs: list[str]) -> bool:
    """A disclosure report whose title and preamble were lost opens with the template's first section,
    一、总体情况, on what was disclosed (www.xiongxian.gov.cn; www.lianhu.gov.cn: ……贯彻落实《中华人民共和国政府信息公开条例》……;
    www.zhongcaigou.com: (一)主动公开)."""
    folded = [fold(re.sub(r"\s+", "", paragraph)) for paragraph in paragraphs[:OVERVIEW_OPENS_WITHIN + OVERVIEW_TOLD_WITHIN]]
    return any(OVERVIEW_HEADING.match(heading) and any(DISCLOSURE_WORDS.search(told) for told in folded[index + 1:index + 1 + OVERVIEW_TOLD_WITHIN])
               for index, heading in enumerate(folded[:OVERVIEW_OPENS_WITHIN]))


def find_genre(title: str | None, original_name: str | None, subtitle: str | None = None, paragraphs: list[str] | None = None,
               preface: str | None = None) -> str | None:
    """The genre the title (or subtitle, or sold file's name) ends with; else the text's own formulas
    (特此通知, 通知如下), a speech's opening (同志们:) or the page's line announcing it (以下为发言全文:: `preface`)."""
    for name in (title, subtitle, clean_title(original_name) if original_name else None):
        if not name:
            continue
        core = fold(TRAILING_BRACKET.sub("", re.sub(r"\s+", "", name)))
        core = COLLECTION_COUNT.sub("", TRAILING_BRACKET.sub("", core)).rstrip("!！。.")  # ……開放公告!!!! (www.kmnp.gov.tw)
        if (REPORT_RECEIVED.search(core) or LECTURE_GIVEN.search(re.split(r"[:：]|-{2,}|——", core, maxsplit=1)[0])) and not core.startswith("关于"):
            return "新闻报道"  # 区人大代表分组审议区政府工作报告……: a headline on a report, not the report
        for core in dict.fromkeys((core, FULL_TEXT_MARK.sub("", core))):  # else before a mark of the copy: ……JP致辭全文 (www.doj.gov.hk), ……主席致詞稿 (www.dpp.org.tw)
            head = re.split(r"[:：]", core, maxsplit=1)[0]
            found = [(genre, match) for genre, pattern in rules.genres() if (match := pattern.search(core))]
            if found:
                break
        # the genre a title declares before its colon (创先争优调研论文:……的几点思考), else the 文种 it ends with, outrank
        # a genre word inside it (关于开展“我来讲党课”活动的通知)
        declared = [genre for genre, match in found if match.end() == len(head) < len(core)]
        at_end = [genre for genre, match in found if match.end() == len(core)]
        if declared or at_end or found:
            genre = (declared or at_end or [genre for genre, _ in found])[0]
            if genre == "讲话" and SPOKE_AT.search(core) and any(NEWS_LEDE.match(lede) for lede in map(fold, (paragraphs or [])[:LEDE_PARAGRAPHS])):
                return "新闻报道"  # ……王清义在……会议上讲话 over 12月25日下午,我校……召开……: a headline saying who spoke (news.ncwu.edu.cn)
            if genre != "新闻报道" and (issued := ISSUED_IN_HEADLINE.match(core)) and _names_body_or_place(issued.group("subject")):
                return "新闻报道"
            if genre == "新闻报道" and _is_record(paragraphs or []):
                return "纪要"  # 泉山街道召开……攻坚会 over the meeting's record (www.tja.gov.cn)
            if genre == "新闻报道" and paragraphs and SPEECH_OPENING.match(fold(paragraphs[0])):
                return "致辞" if _opens_ceremony(paragraphs) else "讲话"  # 第四届世界韩氏恳亲会……隆重召开 over 尊敬的各位领导……: the page prints the speech (bjlianheng.com)
            return genre
    if title and rules.unlisted_kind(fold(TRAILING_BRACKET.sub("", re.sub(r"\s+", "", title)))):
        return None  # a letter (……致广大农民朋友的公开信) greets its readers as a speech its hearers
    paragraphs = paragraphs or []
    ends = [fold(paragraph) for paragraph in paragraphs[:FORMULA_PARAGRAPHS] + paragraphs[-FORMULA_PARAGRAPHS:]]
    for pattern, genre in rules.closing_formulas():
        if any(pattern.search(paragraph) for paragraph in ends):
            return genre
    if paragraphs and COMPILES_A_REPORT.match(fold(re.sub(r"\s+", "", paragraphs[0]))):
        return "报告"  # a disclosure report opening as the template does, its title lost (本报告根据……编制: www.zgq.gov.cn; ……制作: zltq.gov.cn)
    if _opens_with_disclosure_overview(paragraphs):
        return "报告"
    if preface and (announced := SPEECH_IN_FULL.search(fold(preface))):
        return _announced_genre(announced, paragraphs)  # the page's line above the speech printed whole (以下是獻詞原文:)
    if paragraphs and SPEECH_OPENING.match(fold(paragraphs[0])):
        return "致辞" if _opens_ceremony(paragraphs) else "讲话"
    if paragraphs and SPEAKS_FOR.match(fold(paragraphs[0])):
        return "讲话"
    if intro := _speech_in_full(paragraphs):
        return _announced_genre(intro[1], paragraphs[intro[0] + 1:])  # a speech printed in full after the page's note on it
    if paragraphs and (named := SELF_NAMED_LAW.match(fold(paragraphs[0]))):
        return named.group("genre")  # 第一條 本自治條例依…… (kinsha.kinmen.gov.tw), 本細則依消防法…… (law.nfa.gov.tw): a law's first article names its kind
    if named := next((match for paragraph in paragraphs[:FORMULA_PARAGRAPHS] if (match := ENACTS_ITSELF.match(fold(paragraph)))), None):
        return named.group("genre")  # 第一條 為了……,根據……,制定本規則。 (m.mllesccreations.com): or says what it enacts
    if printed_whole := _document_in_full(paragraphs):
        return printed_whole
    if _is_record(paragraphs):
        return "纪要"
    if _addressed_downward_with_arrangements(paragraphs) or any(LABELLED_NOTICE.match(fold(paragraph)) for paragraph in paragraphs[:FORMULA_PARAGRAPHS]):
        return "通知"
    if any(WE_CONVENE.match(opening) for opening in map(fold, paragraphs[:GREETING_PARAGRAPHS])):
        return "致辞" if _opens_ceremony(paragraphs) else "讲话"  # 今天我们召开区委工作会议,……: the speaker's own words (laobiganer.com)
    if any(RELATIVE_DAY.search(lede) for lede in map(fold, paragraphs[:LEDE_PARAGRAPHS])):
        return "新闻报道"
    # the lede may follow a pulled quote (“发展党员工作,一般要经过5个阶段……” then 近日,江山市……召开: www.zjdj.com.cn)
    if any(NEWS_LEDE.match(lede) or NEWS_LEDE_AFTER_PURPOSE.match(lede) for lede in map(fold, paragraphs[:LEDE_PARAGRAPHS])):
        return "新闻报道"
    if (title and (speaker := BODY_SAYS.match(fold(re.sub(r"\s+", "", title)))) and (is_body_name(speaker.group("body")) or gazetteer.place_of(speaker.group("body")))
            and not any(pattern.search(speaker.group("body")) for _, pattern in rules.genres())):  # not 干部培训心得体会:……
        return "新闻报道"  # 国家卫健委:以县域为单位打造15分钟医疗卫生服务圈 (cuiru123.com), 新疆:棉花產量占全國一半: a headline quoting a body or a place
    if title and NEWS_HEADLINE.search(fold(title)) and not SPEECH.search(fold(title)):
        return "新闻报道"
    if title and _subject_acts(fold(title)):
        return "新闻报道"
    if len(REPORTED_SPEECH.findall(fold("\n".join(paragraphs)))) >= REPORTED_SPEECH_MIN:
        return "新闻报道"
    if any(SEASONAL_GREETING.search(opening) for opening in map(fold, paragraphs[:GREETING_PARAGRAPHS])):
        return "致辞"
    if any(GREETS_HEARERS.match(opening) for opening in map(fold, paragraphs[:GREETING_PARAGRAPHS])):
        return "讲话"
    if any(SPEAKERS_OWN_VOICE.match(opening) for opening in map(fold, paragraphs[:GREETING_PARAGRAPHS])):
        return "致辞" if _opens_ceremony(paragraphs) else "讲话"
    if named := next((match for paragraph in paragraphs if (match := SELF_REFERENCE.search(fold(paragraph)))), None):
        return named.group("genre") or named.group("closing")  # ……目录以本通告为准 (dachuan.gov.cn), 特此通告 above a table of names: the text names itself anywhere
    return None


def _is_record(paragraphs: list[str]) -> bool:
    """A meeting's record, opening field by field (会议地点: / 会议主持人: / 参会人员: / 会议内容:: www.tja.gov.cn)."""
    return sum(1 for paragraph in paragraphs[:RECORD_HEAD_PARAGRAPHS] if RECORD_FIELD.match(fold(paragraph))) >= RECORD_FIELDS_MIN


def _announced_genre(announcement: re.Match, speech: list[str]) -> str:
    """An address (致辞, 献词) is one; a speech announced as 讲话, 发言 or 演辞 is one too where it opens a ceremony."""
    if (announcement.group("word") or announcement.group("spoken")) in ADDRESS_WORDS:
        return "致辞"
    return "致辞" if CEREMONY.search(fold(announcement.group(0))) or (speech and SPEECH_OPENING.match(fold(speech[0])) and _opens_ceremony(speech)) else "讲话"


def _opens_ceremony(speech: list[str]) -> bool:
    """The speech's salutation, or its first words after it (and a 大家好!), open a ceremony or greet the season."""
    opening = next((paragraph for paragraph in map(fold, speech[1:FORMULA_PARAGRAPHS + 1]) if not (BARE_GREETING.fullmatch(paragraph) or SPEECH_OPENING.match(paragraph))), "")
    salutation = re.split(r"[:：﹕]", fold(speech[0]), maxsplit=1)[0]
    return bool(CEREMONY.search(salutation) or CEREMONY.search(opening))


def _document_in_full(paragraphs: list[str]) -> str | None:
    """The genre of a document a report announces and then prints whole (新華社北京12月5日電 近日,中共中央辦公廳、國務院辦公廳
    印發了《……五年行動方案(2021—2025年)》…… / 《……五年行動方案(2021—2025年)》全文如下。: hujun, 8ice): the page carries the document."""
    for paragraph in map(fold, paragraphs[:FORMULA_PARAGRAPHS]):
        if match := PRINTED_IN_FULL.search(paragraph):
            return find_genre(match.group("name"), None)
    return None


def _speech_in_full(paragraphs: list[str]) -> tuple[int, re.Match] | None:
    """Where the page's note above a speech printed in full ends (……寄语新生,以下为发言全文:), and its words."""
    return next(((index, match) for index, paragraph in enumerate(paragraphs[:FORMULA_PARAGRAPHS]) if (match := SPEECH_IN_FULL.search(fold(paragraph)))), None)


def _speech_after_dateline(paragraphs: list[str]) -> bool:
    """The dateline's sentence announces the speech printed below it (……发表了二〇二一年新年贺词。全文如下:); a report
    that goes on before the speech it prints is a report (……以下为张国良致辞全文: after a paragraph of news: sp.wenweipo.com)."""
    intro = _speech_in_full(paragraphs)
    return intro is not None and intro[0] == 0


def _speech_intro(paragraphs: list[str]) -> tuple[str, ...]:
    """The page's note above a speech printed in full, which may name the speaker."""
    intro = _speech_in_full(paragraphs)
    return tuple(paragraphs[: intro[0] + 1]) if intro else ()


def _subject_acts(title: str) -> bool:
    if not (match := SUBJECT_ACTS.match(title)):
        return False
    subject = match.group("subject")
    return gazetteer.starts_with_place(subject) or any(subject.startswith(name) for name in bodies_in(subject))


def find_themes(title: str, text: str) -> tuple[str, ...]:
    scored = []
    for theme in rules.themes():
        hits = sum(text.count(keyword) + TITLE_WEIGHT * title.count(keyword) for keyword in theme.keywords)
        if hits >= theme.min_hits:
            scored.append((hits, theme.name))
    scored.sort(key=lambda item: -item[0])
    return tuple(name for _, name in scored[:MAX_THEMES])


def completeness(clean: CleanText, paragraphs: list[str]) -> tuple[bool, str | None]:
    """False when the source is a truncated preview; the reason says how that was seen."""
    if clean.truncated_by:
        return False, f"截断：{clean.truncated_by}"
    announced = ANNOUNCED_PARTS.search("\n".join(paragraphs[:4]))
    if announced:
        expected = CHINESE_DIGITS[announced.group(1) or announced.group(2)]
        present = [chinese_number(match.group(1)) for block in clean.blocks if (match := TOP_HEADING_NUMBER.match(block.text))]
        highest = max((number for number in present if number), default=0)
        if 0 < highest < expected:
            return False, f"开头说“{announced.group(0)}”，正文只到第{highest}部分"
    return True, None


def detect_script(text: str) -> str:
    """zh-Hant when a noticeable share of characters change under Traditional-to-Simplified folding."""
    han = "".join(char for char in text if "\u4e00" <= char <= "\u9fff")
    if not han:
        return "zh-Hans"
    changed = sum(1 for before, after in zip(han, fold(han)) if before != after)
    return "zh-Hant" if changed / len(han) > HANT_THRESHOLD else "zh-Hans"
