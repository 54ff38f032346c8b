"""The review desk: check and fix a story's proposed rows in the browser, beside the article.

``makiivka desk`` serves one story on 127.0.0.1 (:mod:`makiivka.desk.server`). The room sits
above ``story`` and ``extract`` and calls them: every change goes through
:mod:`makiivka.story.changes`, :mod:`makiivka.story.register` and the ingest function
(:mod:`makiivka.desk.ingesting`); nothing here writes a story file itself.

Modules: ``app`` (routes), ``guard`` (host, token, origin and CSRF checks), ``views`` (what a
page shows: rows, marks, evidence, history), ``evidence`` (the extractor's reasons, re-run on
the stored article), ``forms`` (a submitted form as a change, problems beside fields),
``proposals`` (a new row from selected text), ``ingesting`` (the one call into ingest),
``server`` (the command).
"""
