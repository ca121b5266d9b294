"""The agreement: who starts it, setting it up, sending it for approval, the giver's decision, versions, involvement
(R10) and the document."""
