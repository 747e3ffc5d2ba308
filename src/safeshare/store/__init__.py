"""Storage: SQLAlchemy models, repositories and migrations. The only package that touches the database."""
