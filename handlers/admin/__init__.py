"""The admin web page (`/admin` in `bot.py serve`): framework-free request handling, Jinja2 templates, SVG charts."""
