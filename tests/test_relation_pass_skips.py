"""What lets the relation rules skip passes: a pass that reads only amounts (or only counts of people)
finds nothing in a sentence without any, and a filter that amends or drops relations has nothing to do
when nothing was found, and a sentence where no two mentions fit a relation's signature relates nothing.
``_sentence_relations`` and ``extract_relations`` skip them there; these tests pin that the skip changes
no answer, on every sentence of the relation cases (a new rule that breaks it fails here)."""

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

import gongbu
import gongbu.relations as rel
from gongbu.data.markup import parse_markup
from gongbu.normalise import normalise_mentions
from gongbu.relations.frames import FRAMES
from gongbu.relations.rules import RULES

CASES = Path(__file__).parents[1] / "annotations" / "relations" / "cases.jsonl"


def _sentences():
    for line in CASES.read_text("utf-8").splitlines():
        doc = parse_markup(json.loads(line)["markup"])
        # The mentions as the pipeline hands them to the rules: with their norms.
        mentions = [SimpleNamespace(label=e.label, start=e.start, end=e.end, text=e.text, norm=n.norm)
                    for e, n in zip(doc.entities, normalise_mentions(doc.text, doc.entities), strict=True)]
        for sent in rel.iter_sentences(doc.text, mentions, min_mentions=2):
            labels = {sent.entities[k].label for k in sent.indices}
            found = [r for rule in RULES for r in rule(sent)] + [r for frame in FRAMES for r in frame(sent)]
            yield sent, labels, found


@pytest.fixture(scope="module")
def sentences():
    return list(_sentences())


def test_the_case_sentences_include_each_kind(sentences):
    kinds = {("MONEY" in labels, "PERSON-COUNT" in labels) for _, labels, _ in sentences}
    assert kinds == {(True, True), (True, False), (False, True), (False, False)}


def test_passes_on_quantities_find_nothing_without_one(sentences):
    for sent, labels, found in sentences:
        if labels & {"MONEY", "PERSON-COUNT"}:
            continue
        for frame in rel._QUANTITY_FRAMES:
            assert list(frame(sent)) == [], frame.__name__
        for step in (rel.ledger_heads, rel.ledger_items, rel.passive_givers):
            assert list(step(sent, found)) == [], step.__name__
        assert rel.mutual_exchanges(sent, found) == found


def test_passes_on_amounts_find_nothing_without_one(sentences):
    for sent, labels, found in sentences:
        if "MONEY" in labels:
            continue
        for step in (rel.money_of_givers, rel.spent_on):
            assert list(step(sent, found)) == [], step.__name__
        assert rel.funded_from(sent, found) == found
        assert rel.sales(sent, found) == found


def test_passes_on_counts_find_nothing_without_one(sentences):
    for sent, labels, found in sentences:
        if "PERSON-COUNT" in labels:
            continue
        for step in (rel.come_from, rel.sent_by, rel.counts_before_places):
            assert list(step(sent, found)) == [], step.__name__


def test_filters_have_nothing_to_do_with_nothing_found(sentences):
    filters = (rel._representatives, rel._drop_modifying_pairings, rel._drop_locating_prefectures,
               rel._drop_carried_receivers, rel._drop_bodies_as_givers, rel._drop_dateline_parties,
               rel._organisations_of_places, rel._drop_rate_destinations, rel._drop_speakers,
               rel._drop_sources, rel._nearest_marks, rel._one_pairing_per_pair)
    for sent, _, _ in sentences:
        for step in filters:
            assert step(sent, []) == [], step.__name__


# Some passes first ask whether their cue occurs anywhere in the sentence, and stop there if it does not
# (a cue found in a clause or between two mentions is also found in the whole sentence). That holds for
# a pattern that cannot look past the stretch it is searched in: no anchors, no lookarounds.
SENTENCE_GATES = ("pairing_cue", "distributive", "funded_from", "mutual")


@pytest.mark.parametrize("name", SENTENCE_GATES)
def test_cues_searched_in_the_whole_sentence_first_have_no_anchors(name):
    from gongbu.relations.rules import cues

    pattern = cues()["frames"][name]  # as written (compiled, a lookahead of its first characters may open it)
    for token in ("^", "$", "(?=", "(?!", "(?<", "\\b", "\\A", "\\Z"):
        assert token not in pattern, f"{name} holds {token}: its gate in the frames no longer holds"


def test_the_words_the_gates_look_for_are_the_cues():
    from gongbu.relations.frames import frame_patterns
    from gongbu.relations.rules import cues

    # passive_givers stops without 由; breakdowns and bare 其中 lists without 其中.
    assert frame_patterns()["passive_giver"].pattern == "由$"
    assert cues()["subsection"]["words"] == ["其中"]
    assert rel._BACK_REFERENCE.pattern.startswith("(?:向|为|给)")


def test_without_qizhong_no_clause_is_a_bare_list_item(sentences):
    # Sentence.has_qizhong short-cuts after_bare_subsection and breakdowns; asked the long way, a sentence
    # without 其中 gives the same answers.
    from gongbu.relations.frames import breakdowns, inherited_destinations

    checked = 0
    for sent, _, found in sentences:
        if sent.has_qizhong:
            continue
        gated = (list(breakdowns(sent)), inherited_destinations(sent, found))
        sent.has_qizhong = True  # as if the sentence held 其中: every step runs
        assert [sent.after_bare_subsection(c) for c in range(len(sent.clauses))] == [False] * len(sent.clauses)
        assert (list(breakdowns(sent)), inherited_destinations(sent, found)) == gated
        sent.has_qizhong = False
        checked += 1
    assert checked > 1000


def test_a_sentence_without_quantities_runs_only_the_pairing_passes(sentences):
    # FROM and TO start at an amount or a count: in a sentence with neither, _pairings_only gives what
    # every pass in turn gives, the pairs some pass took back included.
    checked = 0
    for sent, labels, _ in sentences:
        if labels & {"MONEY", "PERSON-COUNT"}:
            continue
        short = rel._pairings_only(sent)
        short_vetoed = sent.vetoed
        assert rel._every_pass(sent, money=False, counts=False) == short
        assert sent.vetoed == short_vetoed
        checked += 1
    assert checked > 200


def test_a_sentence_where_no_two_mentions_fit_a_relation_relates_nothing(sentences):
    # extract_relations reads only the sentences may_relate accepts: elsewhere every pass and the learned
    # filler give nothing that valid() keeps, and no pass reaches a mention outside its sentence.
    from gongbu.relations.learned import fill_holes

    skipped = 0
    for sent, _, _ in sentences:
        found = rel._sentence_relations(sent)
        assert {i for r in found for i in (r.head, r.tail)} <= set(sent.indices)
        if rel.may_relate(sent.entities, sent.indices):
            continue
        rules = rel.valid(((r.label, r.head, r.tail) for r in found), sent.entities, dict.fromkeys(sent.indices, 0))
        assert rules == []
        assert rel.valid(fill_holes([sent], rules), sent.entities) == []
        skipped += 1
    assert skipped > 20


def test_which_mentions_may_relate():
    def mention(label, level=None):
        return SimpleNamespace(label=label, norm={"level": level} if level else {})

    amount, place, org, pair = mention("MONEY"), mention("GPE", "city"), mention("ORG"), mention("GPE", "region_pair")
    assert rel.may_relate([amount, place], [0, 1])  # FROM or TO
    assert rel.may_relate([org, place], [0, 1])  # PAIRED: a party helps a place
    assert not rel.may_relate([org, org], [0, 1])  # PAIRED ends at a place
    assert not rel.may_relate([amount, amount], [0, 1])  # no party
    assert not rel.may_relate([amount, pair], [0, 1])  # 沪滇 is never an end
    assert not rel.may_relate([place], [0])  # one mention relates to nothing


def test_may_relate_reads_the_signatures_of_the_spec():
    # may_relate spells out these signatures: a new relation or label must be added there too.
    from gongbu.labels import RELATION_SIGNATURES

    assert RELATION_SIGNATURES == {"PAIRED": (("GPE", "ORG"), ("GPE",)),
                                   "FROM": (("MONEY", "PERSON-COUNT"), ("GPE", "ORG")),
                                   "TO": (("MONEY", "PERSON-COUNT"), ("GPE", "ORG"))}


@pytest.fixture(scope="module")
def pipeline_sentences():
    """The sentences with an amount or a count that gongbu.parse reads in the corpus documents and the
    relation cases, with the pipeline's own mentions (the cases' sentences above carry the annotators'
    mentions): each with its labels and what the rules and frames find in it."""
    from gongbu.corpus import documents

    texts = [d.text for d in documents()]
    texts += [parse_markup(json.loads(line)["markup"]).text for line in CASES.read_text("utf-8").splitlines()]
    seen = []
    read = rel._sentence_relations

    def keep(sent):
        seen.append(sent)
        return read(sent)

    with pytest.MonkeyPatch.context() as m:
        m.setattr(rel, "_sentence_relations", keep)
        for text in texts:
            gongbu.parse(text)
    out = []
    for sent in seen:
        labels = {sent.entities[k].label for k in sent.indices}
        if labels & {"MONEY", "PERSON-COUNT"}:
            found = [r for rule in RULES for r in rule(sent)] + [r for frame in FRAMES for r in frame(sent)]
            out.append((sent, labels, found))
    return out


def _shut(sent, found):
    """Which gates of ``_every_pass`` are shut for this sentence (and what the rules and frames found)."""
    from gongbu.relations.frames import REPLACING_FRAMES

    gates = rel._Gates(sent)
    return {
        "clauses": not gates.clauses,
        "pairing": not gates.pairing,
        "respective": not gates.respective,
        "mutual": not gates.mutual,
        "per_head": not gates.per_head,
        "parts": not gates.parts,
        "you": not gates.you,
        "marks": not sent.modifiers,
        "givers": not rel._Gates.wants_givers(sent, found),
        "inherit": not (sent.has_qizhong or sent.modifiers or any(r.rule in REPLACING_FRAMES for r in found)),
    }


def _finds_nothing(*steps):
    return lambda sent, found: [r for step in steps for r in step(sent, found)] == []


def _changes_nothing(*steps):
    return lambda sent, found: all(step(sent, found) == found for step in steps)


# What each gate keeps from running where it is shut; each must then find or change nothing.
GATED = {
    "clauses": _finds_nothing(rel.spent_on, rel.come_from),
    "pairing": lambda sent, found: list(rel.paired(sent)) == [],
    "respective": lambda sent, found: (list(rel.respective_pairing(sent)) == []
                                       and rel.respective_quantities(sent, found) == found),
    "mutual": _changes_nothing(rel.mutual_exchanges),
    "per_head": _changes_nothing(rel._drop_rate_destinations),
    "parts": _changes_nothing(rel.listed_parts),
    "you": _finds_nothing(rel.passive_givers, rel.built_by),
    "marks": lambda sent, found: (_finds_nothing(rel.yuan_givers)(sent, found)
                                  and _changes_nothing(rel.yuan_provinces)(sent, found)),
    "givers": _finds_nothing(rel.ledger_items, rel.money_of_givers, rel.come_from, rel.sent_by,
                             rel.counts_before_places, rel.yuan_givers),
    "inherit": _changes_nothing(rel.inherited_destinations),
}


def test_each_gated_pass_finds_and_changes_nothing_where_its_gate_is_shut(sentences, pipeline_sentences):
    # _every_pass runs some passes only where the sentence holds what they look for first (rel._Gates):
    # where a gate is shut, the pass gives nothing and changes nothing, on every sentence of the cases and
    # of the corpus.
    shut = dict.fromkeys(GATED, 0)
    for sent, labels, found in sentences + pipeline_sentences:
        if not labels & {"MONEY", "PERSON-COUNT"}:
            continue
        for name, is_shut in _shut(sent, found).items():
            if is_shut:
                shut[name] += 1
                assert GATED[name](sent, found), name
    assert min(shut.values()) > 100, shut


class _AllOpen(rel._Gates):
    def __init__(self, sent):
        super().__init__(sent)
        for name in rel._Gates.__slots__:
            setattr(self, name, True)

    @staticmethod
    def wants_givers(sent, found):
        return True


def test_the_gates_change_no_answer(sentences, pipeline_sentences, monkeypatch):
    # Every sentence with a quantity, read with the gates as they are and with every gate open: the same
    # relations in the same order, and the same pairs taken back.
    checked = 0
    for sent, labels, _ in sentences + pipeline_sentences:
        money, counts = "MONEY" in labels, "PERSON-COUNT" in labels
        if not (money or counts):
            continue
        gated = rel._every_pass(sent, money, counts)
        gated_vetoed = sent.vetoed
        with monkeypatch.context() as m:
            m.setattr(rel, "_Gates", _AllOpen)
            assert rel._every_pass(sent, money, counts) == gated
        assert sent.vetoed == gated_vetoed
        checked += 1
    assert checked > 1000
