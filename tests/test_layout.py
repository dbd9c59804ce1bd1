"""The parts around a document's text, recognised by their form (GB/T 9704 layout, bylines, portal tables)."""
from __future__ import annotations

from datetime import date

import pytest

from archive.cleaning import clean
from archive.cleaning.layout import is_byline_line
from archive.metadata import extract
from archive.reading import read_source
from tests.conftest import ROOT

TODAY = date(2026, 1, 1)
BODY = "现将有关事项通知如下，请认真贯彻执行。"


def texts(cleaned):
    return [block.text for block in cleaned.blocks]


def test_a_gongwen_header_goes_to_metadata_not_the_title_or_the_text():
    raw = "\n".join([
        "000123", "机密★1年", "特急", "中共某某县委办公室文件", "某委办发〔2010〕15号", "签发人：王某",
        "中共某某县委办公室关于做好防汛工作的通知", "各乡镇党委，县直各单位：", BODY,
        "附件：防汛工作责任表", "中共某某县委办公室", "2010年6月5日", "（此件公开发布）",
        "抄送：县人大常委会办公室，县政府办公室。", "中共某某县委办公室 2010年6月5日印发",
    ])
    cleaned = clean(raw)
    meta = extract(cleaned, today=TODAY)
    assert cleaned.title == "中共某某县委办公室关于做好防汛工作的通知"
    assert (meta.doc_number, meta.unit, meta.genre) == ("某委办发〔2010〕15号", "中共某某县委办公室", "通知")
    assert (meta.date, meta.date_kind) == ("2010-06-05", "成文")
    assert cleaned.recipients == "各乡镇党委，县直各单位："
    assert cleaned.signature == ("中共某某县委办公室",) and cleaned.signed_date == "2010年6月5日"
    assert texts(cleaned) == ["各乡镇党委，县直各单位：", BODY, "附件：防汛工作责任表", "中共某某县委办公室", "2010年6月5日", "（此件公开发布）"]
    assert len(cleaned.cc) == 2


def test_the_signature_and_date_are_read_when_an_attachment_follows_them():
    raw = "\n".join(["某某市人民政府关于印发实施办法的通知", "各区县人民政府：", BODY, "某某市人民政府", "2016年3月1日", "附件", "实施办法", "第一条 为了规范管理，制定本办法。"])
    meta = extract(clean(raw), today=TODAY)
    assert (meta.date, meta.unit) == ("2016-03-01", "某某市人民政府")


def test_a_portal_table_with_spaced_labels_is_metadata():
    raw = "\n".join([
        "索 引 号：000014349/2018-00222 主题分类：卫生", "发文机关：国务院 成文日期：2018年12月27日",
        "标　　题：国务院关于暂时调整实施有关规定的决定", "发文字号：国发〔2018〕43号 发布日期：2018年12月29日",
        "国务院关于暂时调整实施有关规定的决定", "各省、自治区、直辖市人民政府：", BODY,
    ])
    cleaned = clean(raw)
    meta = extract(cleaned, today=TODAY)
    assert cleaned.title == "国务院关于暂时调整实施有关规定的决定"
    assert (meta.doc_number, meta.unit, meta.date, meta.date_kind, meta.genre) == ("国发〔2018〕43号", "国务院", "2018-12-27", "成文", "决定")
    assert texts(cleaned)[0] == "各省、自治区、直辖市人民政府："


def test_byline_and_label_lines_are_never_the_title():
    raw = "\n".join(["作者:张三", "资源描述：讲话稿", "在全市经济工作会议上的讲话", "——在全市经济工作会议上的报告", "（王某某）", "同志们：", "今天开会。"])
    cleaned = clean(raw)
    assert cleaned.title == "在全市经济工作会议上的讲话"
    assert cleaned.subtitle == "——在全市经济工作会议上的报告"


def test_a_title_wrapped_onto_two_lines_is_one_title_and_markdown_marks_are_not_kept():
    raw = "# 某某县住房和城乡建设局2018年度整体支出\n绩效评价报告\n为检验预算编制的科学性、合理性、规范性，开展本次评价，现将评价情况报告如下。"
    assert clean(raw).title == "某某县住房和城乡建设局2018年度整体支出绩效评价报告"


def test_speakers_in_their_printed_forms():
    opening = "同志们：\n今天开会。"
    assert extract(clean(f"政府工作报告\n国务院总理 李克强\n{opening}"), today=TODAY).speaker == "李克强"
    assert extract(clean(f"在庆祝大会上的讲话\n习　近　平\n{opening}"), today=TODAY).speaker == "习近平"
    assert extract(clean(f"在全县大会上的讲话\n（王某某）\n{opening}"), today=TODAY).speaker == "王某某"


def test_dates_in_their_printed_forms_with_their_kind():
    def dated(raw):
        meta = extract(clean(raw), today=TODAY)
        return meta.date, meta.date_kind

    assert dated("在全县大会上的讲话\n时间:2010-12-23 点击数:\n同志们：\n今天开会。") == ("2010-12-23", "页面")
    assert dated("坚定信心 奋发有为\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n各位代表：\n现在向大会报告。") == ("2017-03-05", "讲话")
    assert dated("关於檔案管理之函\n中華民國110年3月5日\n主旨：請查照。\n說明：依規定辦理。") == ("2021-03-05", "成文")
    assert dated("某某条例\n1989年5月5日 国务院第40次常务会议通过\n1989年6月17日 国务院令第37号发布\n第一条 为了加强管理，制定本条例。") == ("1989-06-17", "通过")


def test_a_county_body_is_placed_at_county_level_and_a_national_one_nowhere():
    county = extract(clean(f"中共平江县委组织部关于开展学习的通知\n各乡镇党委：\n{BODY}"), today=TODAY)
    assert (county.unit, county.place) == ("中共平江县委组织部", "湖南省岳阳市平江县")
    national = extract(clean(f"国务院办公厅关于做好防汛工作的通知\n各省、自治区、直辖市人民政府：\n在长沙召开了会议。{BODY}"), today=TODAY)
    assert national.place is None


# A law site's page (法律资料网, tests/corpus/infoeach-shenzhen-rendachangweihui-tingzheng-tiaoli-2001.txt, shortened):
# the law's name printed three times near the top, then the 公告 that promulgates it.
PROMULGATED_LAW = """深圳市人民代表大会常务委员会听证条例

深圳市人民代表大会常务委员会听证条例

广东省深圳市人大常委会

深圳市人民代表大会常务委员会听证条例

深圳市人民代表大会常务委员会公告

第三十七号

  深圳市第三届人民代表大会常务委员会第十一次会议于2001年10月17日审议通过的《深圳市人民代表大会常务委员会听证条例》业经广东省第九届人民代表大会常务委员会第二十九次会议于2001年12月3日批准,现予公布,自2002年1月1日起施行。

深圳市人民代表大会常务委员会

2001年12月26日

第一章 总 则
  第一条 为了规范深圳市人民代表大会常务委员会(以下简称常委会)的听证活动,制定本条例。
"""


def test_a_title_printed_three_times_near_the_top_is_the_title_not_a_running_header():
    assert clean(PROMULGATED_LAW).title == "深圳市人民代表大会常务委员会听证条例"


def test_the_gongao_that_promulgates_a_law_is_header_and_gives_its_number():
    text = clean(PROMULGATED_LAW)
    assert text.doc_number == "第三十七号"
    assert text.blocks[0].text.startswith("深圳市第三届人民代表大会常务委员会第十一次会议")


def test_a_first_paragraph_quoting_the_title_keeps_its_opening():
    # 内蒙古自治区人民政府令第82号 (tests/corpus/law540-infoeach-neimenggu-cunzhuang-jizhen-guihua-banfa-1997.txt)
    text = clean("内蒙古自治区村庄和集镇规划建设管理实施办法\n\n《内蒙古自治区村庄和集镇规划建设管理实施办法》已经自治区人民政府1997年第六次常务会议通过,现予发布施行。\n")
    assert text.blocks[0].text.startswith("《内蒙古自治区村庄和集镇规划建设管理实施办法》已经")


# A 范文 site's copy of a work report (tests/corpus/xindetihuiya-guangzhou-zhengfu-gongzuo-baogao-2017.txt, shortened):
# its dash and indents were lost to question marks, the office is printed against the name.
LOSSY_WORK_REPORT = """关于广州市政府工作报告
??2017年1月5日在广州市第十五届人民代表大会第一次会议上
市长温国辉
各位代表:
我代表市人民政府向大会作政府工作报告,请予审议,并请政协委员和其他列席人员提出意见。
??经济综合实力迈上新台阶。五年来,经济保持较快增长。
"""


def test_a_speech_date_and_occasion_and_an_office_glued_to_a_name_are_bylines():
    text = clean(LOSSY_WORK_REPORT)
    assert text.byline == ("2017年1月5日在广州市第十五届人民代表大会第一次会议上", "市长温国辉")
    assert text.blocks[0].text == "各位代表:"
    meta = extract(text, date(2026, 1, 1))
    assert (meta.speaker, meta.date) == ("温国辉", "2017-01-05")


def test_an_indent_lost_to_question_marks_is_not_text():
    assert clean(LOSSY_WORK_REPORT).blocks[-1].text.startswith("经济综合实力迈上新台阶")


def test_an_office_and_name_byline_is_never_the_title():
    # www.ahhy.gov.cn: the report's title is printed letter-spaced, its byline an office and a name
    text = clean("政府工作报告\n2019年2月26日在镇第十四届人民代表大会第三次会议\n魏庄镇人民政府镇长 杨杰\n各位代表:\n现在,我代表魏庄镇人民政府向大会作政府工作报告,请予以审议。\n")
    assert text.title == "政府工作报告" and "魏庄镇人民政府镇长 杨杰" in text.byline


@pytest.mark.parametrize("byline", ["旗人民政府代旗长 双宝", "州人民政府州长 陈真永"])
def test_a_banners_and_an_autonomous_prefectures_head_are_posts(byline):
    # 旗人民政府代旗长 双宝 under a banner's work report (tests/corpus/benet-wh-sunitezuoqi-zhengfu-gongzuo-baogao-2022.txt);
    # 州政府党组书记、州长陈真永 (tests/corpus/dlzrm-dali-zhouzhengfu-dangzu-kuoda-huiyi.txt)
    from archive.names import is_office_and_name

    assert is_office_and_name(byline)


def test_the_issuers_mark_is_not_joined_to_a_title_that_names_its_issuer():
    # www.xishui.gov.cn 浠水县人民政府 / 县人民政府关于印发《浠水县人民政府工作规则》的通知
    text = clean("浠水县人民政府\n县人民政府关于印发《浠水县人民政府工作规则》的通知\n各乡镇人民政府,县政府各部门:\n现将《浠水县人民政府工作规则》印发给你们,请认真贯彻执行。\n")
    assert text.title == "县人民政府关于印发《浠水县人民政府工作规则》的通知"


def test_the_documents_own_title_under_a_sites_version_of_it_is_the_title():
    # hanjia777.com: the shop's title, then the lecture's own
    text = clean("2022年度专题党课:从党史中汲取智慧和力量全力推进乡村振兴(精选文档)\n专题党课:从党史中汲取智慧和力量全力推进乡村振兴\n习近平总书记指出,一个民族要走在时代前列,就一刻不能没有理论思维。\n")
    assert text.title == "专题党课:从党史中汲取智慧和力量全力推进乡村振兴"
    assert text.blocks[0].text.startswith("习近平总书记指出")


def test_the_documents_own_title_wrapped_under_a_portals_headline_is_the_title_and_its_number_follows():
    from tests.test_cleaning import corpus_clean

    text = corpus_clean("lc123-ningzhengfa-2009-7-yuanlin-chengshi-jueding")  # 自治区政府关于命名园林城市的决定 / …… / 自治区人民政府关于 /
    assert text.title == "自治区人民政府关于命名园林城市(县城)的决定"  # 命名园林城市(县城)的决定 / 宁政发<2009>7号 / 各市、县(区)……:
    assert (text.doc_number, text.blocks[0].text) == ("宁政发<2009>7号", "各市、县(区)人民政府,自治区政府各部门、各直属机构:")


def test_a_title_printed_again_without_its_issuer_leaves_the_sites_fuller_title():
    from tests.test_cleaning import corpus_clean

    text = corpus_clean("kmsl-shilin-weijianju-17jie-4ci-37hao-jianyi-dafuhan-2020")  # 关于县第十七届人大第四次会议37建议 / 答复的函
    assert text.title.startswith("石林县卫生健康局关于")
    assert text.blocks[0].text.startswith("陈云会代表")


@pytest.mark.parametrize("name, first", [
    ("huicuiguan-dongya-yundonghui-kaimushi-zhici", "尊敬的刘延东国务委员"),  # 演讲稿1.1W / 尊敬的……:
    ("ukktv-xia-juhua-wu-wenhuajie-kaimushi-zhici-2007", "尊敬的各位来宾"),  # [致辞背景]在……上致开幕词 / 尊敬的……:
])
def test_a_pages_short_line_above_a_speechs_salutation_is_not_its_text(name, first):
    from tests.test_cleaning import corpus_clean

    assert corpus_clean(name).blocks[0].text.startswith(first)


def test_a_guest_named_above_the_salutation_or_half_a_salutation_stays_in_the_speech():
    text = clean("在开幕式上的致辞\n各位代表、\n同志们:\n今天大会开幕了。")
    assert text.blocks[0].text.startswith("各位代表、")
    text = clean("在开幕式上的致辞\n劉延東副主席\n各位嘉賓 , 各位朋友 :\n今天大会开幕了。")
    assert text.blocks[0].text == "劉延東副主席"


def test_a_heading_that_repeats_part_of_the_title_stays_in_the_text():
    # xynu.edu.cn: 中国加快构建新型农业经营体系专题调研报告, whose first section is 加快构建新型农业经营体系
    text = clean("中国加快构建新型农业经营体系专题调研报告\n加快构建新型农业经营体系\n直面“三农”新挑战的客观需要。当前我国农业发展进入新阶段。\n")
    assert text.title == "中国加快构建新型农业经营体系专题调研报告"


def test_a_speech_printed_in_full_after_its_news_dateline_is_a_speech():
    # sohu.com's copy of 李鹏's closing speech, 2002: dateline, the line introducing it, the speech
    text = clean("李鹏在九届全国人大五次会议闭幕会上的讲话\n新华社北京3月15日电各项议程进行完毕后,李鹏讲了话。 各位代表: 第九届全国人民代表大会第五次会议的各项议程已进行完毕。会议取得了圆满成功。\n")
    assert text.blocks[0].text.startswith("各位代表:")
    assert extract(text, date(2026, 1, 1)).genre == "讲话"


def test_a_notice_headed_by_its_number_and_its_title_in_book_marks():
    # per-better.com's copy of 成府发〔2003〕61号, its pinyin glosses inserted after characters and before punctuation
    text = clean("成府發(fā)〔2003〕61號(hào)《成都市人民政府關(guān)于命名錦江區(qū)鹽市口成華區(qū)新鴻路等17個(gè)街道辦事處為成都市社區(qū)建設(shè)示范街道的通報(bào)》\n"
                 "《成都市人民政府關(guān)于命名錦江區(qū)鹽市口成華區(qū)新鴻路等17個(gè)街道辦事處為成都市社區(qū)建設(shè)示范街道的通報(bào)》\n"
                 "成府發(fā)〔2003〕61號(hào)\n各區(qū)(市)縣政府,市政府各部門:\n2001年以來(lái),錦江區(qū)鹽市口等17個(gè)街道辦事處認(rèn)真貫徹中央和省市有關(guān)文件精神。\n")
    assert text.title == "成都市人民政府關于命名錦江區鹽市口成華區新鴻路等17個街道辦事處為成都市社區建設示范街道的通報"
    assert text.doc_number == "成府發〔2003〕61號"
    assert text.blocks[0].text == "各區(市)縣政府,市政府各部門:"


def test_a_headline_right_above_its_dateline_is_the_title():
    # zgsz.gov.cn: a news report of a county CPPCC meeting
    text = clean("县政协召开十届十八次常委会\n本网讯(记者 彭少 王睿)1月7日,县政协召开十届十八次常委会,县政协主席孙开武主持会议并讲话。\n")
    assert text.title == "县政协召开十届十八次常委会"


def test_a_taiwan_letterhead_gives_the_issuer_and_the_text_starts_at_its_subject():
    # www.yunlin.gov.tw: the page's heading and list, then the 公告 itself
    text = clean("為辦理「新訂虎尾(廉使地區)都市計畫」案,依法辦理公告徵求意見,特此公告周知。\n公告依據:「都市計畫草案辦理公開展覽前應行注意事項」第2點。\n內容:\n雲林縣政府 公告\n"
                 "發文日期:中華民國111年10月3日\n發文字號:府城都一字第1113614967B號\n主旨:為辦理「新訂虎尾(廉使地區)都市計畫」案,依法辦理公告徵求意見,特此公告周知。\n依據:「都市計畫草案辦理公開展覽前應注意事項」第2點。\n")
    assert text.blocks[0].text.startswith("主旨:")
    assert extract(text, date(2026, 1, 1)).unit == "雲林縣政府"


def test_a_copy_that_starts_at_the_speechs_subtitle_keeps_it_as_subtitle():
    # www.zzrd.gov.cn print page: no title, the subtitle, the byline, the salutation
    text = clean("——2009年2月6日在市十二届人大常委会第43次会议上\n市人大常委会秘书长 赵 英\n主任、各位副主任、各位委员:\n现在,我就常委会工作报告起草情况作说明。\n")
    assert text.subtitle == "——2009年2月6日在市十二届人大常委会第43次会议上"
    assert text.blocks[0].text == "主任、各位副主任、各位委员:"


def test_a_headline_quoting_after_a_colon_is_a_title_and_a_label_is_not():
    from archive.cleaning.title import rejects

    assert not rejects("全國政協閉幕:“一屆政協委員 一生政協情緣”")  # www.cri.cn (big5)
    assert not rejects("专题党课讲稿:关于加强党性修养")
    assert rejects("来源:国际在线") and rejects("作者:“张三”")


def test_a_news_headline_about_a_meeting_is_the_title():
    cleaned = clean(
        "• 当前位置:\n县委书记申文霞主持召开县委常委(扩大)会\n来源:阜城宣传 | 作者:ance | 发布时间: 2021-01-06\n"
        "1月5日,县委书记申文霞主持召开县委常委(扩大)会,县四大班子主要领导参加会议。\n会议传达了市委全会精神。\n"
    )
    assert cleaned.title == "县委书记申文霞主持召开县委常委(扩大)会"  # www.fcwmw.cn


def test_a_government_work_report_is_the_governments_named_by_its_congress():
    raw = "政府工作报告\n——2011年1月16日在深圳市第五届人民代表大会第二次会议上\n深圳市市长 许勤\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n"
    meta = extract(clean(raw), today=TODAY)
    assert meta.unit == "深圳市人民政府" and meta.place == "广东省深圳市"  # www.sz.gov.cn


def test_a_lede_after_a_purpose_clause_makes_a_news_report():
    from archive.metadata import find_genre

    assert find_genre("水车镇2022年春季护林员工作会议", None, None, ["目前,森林防灭火工作形势严峻,为切实做好2022年森林防灭火工作,3月16日上午,水车镇召开2022年春季护林员工作会议。"]) == "新闻报道"  # www.gdmx.gov.cn


def test_a_congress_resolution_is_the_act_of_the_session_that_adopted_it():
    raw = ("湖北省第十一届人民代表大会第四次会议关于湖北省高级人民法院工作报告的决议\n(2011年2月27日湖北省第十一届人民代表大会第四次会议通过)\n"
           "湖北省第十一届人民代表大会第四次会议听取和审议了湖北省高级人民法院工作报告。会议同意这个报告,决定批准这个报告。\n")
    meta = extract(clean(raw), today=TODAY)
    assert meta.genre == "决议" and meta.unit == "湖北省第十一届人民代表大会第四次会议"  # www.hppc.gov.cn


def test_a_portals_posting_office_places_a_document_whose_issuer_names_no_place():
    import dataclasses

    cleaned = clean("政府工作报告\n——2021年2月27日在沙沟镇第十六届人民代表大会第六次会议上\n各位代表：\n现在，我代表镇人民政府向大会报告工作，请予审议。\n")
    cleaned = dataclasses.replace(cleaned, fields=(("publisher", "沂水县沙沟镇"),))  # www.yishui.gov.cn
    meta = extract(cleaned, today=TODAY)
    assert meta.unit == "沙沟镇人民政府" and meta.place == "山东省临沂市沂水县"


def test_distribution_lines_spaced_out_are_taken_out_of_the_text():
    raw = "关于表彰先进党组织的决定\n各单位：\n" + BODY + "\n中共某某委员会\n2011年4月1日\n抄 報:國資委直屬機關黨委\n抄 送:會(社)領導\n"
    cleaned = clean(raw)
    assert cleaned.cc == ("抄 報:國資委直屬機關黨委", "抄 送:會(社)領導") and "抄 送" not in "".join(texts(cleaned))  # usqcn.com


def test_a_papers_authors_under_its_title_are_a_byline_even_with_the_mark_of_a_note():
    assert is_byline_line("周刚志 王振宇*")  # www.2016ccl.com
    assert is_byline_line("周刚志 王振宇")
    assert not is_byline_line("同志们 朋友们")


def test_a_signature_and_its_date_on_one_line_are_read_as_both():
    cleaned = clean("关于表彰2020年度先进的决定\n各部室:\n现决定表彰如下。\n以上决定自发布之日起正式生效。\n"
                    "附:2020年度优秀个人、优秀集体名单\n滕王阁建工集团股份有限公司 2021年2月")  # www.jxtwgjt.com
    assert (cleaned.signature, cleaned.signed_date) == (("滕王阁建工集团股份有限公司",), "2021年2月")


def test_a_publisher_and_posting_day_above_the_text_are_no_signature():
    cleaned = clean("关于清水县2023年度法治政府建设工作总结的报告的政策解读\n清水县人民政府 2024年01月08日\n"
                    "按照省市法治政府建设工作要求,我县总结了工作。\n一、主要成效。")  # www.tc.gov.cn
    assert cleaned.signed_date is None


def test_a_signature_above_a_date_whose_year_was_lost_is_read_and_dates_nothing():
    raw = "\n".join(["各乡镇人民政府、城区管委会,县政府有关部门:", "本次解除时间另行通知。", "定兴县人民政府办公室", "年12月15日",
                     "投稿、商务合作", "推荐文章"])  # dingxingzx.com: the page lost the year's digits
    meta = extract(clean(raw), today=TODAY)
    assert (meta.unit, meta.date) == ("定兴县人民政府办公室", None)


def test_an_odd_run_of_question_marks_left_by_a_lost_indent_is_not_text():
    # ??????? above a speech (tests/corpus/zhonglian-zhongke-20zhounian-dongshizhang-zhici.txt); ??? before a dateline
    # (tests/corpus/floorcovering-qingyun-18jie-renda-changwei-3ci-huiyi.txt)
    from archive.cleaning.lines import normalise_lines

    assert normalise_lines("???????\n??? 德州新聞網訊 5月27日\n?????????中共重慶市黔江區委") == ["", "德州新聞網訊 5月27日", "中共重慶市黔江區委"]
    assert normalise_lines("你说什么???") == ["你说什么???"]
    # one before Chinese (?各縣、市、區人民政府,……: tests/corpus/tube444-dazhou-jianyiyongwei-yongshi-jueding-2016.txt), not before
    # a list's number, where it stood for an icon (?8、自强不息……: kuaichafanwen)
    assert normalise_lines("?各縣、市、區人民政府,達州經開區管委會:\n?8、自强不息 38") == ["各縣、市、區人民政府,達州經開區管委會:", "?8、自强不息 38"]
    # or one for each of two spaces, apart (? ? 回顧成就……: tests/corpus/udlf-yiyuan-2018-yiliao-keyan-biaozhanghui.txt)
    assert normalise_lines("? ? 回顧成就備受鼓舞。\n? 1. 項目") == ["回顧成就備受鼓舞。", "? 1. 項目"]


def test_a_reporters_credit_after_a_papers_square_is_not_a_title():
    # □記者 趙霞 報(bào)道 above a county meeting's report (tests/corpus/slftennis-dezhou-xian-zhengfu-changwu-huiyi-baodao.txt)
    from tests.test_cleaning import corpus_clean

    assert corpus_clean("slftennis-dezhou-xian-zhengfu-changwu-huiyi-baodao").title is None


@pytest.mark.parametrize("name, title", [
    ("shangluo-swj-fangxun-baozhang-shichang-gongying-2017", "商洛市商务局关于做好当前防汛抗洪保障市场供应工作的通知"),  # / 各县(区)商务主管部门:
    ("hongzhai-xian-14-renda-4-diyici-quanti-huiyi-zhuchici", "XX县第十四届人民代表大会第四次会议第一次全体会议主持词"),  # / 各位代表:
])
def test_a_title_as_wide_as_the_wrapped_text_is_not_joined_to_the_addressees_under_it(name, title):
    from tests.robustness import wrapped_as_in_a_pdf

    raw = read_source(next((ROOT / "tests" / "corpus").glob(f"{name}.txt")))
    assert clean(wrapped_as_in_a_pdf(raw.text)).title == title


@pytest.mark.parametrize("name, first", [
    ("gsml-gov-cn-minzhengfa-2020-110-tufa-shijian-yuan", "各镇人民政府,生态工业园区管委会"),  # 关键词 发布机构 民乐县政府办 / 公开形式 主动公开 ……
    ("jishan-gov-cn-jizhengfa-2021-7-feiyi-minglu-tongzhi", "各乡(镇)人民政府,县直各有关单位"),  # 信息索引号 ……/2021-00905 发布时间 2021-08-11
])
def test_a_portal_table_with_labels_and_values_apart_by_spaces_is_metadata_even_with_an_empty_value(name, first):
    from tests.test_cleaning import corpus_clean

    assert corpus_clean(name).blocks[0].text.startswith(first)
