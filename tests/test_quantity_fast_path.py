"""Written-out Chinese numerals are read without cn2an, and read as cn2an reads them."""

import itertools
import random

import cn2an
import pytest

from gongbu.normalise._quantity import parse_quantity, written_out


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("三千二百万", 32_000_000), ("一亿二千万", 120_000_000), ("十五", 15), ("两千", 2000), ("四十亿", 4_000_000_000),
     ("一百二十", 120), ("两", 2)],
)
def test_written_out_numerals_are_read_here(numeral, value):
    assert written_out(numeral) == value


@pytest.mark.parametrize("numeral", ["两万五", "三百五", "一千零五", "一亿一千", "一万亿", "二五", "十十", "", "3千"])
def test_short_forms_and_anything_unusual_are_left_to_cn2an(numeral):
    assert written_out(numeral) is None


def test_every_numeral_read_here_is_what_cn2an_reads():
    alphabet = "零一二两三四五六七八九十百千万亿"
    read = 0
    for length in range(1, 5):
        for chars in itertools.product(alphabet, repeat=length):
            s = "".join(chars)
            value = written_out(s)
            if value is not None:
                assert cn2an.cn2an(s, "smart") == value, s
                read += 1
    rng = random.Random(7)
    for _ in range(3000):
        s = cn2an.an2cn(rng.randrange(10 ** rng.randint(1, 12)))
        value = written_out(s)
        if value is not None:
            assert cn2an.cn2an(s, "smart") == value, s
            read += 1
    assert read > 1500


def test_amounts_with_written_out_numerals_keep_their_values():
    assert parse_quantity("三千二百万").value == 32_000_000
    assert parse_quantity("两万五").value == 25_000  # cn2an's reading of the spoken form
