"""Property-based fuzzing of article text: read by the stated rule or refused, never misread.

5,000 generated article texts (500 examples of 10, ``derandomize``: the same on every run),
built from news phrasing with digits of several scripts, look-alike letters, combining
marks, NUL, lone CRs, UTF-16 and huge numbers, go through what ``extract`` and ``ingest``
do first (:func:`makiivka.extract.article.article_text`) and, when accepted, through the
figure finder: no traceback, every figure within MAX_FIGURE, every quote the text's own.
In memory: nothing is written.
"""

from __future__ import annotations

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from makiivka.extract.article import article_text
from makiivka.story.problems import Problem
from makiivka.text.characters import MAX_FIGURE
from makiivka.text.quantities import find_quantities

INPUTS, BATCH = 5_000, 10
DIGITS = st.sampled_from(
    ["0123456789", "０１２３４５６７８９", "٠١٢٣٤٥٦٧٨٩", "०१२३४५६७८९", "⁰¹²³⁴⁵⁶⁷⁸⁹"]
)
NUMBER = st.one_of(
    st.integers(0, 10**20).map(str),
    st.tuples(DIGITS, st.lists(st.integers(0, 9), min_size=1, max_size=18)).map(
        lambda t: "".join(t[0][d] for d in t[1])
    ),
    st.lists(st.tuples(DIGITS, st.integers(0, 9)), min_size=1, max_size=5).map(
        lambda ds: "".join(s[d] for s, d in ds)
    ),
    st.sampled_from(["6\u033600", "4\u200b00", "1,200", "1 200", "300,000", "nine hundred quintillion",
                     "two quadrillion", "dozens", "hundreds of thousands", "one million"]),
)  # fmt: skip
WORDS = st.sampled_from([
    "more than", "m\u043ere than", "at least", "\u0430t le\u0430st", "about", "nearly", "up to",
    "the ministry said", "soldiers were killed", "wounded", "in the strike", "\x00", "\r", "\r\n",
    "\n\n", "\u202e", "roubles", "$", "£", "between", "and", "Officials said", ".",
])  # fmt: skip
TEXT = st.lists(st.one_of(NUMBER, WORDS, st.text(max_size=6)), max_size=12).map(" ".join)
ARTICLE = st.one_of(
    TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
    TEXT.map(lambda t: t.encode("utf-16-le", "surrogatepass")),
    st.binary(max_size=40),
)


def _read(blob: bytes) -> None:
    text, problems = article_text(blob, "article.txt")
    for problem in problems:
        assert isinstance(problem, Problem) and problem.line >= 1 and problem.column >= 1
        str(problem)
    if problems:
        assert text == ""
        return
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text
        for number in (q.value, q.low, q.high):
            assert number is None or 0 <= number <= MAX_FIGURE, (q, text)


def test_fuzz_article_text():
    seen = []

    @settings(
        max_examples=INPUTS // BATCH, deadline=None, database=None, derandomize=True,
        phases=[Phase.explicit, Phase.generate, Phase.shrink],
        suppress_health_check=[HealthCheck.too_slow],
    )  # fmt: skip
    @given(st.lists(ARTICLE, min_size=BATCH, max_size=BATCH))
    def run(blobs: list[bytes]) -> None:
        for blob in blobs:
            seen.append(blob)
            _read(blob)

    run()
    assert len(seen) >= INPUTS
