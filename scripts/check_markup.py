import sys
from gongbu.data.markup import read_markup
from gongbu.data.markup import MarkupError
from collections import Counter
ok=True
for mk in sys.argv[1:]:
    import pathlib
    p=pathlib.Path(mk); corpus=sorted(pathlib.Path('corpus').glob(p.name.split('.')[0]+'_*.txt'))[0]
    try:
        d=read_markup(p, corpus.read_text(encoding='utf-8'))
        print(p, 'OK', dict(Counter(e.label for e in d.entities)), dict(Counter(r[0] for r in d.relations)))
    except MarkupError as e:
        ok=False; print('ERROR', e)
