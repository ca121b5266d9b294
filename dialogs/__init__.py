"""Conversations (botbuilder-dialogs). Steps collect input and call services; no business rules here."""
