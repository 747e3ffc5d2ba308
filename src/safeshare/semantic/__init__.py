"""Local sentence embeddings for matching what people write to the knowledge base's signs."""
