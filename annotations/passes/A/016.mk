⟦GPE|蘇銅⟧協作七年 山海情深結碩果

本報訊 自2013年⟦GPE#a1|江蘇省蘇州市|PAIRED=a2⟧對口幫扶⟦GPE#a2|貴州省銅仁市⟧以來，兩地把⟦PROGRAMME|東西部扶貧協作⟧作為共同的政治責任。目前，兩地縣、鄉、村三級已實現結對全覆蓋。

據統計，七年來⟦GPE#b1|蘇州⟧累計投入財政幫扶資金⟦MONEY#m1|21.6億元|FROM=b1|TO=b2⟧，支持⟦GPE#b2|銅仁⟧實施項目1100多個，其中2020年安排⟦MONEY#m2|7.35億元|FROM=b1|TO=b2⟧。

⟦ORG#o1|蘇州恆遠紡織有限公司⟧在⟦GPE#c1|松桃苗族自治縣⟧投資⟦MONEY#m3|一億二千萬元|FROM=o1|TO=c1⟧建設扶貧產業園。園區目前已吸納⟦PERSON-COUNT|650名當地群眾⟧就業。

⟦GPE#d1|蘇州⟧先後選派⟦PERSON-COUNT#n1|152名黨政幹部|FROM=d1|TO=d2⟧、⟦PERSON-COUNT#n2|2300餘名專業技術人才|FROM=d1|TO=d2⟧來⟦GPE#d2|銅⟧工作。⟦ORG#e1|蘇州金雞湖實驗學校⟧接收⟦GPE#e2|江口縣⟧⟦PERSON-COUNT#n3|45名教師|FROM=e2|TO=e1⟧跟崗培訓，⟦ORG#e3|蘇州吳中仁和醫院|PAIRED=e4⟧與⟦GPE#e4|思南縣⟧簽訂醫療幫扶協議。

勞務協作方面，⟦GPE#f1|銅仁⟧今年已有⟦PERSON-COUNT#n4|1.46萬名貧困勞動力|FROM=f1|TO=f2⟧赴⟦GPE#f2|蘇⟧務工，其中⟦GPE#f3|沿河土家族自治縣⟧⟦PERSON-COUNT#n5|2380人|FROM=f3|TO=f2⟧。他們的人均月收入超過⟦MONEY|4000元⟧。

⟦GPE#g1|蘇州⟧各大商超和機關食堂去年採購⟦GPE#g2|銅仁⟧綠色農產品約⟦MONEY#m4|3.8億元|FROM=g1|TO=g2⟧。下一步，兩地將深化“⟦PROGRAMME|攜手奔小康⟧”行動，推動⟦PROGRAMME|萬企幫萬村⟧向縱深發展。
