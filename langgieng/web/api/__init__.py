"""JSON routes, one module per resource, mounted under /api."""
