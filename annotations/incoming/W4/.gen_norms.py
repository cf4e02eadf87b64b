# helper (temporary): writes NNN.norms.jsonl from NNN.mk using the annotator's tables below
import json, re, sys
from pathlib import Path
import opencc
from gongbu.data.markup import parse_markup
cc = opencc.OpenCC('t2s')
VAR = str.maketrans({'陜':'陕','爲':'为','衆':'众','裏':'里'})
def simp(s):
    s = re.sub(r'\([a-zü]+[̀-ͯ]*[a-zǜ-ͯāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]*\)', '', s)
    s = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', s)
    return cc.convert(s.translate(VAR))
E,W,N='east','west',None
G = {}
def g(name, level, prov, side, *forms):
    for f in forms or (name,):
        G[f] = {"name": name, "level": level, "province": prov, "side": side}
TABLE = json.loads(Path(__file__).with_name('.gpe.json').read_text())
for k, v in TABLE.items():
    G[k] = v if isinstance(v, dict) else {"name": v[0], "level": v[1], "province": v[2], "side": v[3]}
PROG = {"东西部扶贫协作","东西部协作","东西扶贫协作","东西部扶贫合作","东西扶贫合作","东西部对口扶贫协作"}
CN = {'零':0,'〇':0,'一':1,'二':2,'两':2,'三':3,'四':4,'五':5,'六':6,'七':7,'八':8,'九':9}
def cnum(s):
    total, sec, cur = 0, 0, 0
    for ch in s:
        if ch in CN: cur = CN[ch]
        elif ch == '十': sec += (cur or 1)*10; cur = 0
        elif ch == '百': sec += (cur or 1)*100; cur = 0
        elif ch == '千': sec += (cur or 1)*1000; cur = 0
    return total + sec + cur
def number(span):
    s = span.translate(str.maketrans('０１２３４５６７８９．','0123456789.'))
    s = simp(s)
    m = re.match(r'([0-9.]+|[零〇一二两三四五六七八九十百千]+)', s)
    raw = m.group(1)
    v = float(raw) if raw[0].isdigit() or raw[0]=='.' else cnum(raw)
    rest = s[m.end():]
    approx_in = bool(re.match(r'[多余]', rest))
    rest2 = rest.lstrip('多余')
    mult = 1
    if rest2.startswith('万'): mult = 10**4
    elif rest2.startswith('亿'): mult = 10**8
    if approx_in is False and re.match(r'[万亿][多余]', rest2): approx_in = True
    from decimal import Decimal
    val = Decimal(raw) * mult if raw[0].isdigit() or raw[0]=='.' else Decimal(v) * mult
    val = int(val) if val == int(val) else float(val)
    return val, approx_in, raw
CATS = [('教师','teacher'),('老师','teacher'),('医','medical_staff'),('护','medical_staff'),('学生','student'),('贫困户','household'),('户','household'),
        ('干部','cadre'),('专业技术','professional'),('专技','professional'),('人才','professional'),('劳动力','worker'),('务工','worker'),('工人','worker'),('贫困人口','poor_population'),('贫困群众','poor_population'),('培训','trainee')]
def main(mk, overrides):
    doc = parse_markup(Path(mk).read_text(encoding='utf-8'))
    t = doc.text
    out = []
    for i, e in enumerate(doc.entities):
        key = f"{i}:{e.text}"
        if e.label == 'GPE':
            norm = G[e.text]
        elif e.label == 'ORG':
            norm = {"name": simp(e.text)}
        elif e.label == 'PROGRAMME':
            n = simp(e.text); norm = {"name": "东西部扶贫协作" if n in PROG else n}
        else:
            v, ap, raw = number(e.text)
            before = simp(t[max(0,e.start-3):e.start]); after = simp(t[e.end:e.end+3])
            low = high = v; approx = ap
            if ap: high = None
            if before.endswith('近') or before.endswith('将近') or before.endswith('接近'):
                approx = True; low = None; high = v
            elif before.endswith('约'):
                approx = True; low = high = None
            elif re.search(r'(超过|逾|突破|不少于|超)$', before) or after.startswith('以上'):
                approx = True; low = v; high = None
            if e.label == 'MONEY':
                norm = {"yuan": v if v != int(v) else int(v), "approx": approx, "low": low if low is None or low!=int(low) else int(low), "high": high if high is None or high!=int(high) else int(high)}
            else:
                iv = int(round(v))
                st = simp(e.text)
                unit = '人'
                for u in ('人次','名','位','户','人','个'):
                    if u in st[len(raw):]:
                        unit = u; break
                if unit == '个': unit = '人'
                cat = 'other'
                ctx = st + simp(t[e.end:e.end+12])
                for k, c in CATS:
                    if k in st: cat = c; break
                else:
                    pre = simp(t[max(0,e.start-10):e.start]); best = -1
                    for k, c in CATS:
                        j = pre.rfind(k)
                        if j > best: best, cat = j, c
                norm = {"count": iv, "unit": unit, "approx": approx, "category": cat,
                        "low": None if low is None else int(round(low)), "high": None if high is None else int(round(high))}
        if key in overrides: norm = {**norm, **overrides[key]}
        elif e.text in overrides: norm = {**norm, **overrides[e.text]}
        out.append({"label": e.label, "text": e.text, "norm": norm})
    Path(mk).with_suffix('.norms.jsonl').write_text(''.join(json.dumps(r, ensure_ascii=False)+'\n' for r in out), encoding='utf-8')
    for i, r in enumerate(out): print(i, r['label'], r['text'], json.dumps(r['norm'], ensure_ascii=False))
if __name__ == '__main__':
    main(sys.argv[1], json.loads(sys.argv[2]) if len(sys.argv) > 2 else {})
