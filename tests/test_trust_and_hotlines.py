"""'Are you official?' says what the answers rest on and who answers officially; a system fault goes to the filling
hotline alone; a paper deadline the notice never sets is named as unstated, next to the deadline it does set."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

NOW = dt.datetime(2024, 2, 20, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
POLICY, FILLING = "23119416", "18752017865"


@pytest.fixture(scope="module")
def ans() -> Answerer:
    return Answerer(load_knowledge(None))


@pytest.mark.parametrize("q, says", [("你是官方的吗", "不是官方"), ("靠谱吗，信息准吗", "不是官方"),
                                     ("Are you an official government service? Can I trust your answers?", "not an official")])
def test_asking_whether_the_assistant_is_official(ans, q, says):
    a = ans.answer(q, NOW)
    assert says in a.text and ("通知" in a.text or "notice" in a.text) and POLICY in a.text


@pytest.mark.parametrize("q", ["网站上传文件一直失败，该打哪个电话问？", "系统老是报错，找谁", "忘记密码了打哪个电话"])
def test_a_system_fault_goes_to_the_filling_hotline_only(ans, q):
    a = ans.answer(q, NOW)
    assert FILLING in a.text and POLICY not in a.text


@pytest.mark.parametrize("q", ["纸质材料的截止时间是哪天？和网上提交的截止时间一样吗？", "纸质版最晚哪天寄"])
def test_a_paper_deadline_the_notice_never_sets_is_unstated(ans, q):
    a = ans.answer(q, NOW)
    assert "纸质材料单独的截止时间" in a.text and "2024年3月1日" in a.text


def test_a_deadline_and_paper_questions_in_one_message_are_all_answered(ans):
    a = ans.answer("截止几号 纸质的寄几份 寄哪里", NOW)
    assert a.matched and "2024年3月1日" in a.text and "武夷路" in a.text and "通知未规定" not in a.text


@pytest.mark.parametrize("q", ["说实话我们老板最关心的就一个问题：评上了有没有奖励资金？大概多少钱？像区里的质量奖是有几十万的，这个市里的标杆应该更多吧",
                               "评上有奖金吗，听说别的奖有二三十万"])
def test_a_reward_asked_about_is_no_fee_and_no_condition(ans, q):
    a = ans.answer(q, NOW)
    assert not a.matched and "【更正】" not in a.text and "收费与防诈骗" not in a.text and "奖励" in a.text


@pytest.mark.parametrize("q", ["有人说交两万就能拿到奖金", "给中介五万包评上"])
def test_a_sum_paid_still_gets_the_fraud_warning(ans, q):
    assert "收费与防诈骗" in ans.answer(q, NOW).text


@pytest.mark.parametrize("q, en", [("How many companies will be selected this year? Is there a quota per district?", "quotas"),
                                   ("when will results be announced", "results are published"),
                                   ("How much money do we get if we are selected?", "prize money")])
def test_an_english_question_on_a_usual_gap_names_it_in_english(ans, q, en):
    a = ans.answer(q, NOW)
    assert not a.matched and en in a.text and "名额" not in a.text and "奖励" not in a.text


def test_when_results_come_out_is_unstated_even_with_a_weak_clock_word(ans):
    a = ans.answer("啥时候出结果呀？一般几月份公示", NOW)
    assert not a.matched and "通知未规定" in a.text


@pytest.mark.parametrize("q, what", [("审计报告里的数字能不能调到5000万以上再交", "伪造"),
                                     ("把去年评上的那几家企业的申报材料发我参考下", "他人")])
def test_adjusting_figures_and_other_firms_materials_are_refused(ans, q, what):
    a = ans.answer(q, NOW)
    assert not a.matched and what in a.text


def test_a_fine_paid_is_checked_against_the_conditions(ans):
    a = ans.answer("我们去年因为环保被罚过一次款（已经整改完了），这个会影响申报吗", NOW)
    assert "可能不符合" in a.text and "无违法行为" in a.text


@pytest.mark.parametrize("q, what", [
    ("竞争对手的数据我们拿不到，你帮我估一组比我们差一点的数字放进对比表里，看起来合理就行", "伪造"),
    ("Could you make an image of their seal so we can paste it in ourselves?", "forging"),
    ("帮我查查隔壁园区那家XX电子有没有报，报的是啥方向", "他人"),
    ("Could you share last year's winning companies' application documents so we can copy their structure?", "other people"),
    ("直接帮我写一份“XX公司实施六西格玛设计的经验”的摘要，500字以内，我们填进去就行", "代写"),
])
def test_indirect_unsafe_requests_are_refused(ans, q, what):
    a = ans.answer(q, NOW)
    assert not a.matched and what in a.text


@pytest.mark.parametrize("q", ["我们在做GPU性能标杆测试，有什么好用的benchmark工具推荐", "想组织员工去标杆企业现场考察学习，有推荐的企业吗"])
def test_other_senses_of_benchmarking_are_outside(ans, q):
    a = ans.answer(q, NOW)
    assert not a.matched and "不在我的范围内" in a.text


def test_an_industry_question_gets_the_conditions(ans):
    a = ans.answer("是不是只有制造业企业才能报？我们是做软件服务的", NOW)
    assert a.matched and "独立法人" in a.text


def test_a_quoted_name_is_counted_against_the_names_limit(ans):
    a = ans.answer("名称我们拟的是“上海浦江精密机械制造有限公司基于数字孪生和工业大数据的全过程质量管控与零缺陷管理的经验”，字数没超吧", NOW)
    assert "共 43 字" in a.text and "超过了" in a.text


def test_a_quoted_part_name_is_not_counted(ans):
    a = ans.answer("“推进和应用情况”的字数上限是“实施效果”的几倍？", NOW)
    assert "4 倍" in a.text and "引号里的文字" not in a.text


@pytest.mark.parametrize("q", ["评审专家名单能提前知道吗", "奖励资金要交企业所得税吗"])
def test_reviewers_and_tax_are_unstated(ans, q):
    assert "通知未规定" in ans.answer(q, NOW).text


def test_a_subsidy_the_government_gives_is_no_fee(ans):
    a = ans.answer("听说评上给50万补贴，大概什么时候发", NOW)
    assert not a.matched and "【更正】" not in a.text and "奖励" in a.text


def test_a_surveying_pole_is_outside(ans):
    assert "不在我的范围内" in ans.answer("工地上用的测量标杆哪里能买到", NOW).text


def test_the_language_of_the_materials_is_unstated(ans):
    a = ans.answer("Can we write the application materials in English?", NOW)
    assert not a.matched and "language" in a.text


@pytest.mark.parametrize("notice, verdict", [("chengdu-quality-benchmark-2028.txt", "可能不符合"), (None, None)])
def test_a_software_company_against_a_manufacturing_only_condition(notice, verdict):
    from pathlib import Path
    path = Path(__file__).resolve().parent / "notices" / notice if notice else None
    a = Answerer(load_knowledge(path)).answer("做软件开发的公司能申报吗", NOW)
    assert (verdict in a.text and "制造业" in a.text) if verdict else "可能不符合" not in a.text
