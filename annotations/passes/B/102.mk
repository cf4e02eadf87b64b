⟦GPE|津甘⟧攜手二十餘載：⟦GPE#a1|天津|PAIRED=a2⟧16個區結對幫扶⟦GPE#a2|甘肅⟧34個縣
⟦ORG|新華社⟧⟦GPE|蘭州⟧電（記者 王朋）1996年，中央確定⟦GPE#b1|天津|PAIRED=b2⟧對口幫(bāng)扶⟦GPE#b2|甘肅⟧，此後幫扶範圍幾經調整，目前⟦GPE|天津市⟧16個區與⟦GPE|甘(gān)肅省⟧34個縣結成對子。
具體來看，⟦GPE#c1|河西區|PAIRED=c2,c3⟧對口⟦GPE#c2|崆峒區⟧、⟦GPE#c3|莊浪縣⟧，⟦GPE#c4|武清區|PAIRED=c5,c6⟧對口⟦GPE#c5|涇(jīng)川縣⟧、⟦GPE#c6|靜寧縣⟧，⟦GPE#c7|津南區|PAIRED=c8⟧對口⟦GPE#c8|靈臺縣⟧，⟦GPE#c9|東麗區|PAIRED=c10⟧對口⟦GPE#c10|皋蘭縣⟧，⟦GPE#c11|靜海區|PAIRED=c12⟧對口⟦GPE#c12|鎮原縣⟧。
在⟦GPE#d1|天津|PAIRED=d2,d3,d4⟧的幫扶下，⟦GPE#d2|甘南州⟧、⟦GPE#d3|天水市⟧、⟦GPE#d4|武威市⟧等地特色產業基礎更加穩固，群衆增收渠道不斷拓寬。
據⟦ORG|甘肅省扶貧開發辦公室⟧介紹，近年來⟦GPE#e1|天津市⟧、⟦GPE#e2|山東省青島市⟧、⟦GPE#e3|福建省福州市⟧和⟦GPE#e4|廈門市⟧累計向⟦GPE#e5|甘肅⟧投入財政援助資金⟦MONEY#e6|89.66億元|FROM=e1,e2,e3,e4|TO=e5⟧，其中2020年投入⟦MONEY#e7|30.07億(yì)元|FROM=e1,e2,e3,e4|TO=e5⟧，實施扶貧協(xié)作項目1669個。
人才方面，東部4市累計選派⟦PERSON-COUNT#f1|623名掛職幹(gàn)部|TO=f3⟧、⟦PERSON-COUNT#f2|5635名專技人才|TO=f3⟧到⟦GPE#f3|甘肅⟧開展幫扶；⟦GPE#g1|甘肅⟧也先後選派⟦PERSON-COUNT#g2|825名掛職幹部|FROM=g1⟧、⟦PERSON-COUNT#g3|9890名專技人才|FROM=g1⟧到東部4市交流學習，雙向交流已成爲常態。
勞務協作方面，2020年⟦GPE#h1|甘肅⟧共有⟦PERSON-COUNT#h2|6.2萬農村勞動力|FROM=h1|TO=h3⟧轉移到⟦GPE#h3|天津⟧等地務工；消費扶貧方面，⟦ORG#i1|天津食品集團⟧等企業當年採購⟦GPE#i2|甘肅⟧農特產品⟦MONEY#i3|12.4億元|FROM=i1|TO=i2⟧。
按照《⟦GPE|天津市⟧·⟦GPE|甘肅省⟧“十四五”深化東西部協作規劃》，5年過渡期內資金投入預計超過⟦MONEY|80億元⟧、人才選派超過⟦PERSON-COUNT|4500人次⟧，兩省市的協作將從“輸血”更多轉向“造血”。
2021年，⟦ORG#j1|天津泰達投資控股有限公司|PAIRED=j2⟧與⟦GPE#j2|武威市⟧簽署戰略合作協(xié)議，計劃在⟦GPE#j3|古浪縣⟧投資⟦MONEY#j4|3.5億元|FROM=j1|TO=j3⟧建設日光溫室和冷鏈倉儲項目，預計吸納⟦PERSON-COUNT|800名易地搬遷群衆⟧就近就業。
