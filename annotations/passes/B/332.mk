首頁 > 援⟦GPE|藏⟧動態 > 正文
「⟦PROGRAMME|組團式⟧」援⟦GPE|藏⟧五年　⟦GPE|日喀則⟧迎來第四批醫療人才
2019-08-12 09:30　來源：⟦ORG|中國西藏網⟧　【字體：大 中 小】

按照中央確定的對口支援格局，⟦GPE#a1|上海|PAIRED=a5⟧、⟦GPE#a2|山東|PAIRED=a5⟧、⟦GPE#a3|黑龍江|PAIRED=a5⟧、⟦GPE#a4|吉林|PAIRED=a5⟧四省市對口支援⟦GPE#a5|西藏日喀則市⟧，⟦GPE#a6|天津市|PAIRED=a7⟧對口支援⟦GPE#a7|昌都市⟧，⟦GPE#a8|浙江|PAIRED=a10⟧、⟦GPE#a9|遼寧|PAIRED=a10⟧兩省則對口支援⟦GPE#a10|那曲市⟧。

2017—2019年，⟦GPE#b1|上海市⟧共向⟦GPE#b2|日喀則⟧安排援⟦GPE#b3|藏⟧資金⟦MONEY|18.9億元|FROM=b1|TO=b2,b3⟧，其中用於⟦GPE|江孜⟧、⟦GPE|拉孜⟧、⟦GPE|定日⟧、⟦GPE|亞東⟧、⟦GPE|薩迦⟧五縣的資金佔八成以上；⟦GPE#c1|山東省⟧援⟦GPE#c2|藏⟧資金⟦MONEY|12.4億元|FROM=c1|TO=c2⟧，選派援⟦GPE#c3|藏⟧幹部人才⟦PERSON-COUNT|106名|FROM=c1|TO=c3⟧。今年8月，⟦GPE#d1|上海⟧選派的⟦PERSON-COUNT|21名醫生|FROM=d1|TO=d2,d3⟧進⟦GPE#d2|藏⟧，以「⟦PROGRAMME|組團式⟧」方式在⟦ORG#d3|日喀則市人民醫院⟧開展醫療幫扶，接替去年到崗的隊員。

在⟦GPE|昌都⟧，⟦GPE#e1|天津|PAIRED=e2⟧與⟦GPE#e2|昌都⟧的對口支援關係已延續25年。去年⟦GPE#f1|天津市⟧向⟦GPE#f2|昌都市⟧投入援⟦GPE#f3|藏⟧資金⟦MONEY|4.6億元|FROM=f1|TO=f2,f3⟧，選派援⟦GPE#f4|藏⟧教師⟦PERSON-COUNT|62名|FROM=f1|TO=f2,f4⟧，其中⟦PERSON-COUNT|30名教師|FROM=f1|TO=f5⟧在⟦ORG#f5|昌都市第一高級中學⟧任教。

在⟦GPE|那曲市安多縣⟧，援⟦GPE|藏⟧幹部幫助當地建起了犛牛乳製品加工廠，帶動⟦PERSON-COUNT|340戶牧民⟧增收。⟦GPE|遼寧省⟧今年還組織⟦GPE#g1|那曲市⟧⟦PERSON-COUNT|150名高校畢業生|FROM=g1|TO=g2⟧赴⟦GPE#g2|遼⟧就業。

責任編輯：格桑　　分享到：微信 微博
相關閱讀：⟦GPE|天津⟧援⟦GPE|藏⟧幹部人才座談會在⟦GPE|昌都⟧召開
