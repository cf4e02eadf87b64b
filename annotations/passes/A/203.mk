⟦GPE|滬喀⟧攜手十年 ⟦GPE#d0|上海⟧援⟦GPE#d00|疆⟧資金累計超過⟦MONEY#q0|92億元|FROM=d0|TO=d00⟧

⟦ORG|文匯報⟧訊（記者 楊帆）2010年新一輪對口支援⟦GPE|新疆⟧工作啟動以來，⟦GPE#d1|上海市⟧先後選派⟦PERSON-COUNT#q1|464名|FROM=d1|TO=d2,d3,d4⟧援⟦GPE#d2|疆⟧幹部人才奔赴⟦GPE#d3|喀什⟧和⟦GPE#d4|克拉瑪依⟧，五年間市財政投入援⟦GPE#d5|疆⟧資金⟦MONEY#q2|92.34億元|FROM=d1|TO=d5,d3,d4⟧，居19個援⟦GPE|疆⟧省市之首，先後實施援⟦GPE|疆⟧項目644個，涵蓋民生、產業和規劃編制。

⟦GPE|上海⟧承擔對口支援⟦GPE|喀什地區⟧四個縣的任務，其中⟦GPE#d6|浦東新區|PAIRED=d7⟧結對⟦GPE#d7|莎車縣⟧，⟦GPE#d8|閔行區|PAIRED=d9⟧結對⟦GPE#d9|澤普縣⟧，⟦GPE#d10|寶山區|PAIRED=d11⟧結對⟦GPE#d11|葉城縣⟧，⟦GPE#d12|靜安區|PAIRED=d13⟧結對⟦GPE#d13|巴楚縣⟧。

⟦GPE|莎車縣⟧是全國人口最多的縣之一，也是⟦GPE|上海⟧援⟦GPE|疆⟧資金量最大的縣。2014年以來，⟦GPE#d14|浦東新區⟧先後向⟦GPE#d15|莎車⟧派出援⟦GPE#d16|疆⟧幹(gàn)部人才⟦PERSON-COUNT#q3|75名|FROM=d14|TO=d15,d16⟧，其中教師⟦PERSON-COUNT#q5|28名|FROM=d14|TO=d15,d16⟧、醫生⟦PERSON-COUNT#q6|17名|FROM=d14|TO=d15,d16⟧、公共衛生專家⟦PERSON-COUNT#q7|20名|FROM=d14|TO=d15,d16⟧，黨政幹部⟦PERSON-COUNT#q4|10名|FROM=d14|TO=d15,d16⟧。⟦ORG|上海交通大學醫學院附屬仁濟醫院⟧與⟦ORG|莎車縣人民醫院⟧建立了“⟦PROGRAMME|師帶徒⟧”結對關係，培訓當地醫護人員⟦PERSON-COUNT|1200餘人次⟧。

產業和消費方面，⟦ORG#d17|光明食品集團|PAIRED=d18⟧與⟦GPE#d18|喀什地區⟧簽訂合作協議，三年內?浀攢墿收購當地紅棗、巴旦木等乾果。2019年，⟦GPE#d19|上海⟧各銷售渠道共採購⟦GPE#d20|喀什⟧農產品⟦MONEY#q8|5.6億元|FROM=d19|TO=d20⟧。同一年，⟦GPE#d21|喀什⟧有⟦PERSON-COUNT#q9|2100餘名富餘勞動力|FROM=d21|TO=d22⟧經組織赴⟦GPE#d22|滬⟧就業。⟦GPE|滬喀⟧兩地還互派幹部跟崗交流，累計⟦PERSON-COUNT|300餘人次⟧。

與⟦GPE|上海⟧一樣，⟦GPE#d23|北京|PAIRED=d24⟧對口支援⟦GPE#d24|和田地區⟧。黨的十八大以來，⟦GPE#d25|北京⟧投入教育援⟦GPE#d26|疆⟧資金⟦MONEY#q10|34.4億元|FROM=d25|TO=d26⟧，新建改擴建雙語幼兒園130所，⟦GPE|京和⟧兩地培訓教師⟦PERSON-COUNT|10440人次⟧。

此外，⟦GPE#d27|上海⟧還對口支援⟦ORG#d28|新疆生產建設兵團第三師⟧，2019年向該師安排援助資金⟦MONEY#q11|2.3億元|FROM=d27|TO=d28⟧，並選派⟦PERSON-COUNT#q12|31名幹部人才|FROM=d27|TO=d29⟧進駐⟦GPE#d29|圖木舒克(kè)市⟧，協助當地建設紡織服裝產業園。

記者在⟦GPE|莎車⟧採訪時看到，⟦GPE|上海⟧援建的
