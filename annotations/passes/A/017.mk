⟦GPE#t1|濟南|PAIRED=t2⟧攜手⟦GPE#t2|湘西⟧ 山海相依共赴小康

本報訊 2016年底⟦PROGRAMME|東(dōng)西部扶貧協(xié)作⟧啟動以來，⟦GPE#a1|山東省濟南市|PAIRED=a2⟧對(duì)口幫(bāng)扶⟦GPE#a2|湖南省湘西土家族苗族自治州⟧，兩地建立了聯席會議、幹部掛職、產業聯盟等工作機制。

資金方面，⟦GPE#b1|濟南⟧三年來累計投入財政援助資金⟦MONEY#m1|9.8億(yì)元|FROM=b1|TO=b2⟧，支持⟦GPE#b2|湘西州⟧8個縣市實施項目，其中用於深度貧困村的資金⟦MONEY#m2|3.45億元|FROM=b1|TO=b2⟧。

⟦GPE#c1|槐蔭區(qū)|PAIRED=c2⟧結對幫扶⟦GPE#c2|花垣縣⟧，⟦ORG#o1|濟南魯泉農業科技有限公司⟧在⟦GPE#c3|花垣縣雙龍鎮⟧投資⟦MONEY#m3|2300萬(wàn)元|FROM=o1|TO=c3⟧建起獼猴桃冷庫，帶動⟦PERSON-COUNT|500餘戶貧困戶⟧增收。⟦GPE#d1|濟南高新區|PAIRED=d2⟧幫扶的⟦GPE#d2|古丈縣⟧盛產綠茶，⟦GPE#d3|濟南⟧各機關食堂和商超今年採購⟦GPE#d4|古丈⟧茶葉及農特產品近⟦MONEY#m4|三千萬(wàn)元|FROM=d3|TO=d4⟧。

人才交流方面，⟦GPE#e1|濟南⟧選派⟦PERSON-COUNT#n1|68名黨政幹部|FROM=e1|TO=e2⟧和⟦PERSON-COUNT#n2|860名專(zhuān)業技術人才|FROM=e1|TO=e2⟧赴⟦GPE#e2|湘⟧支醫支教；⟦GPE#e3|湘西⟧也有⟦PERSON-COUNT#n3|1200餘名教師|FROM=e3|TO=e4⟧和醫務人員赴⟦GPE#e4|濟⟧培訓。

勞務協(xié)作上，兩地共同舉辦專場招聘會，幫助⟦GPE#f1|湘西⟧⟦PERSON-COUNT#n4|1.3萬(wàn)名貧困勞動力|FROM=f1|TO=f2⟧到⟦GPE#f2|山東⟧等地穩定就業，其中在⟦GPE#f3|濟南⟧就業的有⟦PERSON-COUNT#n5|2100多人|FROM=f1|TO=f3⟧。⟦ORG#g1|濟南齊魯技工學校⟧今年招收⟦GPE#g2|湘西⟧⟦PERSON-COUNT#n6|320名貧困家庭學(xué)生|FROM=g2|TO=g1⟧，免除全部學費。

⟦ORG|湘西州扶貧辦⟧負責人表示，將繼續深化“⟦PROGRAMME|攜(xié)手奔小康⟧”行動，把⟦PROGRAMME|東(dong)西部協(xié)作⟧這篇大文章做得更實。
