"""Propose ledger rows from an article: figures, metric, scope, claimant, side and date.

``figures`` drives one pass over the text; ``sentences`` splits it and tells
headline, caption and body apart; ``attribution`` finds who speaks; ``metrics``
says what a figure counts; ``context`` drops numbers that are not figures;
``links`` ties revisions and currency conversions together; ``records`` writes
the rows; ``ingest`` adds an article and its proposed rows to a story.
"""
