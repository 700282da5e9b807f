"""Per-message analysis: one embedding pass (`embed`), the brand addressed (`brands`), sentiment and emotion
(`sentiment`), intent (`intent`), topics and themes (`topics`, `topic_edits`), and which messages are worth a
researcher's label (`suggest`)."""
