#!/usr/bin/env python3
"""copy_corpus.py SRC DST N: N copies of SRC's digests (*.md but README.md)
in DST/copy-NNN/, copy k with "(copy k) " in its title line and
"claimkb_copy=k" on its link, so that each copy is a distinct episode
(distinct content hash and URL). For the ingest measurements in
bench/README.md; the copies are written at run time, never stored here."""
import os, re, shutil, sys
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
shutil.rmtree(dst, ignore_errors=True)
names = sorted(f for f in os.listdir(src) if f.endswith('.md') and f != 'README.md')
for k in range(n):
    d = os.path.join(dst, 'copy-%03d' % k); os.makedirs(d)
    for f in names:
        text = open(os.path.join(src, f), encoding='utf-8').read()
        text = re.sub(r'^- 标题：', '- 标题：(copy %d) ' % k, text, count=1, flags=re.M)
        text = re.sub(r'^(- 链接：https?://\S+)$', lambda m: m.group(1) + ('&' if '?' in m.group(1) else '?') + 'claimkb_copy=%d' % k, text, count=1, flags=re.M)
        open(os.path.join(d, f[:-3] + '-c%d.md' % k), 'w', encoding='utf-8').write(text)
