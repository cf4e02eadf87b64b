"""Annotators' corrections change the model: gold for a new kind of organisation, then retraining.

The organisations here end in 帮扶馆 (invented shop names: 鑫源帮扶馆), a head the rules do not
know. A tiny hinted pipeline (the shipped training config, configs/ner_hints.cfg, with its
rule settings attached as ``gongbu train`` does) is trained twice on the same few hundred
short sentences: once as annotators first left them (the 帮扶馆 names unlabelled), once after
they marked those names ORG. Only the second pipeline finds 帮扶馆 names it never saw, in
sentences it never saw. About twenty seconds.
"""

import random
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

from gongbu.training.ner import attach_rules, config_path, rules_settings, train

# Many different names (pairs of characters, drawn with a fixed seed), so that what is
# learned is the head 帮扶馆 and not the names.
_CHARS = "鑫泰宏丰恒康兴嘉德顺金银玉宝春秋云雨雪川明光源华盛瑞达润隆信福乐山河林森湖岭峰溪石田园晨"
TRAIN_NAMES = tuple(random.Random(0).sample([a + b for a in _CHARS for b in _CHARS if a != b], 60))
UNSEEN_NAMES = ("绿鸿", "宇辰", "星海", "豪祥")
PLACES = ("红河州", "怒江州", "丽江市", "镇雄县", "大理州")
# {p}: a place (GPE, which the rules find), {n}{head}: the organisation.
TEMPLATES = (
    "{p}{n}帮扶馆开馆,上海市投入50万元。",
    "走进{n}帮扶馆,选派20名干部赴{p}。",
    "{n}帮扶馆展销{p}特产,销售额达120万元。",
    "在{p}的{n}帮扶馆,游客络绎不绝。",
    "云南省扶贫办与{n}帮扶馆签约,落户{p}。",
)
# Entities of kinds the rules know, ORG among them, in both trainings.
KNOWN = (("上海市", "GPE"), ("云南省扶贫办", "ORG"), ("50万元", "MONEY"), ("20名干部", "PERSON-COUNT"),
         ("120万元", "MONEY"))
UNSEEN = ("位于{p}的{n}帮扶馆今年迎来首批顾客。", "{n}帮扶馆与{p}签订协议。")


def _doc(nlp, text: str, ents: list[tuple[str, str]]):
    doc = nlp.make_doc(text)
    spans, pos = [], 0
    for surface, label in ents:
        start = text.index(surface, pos)
        spans.append(doc.char_span(start, start + len(surface), label=label, alignment_mode="strict"))
        pos = start + len(surface)
    doc.set_ents(spans, default="outside")
    return doc


def _documents(nlp, *, corrected: bool) -> list:
    docs = []
    for k, n in enumerate(TRAIN_NAMES):
        for j, template in enumerate(TEMPLATES):
            p = PLACES[(k + j) % len(PLACES)]
            text = template.format(p=p, n=n)
            ents = [(p, "GPE")] + ([(f"{n}帮扶馆", "ORG")] if corrected else [])
            ents += [(x, lab) for x, lab in KNOWN if x in text]
            docs.append(_doc(nlp, text, sorted(ents, key=lambda e: text.index(e[0]))))
    return docs


def _train(tmp: Path, *, corrected: bool):
    nlp = spacy.blank("zh")
    gold = _documents(nlp, corrected=corrected)
    DocBin(docs=gold).to_disk(tmp / "train.spacy")
    DocBin(docs=gold[:6]).to_disk(tmp / "dev.spacy")
    overrides = {
        "system.seed": 1,
        "training.seed": 1,
        "training.max_epochs": 15,
        "training.eval_frequency": 50,
        "training.batcher.size.start": 200,
        "training.batcher.size.stop": 400,
        "training.optimizer.learn_rate": 0.005,
        "training.patience": 0,
        "nlp.pipeline": ["gongbu_entity_hints", "tok2vec", "ner"],
        "components.tok2vec.model.embed.rows": [1000, 100, 50],
    }
    best = train(tmp / "out", tmp / "train.spacy", tmp / "dev.spacy", config=config_path(True), overrides=overrides)
    attach_rules(best, rules_settings(config_path(True)))
    return spacy.load(best)


@pytest.mark.slow
def test_gold_for_a_new_organisation_pattern_teaches_the_model(tmp_path: Path):
    texts = [t.format(p=PLACES[k % len(PLACES)], n=n) for k, n in enumerate(UNSEEN_NAMES) for t in UNSEEN]
    wanted = {f"{n}帮扶馆" for n in UNSEEN_NAMES}

    def found(nlp) -> set[str]:
        return {e.text for doc in nlp.pipe(texts) for e in doc.ents if e.label_ == "ORG"} & wanted

    rules = spacy.blank("zh")
    rules.add_pipe("gongbu_entity_rules")
    assert not found(rules)  # the rules miss the new pattern

    (tmp_path / "before").mkdir()
    (tmp_path / "after").mkdir()
    before = _train(tmp_path / "before", corrected=False)
    after = _train(tmp_path / "after", corrected=True)
    assert not found(before)
    assert len(found(after)) >= len(wanted) - 1, found(after)
    # Amounts still come from the rules, with their rule id.
    doc = after("走进宇辰帮扶馆,上海市投入50万元。")
    assert ("50万元", "MONEY", "money.arabic") in [(e.text, e.label_, e.ent_id_) for e in doc.ents]
