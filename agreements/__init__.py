"""The domain of development agreements (udviklingsaftaler), free of any framework."""
