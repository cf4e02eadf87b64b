⟦GPE|蘇銅⟧協作七年 山海情深結碩果

本報訊 自2013年⟦GPE#p1|江蘇省蘇州市|PAIRED=p2⟧對口幫扶⟦GPE#p2|貴州省銅仁市⟧以來，兩地把⟦PROGRAMME|東西部扶貧協作⟧作為共同的政治責任。目前，兩地縣、鄉、村三級已實現結對全覆蓋。

據統計，七年來⟦GPE#p3|蘇州⟧累計投入財政幫扶資金⟦MONEY#m1|21.6億元|FROM=p3|TO=p4⟧，支持⟦GPE#p4|銅仁⟧實施項目1100多個，其中2020年安排⟦MONEY#m2|7.35億元|FROM=p3|TO=p4⟧。

⟦ORG#o1|蘇州恆遠紡織有限公司⟧在⟦GPE#p5|松桃苗族自治縣⟧投資⟦MONEY#m3|一億二千萬元|FROM=o1|TO=p5⟧建設扶貧產業園。園區目前已吸納⟦PERSON-COUNT|650名當地群眾⟧就業。

⟦GPE#p6|蘇州⟧先後選派⟦PERSON-COUNT#c1|152名黨政幹部|FROM=p6|TO=p7⟧、⟦PERSON-COUNT#c2|2300餘名專業技術人才|FROM=p6|TO=p7⟧來⟦GPE#p7|銅⟧工作。⟦ORG#o2|蘇州金雞湖實驗學校⟧接收⟦GPE#p8|江口縣⟧⟦PERSON-COUNT#c3|45名教師|FROM=p8|TO=o2⟧跟崗培訓，⟦ORG#o3|蘇州吳中仁和醫院|PAIRED=p9⟧與⟦GPE#p9|思南縣⟧簽訂醫療幫扶協議。

勞務協作方面，⟦GPE#p10|銅仁⟧今年已有⟦PERSON-COUNT#c4|1.46萬名貧困勞動力|FROM=p10|TO=p11⟧赴⟦GPE#p11|蘇⟧務工，其中⟦GPE#p12|沿河土家族自治縣⟧⟦PERSON-COUNT#c5|2380人|FROM=p12|TO=p11⟧。他們的人均月收入超過⟦MONEY|4000元⟧。

⟦GPE#p13|蘇州⟧各大商超和機關食堂去年採購⟦GPE#p14|銅仁⟧綠色農產品約⟦MONEY#m4|3.8億元|FROM=p13|TO=p14⟧。下一步，兩地將深化“⟦PROGRAMME|攜手奔小康⟧”行動，推動⟦PROGRAMME|萬企幫萬村⟧向縱深發展。
