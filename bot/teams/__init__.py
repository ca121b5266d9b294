"""The Teams side: activities in, use cases called, replies and cards out; proactive messages and Microsoft Graph."""
