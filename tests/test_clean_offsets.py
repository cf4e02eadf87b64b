"""Property tests: the cleaner's offset map is exact, whatever noise the input carries."""

from hypothesis import given
from hypothesis import strategies as st

from gongbu.text import clean

GLOSSES = ["(tǒng)", "(xié)", "(dong)", "(wàn)", "(yè)", "（chǎn）"]
PIECES = ["統", "協", "東", "西", "億", "萬", "元", "名", "8", "９", "．", "，", ",,", "。。", "、、", "\n", " "]
PIECES += ["\u3000", "*", "?", "\x00", "\ud800", "\x1b", "a", "Ａ", "滬滇"]
NOISE = st.sampled_from(PIECES + GLOSSES)
texts = st.lists(st.one_of(NOISE, st.text(max_size=3)), max_size=40).map("".join)


@given(texts)
def test_map_is_monotone_and_inside_the_original(text):
    c = clean(text)
    assert len(c.starts) == len(c.ends) == len(c.text)
    for i in range(len(c.text)):
        assert 0 <= c.starts[i] < c.ends[i] <= len(text)
        if i:
            assert c.starts[i - 1] < c.starts[i]
            assert c.ends[i - 1] <= c.starts[i]


@given(texts, st.data())
def test_spans_round_trip(text, data):
    c = clean(text)
    n = len(c.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    a, b = c.span_to_original(start, end)
    assert 0 <= a <= b <= len(text)
    assert c.original_to_span(a, b) == (start, end)


@given(texts)
def test_every_kept_character_is_its_original_or_its_cleaned_form(text):
    c = clean(text)
    for i, ch in enumerate(c.text):
        orig = text[c.starts[i]]
        assert ch == orig or ord(orig) > 127 or ord(orig) < 0x20 or orig == "\x7f"


@given(st.text(alphabet=st.sampled_from("統協東億萬貧困扶"), min_size=1, max_size=20), st.data())
def test_glosses_vanish_and_belong_to_their_character(word, data):
    k = data.draw(st.integers(0, len(word) - 1))
    gloss = data.draw(st.sampled_from(GLOSSES))
    text = word[: k + 1] + gloss + word[k + 1 :]
    c = clean(text)
    assert len(c.text) == len(word)
    assert c.span_to_original(k, k + 1) == (k, k + 1 + len(gloss))
