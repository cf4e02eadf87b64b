⟦GPE|蘇青⟧協作結碩果　⟦GPE#t1|南京⟧⟦GPE#t2|無錫⟧三年投入⟦GPE#t3|西寧⟧⟦GPE#t4|海東⟧財政援助資金⟦MONEY|11.6億元|FROM=t1,t2|TO=t3,t4⟧
2020-10-19 08:52　來源：⟦ORG|青海新聞網⟧　【字體：大 中 小】

本網訊　近年來，⟦GPE#a1|江蘇省南京市|PAIRED=a2⟧與⟦GPE#a2|西寧市⟧、⟦GPE#a3|無錫市|PAIRED=a4⟧與⟦GPE#a4|海東市⟧的⟦PROGRAMME|東西部扶貧協作⟧不斷深化。記者從⟦ORG|西寧市扶貧開發局⟧瞭解到，2018年至2020年9月，⟦GPE#b1|南京⟧、⟦GPE#b2|無錫⟧兩市累計向⟦GPE#b3|西寧⟧、⟦GPE#b4|海東⟧投入財政援助資金⟦MONEY|11.6億元|FROM=b1,b2|TO=b3,b4⟧，其中⟦GPE#b5|南京市⟧對⟦GPE#b6|西寧市⟧⟦MONEY|5.1億元|FROM=b5|TO=b6⟧、⟦GPE#b7|無錫市⟧對⟦GPE#b8|海東市⟧⟦MONEY|6.5億元|FROM=b7|TO=b8⟧。

⟦GPE#c1|南京市|PAIRED=c2,c3⟧與⟦GPE#c2|大通縣⟧、⟦GPE#c3|湟中區⟧的結對幫扶起步最早。今年⟦GPE#d1|南京市江寧區⟧向⟦GPE#d2|大通縣⟧撥付協作資金⟦MONEY|2800萬元|FROM=d1|TO=d2⟧，用於建設扶貧車間和村級光伏電站；⟦GPE#e1|大通縣⟧今年1月至9月向⟦GPE#e2|南京⟧輸送務工人員⟦PERSON-COUNT|860人|FROM=e1|TO=e2⟧。在⟦GPE|海東⟧，⟦GPE|無錫⟧協作資金重點投向⟦GPE|互助縣⟧青稞產業和⟦GPE#f1|平安區⟧高原特色農產品加工，其中⟦GPE#f2|平安區⟧今年獲得⟦GPE#f3|無錫⟧協作資金⟦MONEY|1900萬元|FROM=f3|TO=f2⟧。

今年，⟦ORG#g1|無錫市幫扶海東幹部聯絡組⟧協調選派⟦GPE#g2|無錫⟧醫生、教師⟦PERSON-COUNT|96人次|FROM=g1,g2|TO=g3,g4⟧到⟦GPE#g3|樂都⟧、⟦GPE#g4|民和⟧開展短期幫扶。聯絡組現有掛職幹部⟦PERSON-COUNT|11名|TO=h1⟧，分佈在⟦GPE#h1|海東市⟧直部門和六個區縣，其中⟦PERSON-COUNT|2名|TO=h1⟧任副縣長。上半年，⟦GPE|無錫市⟧機關和企事業單位採購⟦GPE#i1|海東⟧農畜產品⟦MONEY|1.3億元|TO=i1⟧。

此外，⟦GPE|西寧⟧、⟦GPE|海東⟧兩市還在村級互助資金管理、貧困勞動力技能培訓等方面借鑑⟦GPE|江蘇⟧經驗，今年共培訓貧困勞動力⟦PERSON-COUNT|6400人次⟧。

責任編輯：馬文婷
分享到：微信　微博　QQ空間
