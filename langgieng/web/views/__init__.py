"""HTML pages, one module per page type; every template extends base.html."""
