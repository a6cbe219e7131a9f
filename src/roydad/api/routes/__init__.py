"""The API's routers, one module per area, and the pages."""
