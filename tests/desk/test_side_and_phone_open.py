"""Each row summary names the row's side, and a phone opens an article at its headline (round
27's new user: "41 dead (bodies recovered) Ahmad Rahimi" said no side; at 375 px the article
opened scrolled past its headline, to the rows)."""

from __future__ import annotations

import pytest

COURIER = "courier-2024-05-12-orlen-flood-toll-rises-to-58"


def test_each_row_summary_names_its_side(page, desk):
    page.goto(f"{desk.url}/articles/{COURIER}")
    sides = page.eval_on_selector_all(
        ".row", "rows => rows.map(r => [r.dataset.row, r.querySelector('.s-side').textContent])"
    )
    assert dict(sides) == {
        "c006": "side: Valley Authority", "c007": "side: Valley Authority",
        "c008": "side: Valley Authority", "c009": "side: Hill Front",
        "c010": "side: Ridge Council",
    }  # fmt: skip


@pytest.mark.parametrize("width", [375, 1280])
def test_an_article_opens_at_its_headline_with_the_rows_quote_in_view(browser, desk, width):
    context = browser.new_context(viewport={"width": width, "height": 667})
    tab = context.new_page()
    tab.goto(f"{desk.url}/articles/{COURIER}")
    tab.wait_for_timeout(400)  # any smooth scroll has ended
    assert tab.evaluate("window.scrollY") == 0
    headline = tab.eval_on_selector("#article-title", "h => h.getBoundingClientRect().top")
    assert 0 <= headline < 120
    # the selected row's figure is inside the article's visible box
    inside = tab.evaluate(
        """() => {
            const box = document.querySelector('.article-scroll').getBoundingClientRect();
            const mark = document.querySelector('mark.is-selected').getBoundingClientRect();
            return mark.top >= box.top && mark.bottom <= box.bottom;
        }"""
    )
    assert inside
    context.close()
