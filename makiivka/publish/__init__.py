"""Publish a story: chart exports, tidy data, the notebooks, the report, JupyterLab.

``build`` validates, runs the notebooks and writes every output at once;
``export`` renders charts and data files; ``display`` shows charts and tables in
a notebook; ``summary`` prints the gap and the revisions as text; ``lab``
opens JupyterLab. This room may import every other room.
"""
