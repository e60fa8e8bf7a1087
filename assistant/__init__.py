"""The conversation: a small router over feature modules, each declaring its commands and intents."""
