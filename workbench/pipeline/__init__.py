"""The stages run in order over a workspace (`run.analyse`), what that returns (`result.AnalysisResult`) and its
summary in words (`summary`), and the researcher's topic corrections applied downstream (`curation`)."""
