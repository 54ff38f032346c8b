"""The article page's legend shows what a mark looks like, with no number that reads as a count."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

TEMPLATE = Path(__file__).parents[2] / "makiivka" / "desk" / "templates" / "article.html"


@pytest.mark.parametrize(
    "line",
    [
        '<li><mark class="fig st-proposed">figure</mark> proposed</li>',
        '<li><mark class="fig st-reviewed">figure</mark> reviewed</li>',
        '<li><mark class="fig st-withdrawn">figure</mark> withdrawn</li>',
    ],
)
def test_the_legend_samples_a_word_not_a_count(line):
    legend = re.search(r'<ul class="legend".*?</ul>', TEMPLATE.read_text("utf-8"), re.S).group(0)
    assert line in legend
    assert not re.search(r"<mark[^>]*>\d", legend)
