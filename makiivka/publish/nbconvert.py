"""What nbconvert makes of makiivka's notebooks: chart images with their description, offline.

nbconvert's HTML (``jupyter nbconvert --to html``, JupyterLab's "Export Notebook
As HTML") draws a chart output from its PNG with the alt text "No description
has been provided for this image" (its template reads no alt text), and every
page loads require.js and MathJax from a CDN. :class:`OfflineCharts`, which
:func:`makiivka.publish.jupyter.install` registers for this environment, changes
the copy nbconvert converts (never the notebook) of makiivka's notebooks only
(kernelspec ``makiivka``):

- each chart output becomes an ``<img>`` of its PNG with the chart's description
  as ``alt`` (``metadata["image/png"]["alt"]``) and its width;
- require.js, MathJax and mermaid are not loaded: the scripts' addresses become
  empty ``data:`` URLs (our notebooks hold no math, widget or diagram), so the page
  asks nothing of the network.

Other notebooks converted in this environment are left exactly as nbconvert
would convert them.
"""

from __future__ import annotations

import html

from nbconvert.preprocessors import Preprocessor

VEGALITE_MIME = "application/vnd.vegalite.v5+json"
KERNEL_NAME = "makiivka"
#: Script addresses that load nothing (the templates always write a script element).
NO_SCRIPT = "data:text/javascript,"
SCRIPT_RESOURCES = (
    "require_js_url",
    "mathjax_url",
    "mermaid_js_url",
    "mermaid_layout_elk_js_url",
    "jquery_url",
)


def is_makiivka_notebook(notebook) -> bool:
    """Tell whether *notebook* runs on makiivka's kernel (its notebooks and templates do)."""
    return notebook.get("metadata", {}).get("kernelspec", {}).get("name") == KERNEL_NAME


def chart_image(output) -> str | None:
    """Return a chart output as an ``<img>`` with its description, or None if not a chart."""
    data = output.get("data", {})
    if VEGALITE_MIME not in data or "image/png" not in data:
        return None
    shown = output.get("metadata", {}).get("image/png", {})
    alt = shown.get("alt") or data.get("text/plain", "")
    width = f' width="{int(shown["width"])}"' if shown.get("width") else ""
    png = "".join(data["image/png"]).strip()
    return f'<img src="data:image/png;base64,{png}"{width} alt="{html.escape(alt, quote=True)}">'


class OfflineCharts(Preprocessor):
    """Give makiivka's chart images their description and load no script from a CDN."""

    def preprocess(self, nb, resources):
        if not is_makiivka_notebook(nb):
            return nb, resources
        for name in SCRIPT_RESOURCES:
            if name in resources:
                resources[name] = NO_SCRIPT
        for cell in nb.cells:
            for output in cell.get("outputs", []):
                image = chart_image(output)
                if image is not None:
                    output["data"] = {"text/html": image}
                    output["metadata"] = {}
        return nb, resources
