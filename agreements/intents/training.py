"""Training the recogniser's model from examples: scikit-learn's LinearSVC over TF-IDF weighted n-grams. Used by
`python -m tools.train_intents` (which writes the shipped model) and by the test that checks the shipped model is
the one its examples give; never while serving."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from agreements.intents.model import CHAR_NGRAMS, WORD_NGRAMS, WORD_PATTERN, IntentModel, char_grams, word_grams
from agreements.intents.recogniser import tokens


def train(pairs: Iterable[tuple[str, str]]) -> IntentModel:
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    examples = list(pairs)
    texts = [" ".join(tokens(text)) for text, _ in examples]
    characters = TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS, sublinear_tf=True, dtype=np.float32)
    words = TfidfVectorizer(analyzer="word", ngram_range=WORD_NGRAMS, sublinear_tf=True, token_pattern=WORD_PATTERN,
                            dtype=np.float32)
    matrix = hstack([characters.fit_transform(texts), words.fit_transform(texts)]).tocsr()
    model = LinearSVC(C=0.5, random_state=0)
    model.fit(matrix, [intent for _, intent in examples])
    return IntentModel(
        intents=tuple(str(c) for c in model.classes_),
        char_vocabulary=[str(g) for g in characters.get_feature_names_out()], char_idf=characters.idf_,
        word_vocabulary=[str(g) for g in words.get_feature_names_out()], word_idf=words.idf_,
        weights=model.coef_.T, intercept=model.intercept_)


def analysers_agree(texts: Iterable[str]) -> list[str]:
    """The texts whose n-grams the model's own analysers read differently from scikit-learn's (none, we hope)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    characters = TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS).build_analyzer()
    words = TfidfVectorizer(analyzer="word", ngram_range=WORD_NGRAMS, token_pattern=WORD_PATTERN).build_analyzer()
    return [text for text in texts if characters(text) != char_grams(text) or words(text) != word_grams(text)]
