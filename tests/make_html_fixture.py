"""Build tests/data/html/azure-shared-responsibility.html: the corpus page
tests/data/azure-shared-responsibility.md as a browser would save it from Microsoft Learn.

The Markdown body is rendered with markdown-it-py (DocFX ``:::image`` markers as the images MS
Learn shows, ``> [!NOTE]`` as its alert boxes) and wrapped in a page with the chrome the HTML
reader must ignore: a header with a navigation menu, a breadcrumb, a cookie banner, a table of
contents aside, a feedback form, a footer, scripts and inline CSS. The chrome names other
vendors and services on purpose: none of it may reach the extracted facts.

    .venv/bin/python tests/make_html_fixture.py          # rewrites the committed fixture
    .venv/bin/python tests/make_html_fixture.py --check  # exit 1 if it is out of date
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import yaml
from markdown_it import MarkdownIt

DATA = Path(__file__).resolve().parent / "data"
SOURCE = DATA / "azure-shared-responsibility.md"
TARGET = DATA / "html" / "azure-shared-responsibility.html"

_IMAGE = re.compile(r"^:::image\s+(?P<attrs>.*?):::\s*$", re.M)
_ATTR = re.compile(r'(?P<key>[\w-]+)="(?P<value>[^"]*)"')
_ALERT = re.compile(r"^> ?\[!(?P<kind>[A-Z]+)\]\s*\n((?:>.*\n?)*)", re.M)

PAGE = """<!DOCTYPE html>
<html class="hasSidebar hasPageActions" lang="en-us" dir="ltr" data-theme="light">
<head>
\t<meta charset="utf-8" />
\t<meta name="viewport" content="width=device-width, initial-scale=1.0" />
\t<title>{title} | Microsoft Learn</title>
\t<meta property="og:title" content="{title}" />
\t<meta property="og:type" content="website" />
\t<meta name="description" content="{description}" />
\t<meta name="ms.date" content="{date}" />
\t<meta name="author" content="{author}" />
\t<link rel="canonical"
\t\thref="https://learn.microsoft.com/en-us/azure/security/fundamentals/shared-responsibility" />
\t<style>
\t\tbody {{ font-family: "Segoe UI", sans-serif; margin: 0; }}
\t\t.cookie-banner {{ position: fixed; bottom: 0; }}
\t\t#main .content h1::before {{ content: "Amazon Web Services is responsible for"; }}
\t</style>
\t<script>
\t\twindow.msDocs = {{ data: {{ brand: "Google Cloud", partner: "Amazon Web Services" }} }};
\t\tdocument.documentElement.classList.add("js");
\t</script>
\t<script src="/static/third-party/jquery/jquery.min.js"></script>
</head>
<body lang="en-us" dir="ltr">
\t<div id="cookie-banner" class="cookie-consent-banner" role="alert">
\t\t<p>We use optional cookies to improve your experience on our websites, such as through
\t\tsocial media connections. The customer is responsible for accepting cookies.</p>
\t\t<button type="button">Accept</button> <button type="button">Reject</button>
\t</div>
\t<a class="skip-to-main-link" href="#main">Skip to main content</a>
\t<header class="site-header" role="banner">
\t\t<nav id="site-nav" aria-label="Global">
\t\t\t<ul>
\t\t\t\t<li><a href="/en-us/azure/">Azure</a></li>
\t\t\t\t<li><a href="/en-us/aws/">Amazon Web Services comparison</a></li>
\t\t\t\t<li><a href="/en-us/gcp/">Google Cloud comparison</a></li>
\t\t\t\t<li><a href="/en-us/training/">Training</a></li>
\t\t\t</ul>
\t\t</nav>
\t\t<form class="search" role="search"><input type="search" placeholder="Search" /></form>
\t</header>
\t<div class="layout-body">
\t\t<aside class="layout-body-menu" id="left-container">
\t\t\t<nav class="toc-menu" aria-label="Table of contents">
\t\t\t\t<ul>
\t\t\t\t\t<li><a href="overview">Azure security overview</a></li>
\t\t\t\t\t<li><a href="shared-responsibility">Shared responsibility in the cloud</a></li>
\t\t\t\t\t<li><a href="physical-security">Physical security</a></li>
\t\t\t\t</ul>
\t\t\t</nav>
\t\t</aside>
\t\t<main id="main" class="layout-body-main" role="main" data-bi-name="content"
\t\t\tlang="en-us" dir="ltr">
\t\t\t<nav class="breadcrumbs" aria-label="Breadcrumb">
\t\t\t\t<ol>
\t\t\t\t\t<li><a href="/en-us/">Learn</a></li>
\t\t\t\t\t<li><a href="/en-us/azure/">Azure</a></li>
\t\t\t\t\t<li><a href="/en-us/azure/security/">Security</a></li>
\t\t\t\t</ol>
\t\t\t</nav>
\t\t\t<div class="content">
{body}
\t\t\t</div>
\t\t\t<div class="feedback-section" id="feedback">
\t\t\t\t<form>
\t\t\t\t\t<h2>Feedback</h2>
\t\t\t\t\t<p>Was this page helpful? Microsoft is responsible for reading your feedback.</p>
\t\t\t\t\t<button type="submit">Yes</button> <button type="submit">No</button>
\t\t\t\t</form>
\t\t\t</div>
\t\t</main>
\t\t<aside class="layout-body-aside" id="ms--additional-resources">
\t\t\t<nav class="doc-outline" aria-label="In this article">
\t\t\t\t<h3>In this article</h3>
\t\t\t\t<ol><li><a href="#division-of-responsibility">Division of responsibility</a></li></ol>
\t\t\t</nav>
\t\t\t<div class="hidden-panel" hidden>
\t\t\t\t<p>The customer is responsible for hidden duties.</p>
\t\t\t</div>
\t\t</aside>
\t</div>
\t<footer class="footer-layout" data-bi-name="footer">
\t\t<p>&copy; Microsoft 2026. Amazon Web Services and Google Cloud are trademarks of
\t\ttheir owners.</p>
\t\t<ul>
\t\t\t<li><a href="/en-us/previous-versions/">Previous Versions</a></li>
\t\t\t<li><a href="/en-us/legal/privacy">Privacy</a></li>
\t\t</ul>
\t</footer>
\t<noscript><p>Enable JavaScript: the customer is responsible for the browser.</p></noscript>
\t<script>
\t\twindow.analytics && window.analytics.track("page", {{ "vendor": "Amazon" }});
\t</script>
</body>
</html>
"""


def _image(match: re.Match[str]) -> str:
    attrs = {m.group("key"): m.group("value") for m in _ATTR.finditer(match.group("attrs"))}
    source = html.escape(attrs.get("source", ""), quote=True)
    alt = html.escape(attrs.get("alt-text", ""), quote=True)
    return (
        f'<p><span class="mx-imgBorder"><img src="{source}" alt="{alt}" '
        f'data-linktype="relative-path"></span></p>\n'
    )


def _alert(match: re.Match[str]) -> str:
    kind = match.group("kind")
    body = re.sub(r"^> ?", "", match.group(2), flags=re.M)
    inner = MarkdownIt("commonmark", {"html": True}).enable("table").render(body)
    return f'<div class="{kind}">\n<p class="alert-title">{kind.title()}</p>\n{inner}</div>\n\n'


def render() -> str:
    """The HTML page for the Markdown source."""
    text = SOURCE.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    meta = yaml.safe_load(front)
    body = _IMAGE.sub(_image, body)
    body = _ALERT.sub(_alert, body)
    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    rendered = md.render(body)
    # MS Learn puts an anchor id on every heading
    rendered = re.sub(
        r"<h([2-6])>(.*?)</h\1>",
        lambda m: (
            f'<h{m.group(1)} id="{re.sub(r"[^a-z0-9]+", "-", m.group(2).lower()).strip("-")}">'
            f"{m.group(2)}</h{m.group(1)}>"
        ),
        rendered,
    )
    body_html = "\n".join("\t\t\t\t" + line if line else line for line in rendered.splitlines())
    return PAGE.format(
        title=html.escape(str(meta["title"]), quote=True),
        description=html.escape(str(meta["description"]), quote=True),
        date=html.escape(str(meta.get("ms.date", "")), quote=True),
        author=html.escape(str(meta.get("author", "")), quote=True),
        body=body_html,
    )


def main() -> int:
    page = render()
    if "--check" in sys.argv[1:]:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        return 0 if current == page else 1
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(page, encoding="utf-8")
    print(TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main())
