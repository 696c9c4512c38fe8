"""The local digital-support network: the partner directory staff refer customers to (docs/partners.md)."""
