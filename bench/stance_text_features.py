#!/usr/bin/env python3
"""Would the claim's own characters help the stance model? An offline
measurement, not part of claimkb or of CTest.

    build-bench/bench/gold_eval ../shared --dump /tmp/stance.tsv
    apt-get install -y python3-sklearn          # numpy, scipy, scikit-learn
    /usr/bin/python3 bench/stance_text_features.py /tmp/stance.tsv

Reads the features gold_eval dumps for every labelled claim (one row each,
with the claim's text at the end of the `where` column) and scores a
multinomial logistic regression two ways, the same way gold_eval scores the
shipped model: each tuned, dev or train episode by a model fitted on the
other tuned, dev and train episodes, and the test episodes by a model fitted
on all of those. First on the dumped features alone, then with the claim's
character n-grams added (TF-IDF over characters within word boundaries,
sublinear term frequency, n-grams seen in at least two training claims;
the vocabulary is fitted on the training side of each split only).

Prints the accuracy per split for each setting. scikit-learn's regulariser
and class handling differ from StanceModel::Train, so compare the two rows
of this script with each other, not with gold_eval's figures.
"""
import collections
import csv
import re
import sys

try:
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
except ImportError:
    sys.exit('needs numpy, scipy and scikit-learn: apt-get install -y python3-sklearn, '
             'then run it with /usr/bin/python3')

FITTED_SPLITS = ('tuned', 'dev', 'train')
# The text follows "line N [cue]" and an optional "toward TARGET" in `where`.
WHERE_TEXT = re.compile(r'^line \d+ \[[^\]]*\](?: toward [^:]*)?: (.*)$')


def load(path):
    with open(path, encoding='utf-8') as f:
        rows = list(csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE))
    head, rows = rows[0], rows[1:]
    first, where = head.index('bias'), head.index('where')
    features = np.array([[float(v) for v in r[first:where]] for r in rows])
    texts = []
    for r in rows:
        m = WHERE_TEXT.match(r[where])
        texts.append(m.group(1) if m else r[where])
    episode = np.array([r[head.index('episode')] for r in rows])
    split = np.array([r[head.index('split')] for r in rows])
    gold = np.array([r[head.index('gold')] for r in rows])
    return features, texts, episode, split, gold


def fit_and_predict(features, texts, train, test, gold, ngrams, text_scale, c):
    x_train, x_test = csr_matrix(features[train]), csr_matrix(features[test])
    if ngrams:
        vectorizer = TfidfVectorizer(analyzer='char_wb', ngram_range=ngrams, min_df=2,
                                     sublinear_tf=True)
        t_train = vectorizer.fit_transform([texts[i] for i in np.where(train)[0]])
        t_test = vectorizer.transform([texts[i] for i in np.where(test)[0]])
        x_train = hstack([x_train, t_train * text_scale]).tocsr()
        x_test = hstack([x_test, t_test * text_scale]).tocsr()
    model = LogisticRegression(C=c, max_iter=5000).fit(x_train, gold[train])
    return model.predict(x_test)


def score(data, ngrams=None, text_scale=1.0, c=0.3):
    features, texts, episode, split, gold = data
    fitted = np.isin(split, FITTED_SPLITS)
    right = collections.Counter()
    total = collections.Counter()
    for name in sorted(set(episode[fitted])):
        test = episode == name
        predicted = fit_and_predict(features, texts, fitted & ~test, test, gold, ngrams,
                                    text_scale, c)
        part = split[test][0]
        right[part] += int((predicted == gold[test]).sum())
        total[part] += int(test.sum())
    test = split == 'test'
    predicted = fit_and_predict(features, texts, fitted, test, gold, ngrams, text_scale, c)
    right['test'] += int((predicted == gold[test]).sum())
    total['test'] += int(test.sum())
    return ', '.join(f'{part} {right[part] / total[part]:.3f} ({right[part]}/{total[part]})'
                     for part in FITTED_SPLITS + ('test',) if total[part])


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    data = load(sys.argv[1])
    print('features only:          ', score(data))
    for ngrams in ((1, 2), (1, 3)):
        print(f'+ character {ngrams[0]}-{ngrams[1]}-grams:', score(data, ngrams))


if __name__ == '__main__':
    main()
