"""Render: Jinja2 to Markdown, markdown-it-py to HTML, WeasyPrint to PDF."""
