"""Goals and the goal coach: what a goal states (R4), the coaching conversation, the draft, the rules (R3, R4)."""
