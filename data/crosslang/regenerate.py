#!/usr/bin/env python3
"""Regenerates the cross-language tables of data/crosslang from
../shared/data/bilingual (see README.md). Usage:

    data/crosslang/regenerate.py [bilingual_dir]

Reads CC-CEDICT (CC BY-SA 4.0), the jieba word list (MIT, for frequencies)
and the npm `stopword` lists (MIT); writes

- ai_terms.tsv: the project's own table, its `cedict` column refreshed;
- cedict_en_zh.tsv / cedict_zh_en.tsv: CC-CEDICT reversed and forward,
  filtered (see README.md), CC BY-SA 4.0 like their source;
- han_pinyin.tsv: each character's toneless pinyin readings and its
  surname readings, from CC-CEDICT (CC BY-SA 4.0);
- function_words_en.txt / function_words_zh.txt: question and function words.
Deterministic: the same inputs give the same files.
"""
import gzip
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', '..', '..', 'shared', 'data', 'bilingual')
CJK = re.compile(r'^[\u3400-\u9fff]+$')
GLOSS = re.compile(r"^[a-z][a-z' -]*[a-z]$")
# Glosses that describe the word rather than translate it.
SKIP = ('variant of', 'surname', 'see ', 'used in', 'abbr.', 'cl:', 'old ', 'classifier',
        'erhua', 'also written', 'also pr.', 'radical', 'japanese', 'korean', 'taiwan pr.')
MAX_PER_KEY = 3
# English → Chinese keeps more: `ask` takes the first senses its index holds,
# and the most frequent words are often not the sense meant (anxious → 担心,
# 悄悄, 焦急 before 焦虑; skill → 技术, 手段, 功夫 before 技能).
MAX_EN_ZH = 6
MIN_FREQ = 50  # jieba count: rarer words are names, classical forms or noise.
# han_pinyin.tsv: the characters of names read aloud (ask's "Yang Zhilin" →
# 杨植麟). Rare characters still appear in names, so the bar is low.
MIN_CHAR_FREQ = 3
MAX_READINGS = 3


def jieba_freq():
    freq = {}
    with open(os.path.join(SRC, 'jieba.dict.utf8'), encoding='utf-8') as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                freq[parts[0]] = max(freq.get(parts[0], 0), int(parts[1]))
    return freq


def clean_gloss(gloss):
    g = gloss.strip().lower()
    if any(s in g for s in SKIP):
        return None
    g = re.sub(r'\([^)]*\)', '', g)
    g = re.sub(r'\[[^\]]*\]', '', g).strip()
    if g.startswith('to '):
        g = g[3:]
    # Exclamations and degree words around a sense ("how terrible!", "too
    # bad"): the sense is the word they modify.
    for lead in ('how ', 'what a ', 'what ', 'too ', 'very ', 'so '):
        if g.startswith(lead) and len(g) > len(lead) + 2:
            g = g[len(lead):]
            break
    g = ' '.join(g.split())
    if not GLOSS.match(g) or len(g.split()) > 3:
        return None
    return g


def read_cedict():
    entries = []  # (simplified, [glosses as written])
    with gzip.open(os.path.join(SRC, 'cedict_1_0_ts_utf-8_mdbg.txt.gz'), 'rt', encoding='utf-8') as f:
        header = []
        for line in f:
            if line.startswith('#'):
                header.append(line.rstrip('\n'))
                continue
            m = re.match(r'^(\S+) (\S+) \[[^\]]*\] /(.*)/\s*$', line)
            if m:
                entries.append((m.group(2), [g for part in m.group(3).split('/') for g in part.split(';')]))
    date = next((h[len('#! date='):] for h in header if h.startswith('#! date=')), 'unknown')
    return entries, date


def read_char_readings():
    """Each simplified character's toneless pinyin readings, as CC-CEDICT
    spells them, in dictionary order; surname readings ([Yang2] /surname
    Yang/) apart, since a name's first character is read as a surname."""
    readings, surname, proper = {}, {}, {}
    with gzip.open(os.path.join(SRC, 'cedict_1_0_ts_utf-8_mdbg.txt.gz'), 'rt', encoding='utf-8') as f:
        for line in f:
            m = re.match(r'^\S+ (\S) \[([A-Za-z:]+)[1-5]\] /(.*)/\s*$', line)
            if not m or not CJK.match(m.group(1)):
                continue
            ch, syllable = m.group(1), m.group(2).lower().replace('u:', 'u')
            if 'variant of' in m.group(3) or 'old variant' in m.group(3):
                continue
            if m.group(2)[0].isupper():
                if 'surname' in m.group(3).lower():
                    surname.setdefault(ch, [])
                    if syllable not in surname[ch]:
                        surname[ch].append(syllable)
                else:
                    proper.setdefault(ch, [])
                    if syllable not in proper[ch]:
                        proper[ch].append(syllable)
                continue
            readings.setdefault(ch, [])
            if syllable not in readings[ch]:
                readings[ch].append(syllable)
    # A proper-noun reading (a place name) is no name's where the character
    # has a common one, but some characters have only that entry, and they
    # write given names: 鹏 is "[Peng2] /Peng, large fabulous bird/".
    for ch, syllables in proper.items():
        if ch not in readings:
            readings[ch] = syllables
    return readings, surname


def attribution(date):
    return ('# Derived from CC-CEDICT (https://cc-cedict.org/, published by MDBG, ' + date + ').\n'
            '# Licence: Creative Commons Attribution-ShareAlike 4.0 International\n'
            '# (https://creativecommons.org/licenses/by-sa/4.0/); this file is shared under the same licence.\n'
            '# Generated by data/crosslang/regenerate.py; do not edit by hand.\n')


def main():
    freq = jieba_freq()
    entries, date = read_cedict()
    en_zh, zh_en, exact = {}, {}, set()
    for zh, glosses in entries:
        if not CJK.match(zh) or len(zh) < 2 or freq.get(zh, 0) < MIN_FREQ:
            continue
        if any('variant of' in g.lower() or g.lower().startswith('surname') for g in glosses):
            continue
        kept = []
        for gloss in glosses:
            g = clean_gloss(gloss)
            if g and g not in kept:
                kept.append(g)
                exact.add((g, zh))
                en_zh.setdefault(g, {})[zh] = freq.get(zh, 0)
        if kept:
            zh_en.setdefault(zh, [])
            for g in kept:
                if g not in zh_en[zh]:
                    zh_en[zh].append(g)
    with open(os.path.join(HERE, 'cedict_en_zh.tsv'), 'w', encoding='utf-8') as out:
        out.write(attribution(date))
        out.write('# english<TAB>chinese words, most frequent first (at most %d)\n' % MAX_EN_ZH)
        for en in sorted(en_zh):
            ranked = sorted(en_zh[en].items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_EN_ZH]
            out.write('%s\t%s\n' % (en, ','.join(zh for zh, _ in ranked)))
    readings, surname = read_char_readings()
    with open(os.path.join(HERE, 'han_pinyin.tsv'), 'w', encoding='utf-8') as out:
        out.write(attribution(date))
        out.write('# character<TAB>toneless pinyin readings, dictionary order (at most %d)'
                  '<TAB>its readings as a surname\n' % MAX_READINGS)
        for ch in sorted(set(readings) | set(surname)):
            if freq.get(ch, 0) < MIN_CHAR_FREQ and ch not in surname:
                continue
            out.write('%s\t%s\t%s\n' % (ch, ' '.join(readings.get(ch, [])[:MAX_READINGS]),
                                         ' '.join(surname.get(ch, []))))
    with open(os.path.join(HERE, 'cedict_zh_en.tsv'), 'w', encoding='utf-8') as out:
        out.write(attribution(date))
        out.write('# chinese<TAB>english senses in dictionary order (at most %d)\n' % MAX_PER_KEY)
        for zh in sorted(zh_en):
            out.write('%s\t%s\n' % (zh, ','.join(zh_en[zh][:MAX_PER_KEY])))

    # The project's table: refresh the CC-CEDICT check column.
    headwords = {zh for zh, _ in entries}
    rows, comments = [], []
    with open(os.path.join(HERE, 'ai_terms.tsv'), encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('#') or not line.strip():
                comments.append(line)
                continue
            en, zh = line.split('\t')[:2]
            if (en.lower(), zh) in exact:
                check = 'exact'
            elif zh in headwords:
                check = 'headword'
            else:
                check = 'absent'
            rows.append((en, zh, check))
    with open(os.path.join(HERE, 'ai_terms.tsv'), 'w', encoding='utf-8') as out:
        out.write('# english\tchinese\tcedict\n')
        out.write('# Written by the claimkb project (same licence as the project). The cedict column is\n'
                  '# refreshed by regenerate.py: exact = a CC-CEDICT sense of the Chinese word is the\n'
                  '# English term; headword = CC-CEDICT has the word with other senses; absent = not in\n'
                  '# CC-CEDICT (English loanwords, recent AI terms), checked by hand.\n')
        for en, zh, check in rows:
            out.write('%s\t%s\t%s\n' % (en, zh, check))

    # Function words: the npm `stopword` lists plus the interrogatives.
    def words(name):
        with open(os.path.join(SRC, name), encoding='utf-8') as f:
            return [w.strip() for w in f if w.strip() and not w.startswith('#')]
    en_words, zh_words = set(words('stopword_npm_eng.txt')), set(words('stopword_npm_zho.txt'))
    with open(os.path.join(SRC, 'question_words_en_zh.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#'):
                continue
            parts = line.rstrip('\n').split('\t')
            if len(parts) >= 2:
                if not parts[0].startswith('('):
                    en_words.update(parts[0].split())
                zh_words.add(parts[1])
    note = ('# From npm `stopword` 3.1.5 (MIT, originally from `natural` by Chris Umbel and David\n'
            '# Przybilla; see LICENSE-stopword.txt) and question_words_en_zh.tsv (compiled for\n'
            '# claimkb). Generated by data/crosslang/regenerate.py.\n')
    for name, ws in (('function_words_en.txt', en_words), ('function_words_zh.txt', zh_words)):
        with open(os.path.join(HERE, name), 'w', encoding='utf-8') as out:
            out.write(note)
            for w in sorted(ws):
                out.write(w + '\n')


if __name__ == '__main__':
    main()
