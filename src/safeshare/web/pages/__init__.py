"""Page routers, one module a journey."""
