⟦GPE|滬喀⟧攜手十年 ⟦GPE#a1|上海⟧援⟦GPE#a2|疆⟧資金累計超過⟦MONEY|92億元|FROM=a1|TO=a2⟧

⟦ORG|文匯報⟧訊（記者 楊帆）2010年新一輪對口支援⟦GPE|新疆⟧工作啟動以來，⟦GPE#b1|上海市⟧先後選派⟦PERSON-COUNT|464名|FROM=b1|TO=b2,b3,b4⟧援⟦GPE#b2|疆⟧幹部人才奔赴⟦GPE#b3|喀什⟧和⟦GPE#b4|克拉瑪依⟧，五年間市財政投入援⟦GPE#b5|疆⟧資金⟦MONEY|92.34億元|FROM=b1|TO=b5⟧，居19個援⟦GPE|疆⟧省市之首，先後實施援⟦GPE|疆⟧項目644個，涵蓋民生、產業和規劃編制。

⟦GPE#c1|上海|PAIRED=c2⟧承擔對口支援⟦GPE#c2|喀什地區⟧四個縣的任務，其中⟦GPE#c3|浦東新區|PAIRED=c4⟧結對⟦GPE#c4|莎車縣⟧，⟦GPE#c5|閔行區|PAIRED=c6⟧結對⟦GPE#c6|澤普縣⟧，⟦GPE#c7|寶山區|PAIRED=c8⟧結對⟦GPE#c8|葉城縣⟧，⟦GPE#c9|靜安區|PAIRED=c10⟧結對⟦GPE#c10|巴楚縣⟧。

⟦GPE|莎車縣⟧是全國人口最多的縣之一，也是⟦GPE|上海⟧援⟦GPE|疆⟧資金量最大的縣。2014年以來，⟦GPE#d1|浦東新區⟧先後向⟦GPE#d2|莎車⟧派出援⟦GPE#d3|疆⟧幹(gàn)部人才⟦PERSON-COUNT|75名|FROM=d1|TO=d2,d3⟧，其中教師⟦PERSON-COUNT|28名|FROM=d1|TO=d2,d3⟧、醫生⟦PERSON-COUNT|17名|FROM=d1|TO=d2,d3⟧、公共衛生專家⟦PERSON-COUNT|20名|FROM=d1|TO=d2,d3⟧，黨政幹部⟦PERSON-COUNT|10名|FROM=d1|TO=d2,d3⟧。⟦ORG|上海交通大學醫學院附屬仁濟醫院⟧與⟦ORG|莎車縣人民醫院⟧建立了“⟦PROGRAMME|師帶徒⟧”結對關係，培訓當地醫護人員⟦PERSON-COUNT|1200餘人次⟧。

產業和消費方面，⟦ORG#e1|光明食品集團|PAIRED=e2⟧與⟦GPE#e2|喀什地區⟧簽訂合作協議，三年內?浀攢墿收購當地紅棗、巴旦木等乾果。2019年，⟦GPE|上海⟧各銷售渠道共採購⟦GPE#f1|喀什⟧農產品⟦MONEY|5.6億元|TO=f1⟧。同一年，⟦GPE#g1|喀什⟧有⟦PERSON-COUNT|2100餘名富餘勞動力|FROM=g1|TO=g2⟧經組織赴⟦GPE#g2|滬⟧就業。⟦GPE|滬喀⟧兩地還互派幹部跟崗交流，累計⟦PERSON-COUNT|300餘人次⟧。

與⟦GPE|上海⟧一樣，⟦GPE#h1|北京|PAIRED=h2⟧對口支援⟦GPE#h2|和田地區⟧。黨的十八大以來，⟦GPE#i1|北京⟧投入教育援⟦GPE#i2|疆⟧資金⟦MONEY|34.4億元|FROM=i1|TO=i2⟧，新建改擴建雙語幼兒園130所，⟦GPE|京和⟧兩地培訓教師⟦PERSON-COUNT|10440人次⟧。

此外，⟦GPE#j1|上海⟧還對口支援⟦ORG#j2|新疆生產建設兵團第三師⟧，2019年向該師安排援助資金⟦MONEY|2.3億元|FROM=j1|TO=j2⟧，並選派⟦PERSON-COUNT|31名幹部人才|FROM=j1|TO=j3⟧進駐⟦GPE#j3|圖木舒克(kè)市⟧，協助當地建設紡織服裝產業園。

記者在⟦GPE|莎車⟧採訪時看到，⟦GPE|上海⟧援建的
