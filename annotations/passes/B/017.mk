⟦GPE#h1|濟南|PAIRED=h2⟧攜手⟦GPE#h2|湘西⟧ 山海相依共赴小康

本報訊 2016年底⟦PROGRAMME|東(dōng)西部扶貧協(xié)作⟧啟動以來，⟦GPE#p1|山東省濟南市|PAIRED=p2⟧對(duì)口幫(bāng)扶⟦GPE#p2|湖南省湘西土家族苗族自治州⟧，兩地建立了聯席會議、幹部掛職、產業聯盟等工作機制。

資金方面，⟦GPE#p3|濟南⟧三年來累計投入財政援助資金⟦MONEY#m1|9.8億(yì)元|FROM=p3|TO=p4⟧，支持⟦GPE#p4|湘西州⟧8個縣市實施項目，其中用於深度貧困村的資金⟦MONEY#m2|3.45億元|FROM=p3|TO=p4⟧。

⟦GPE#p5|槐蔭區(qū)|PAIRED=p6⟧結對幫扶⟦GPE#p6|花垣縣⟧，⟦ORG#o1|濟南魯泉農業科技有限公司⟧在⟦GPE#p7|花垣縣雙龍鎮⟧投資⟦MONEY#m3|2300萬(wàn)元|FROM=o1|TO=p7⟧建起獼猴桃冷庫，帶動⟦PERSON-COUNT|500餘戶貧困戶⟧增收。⟦GPE#p8|濟南高新區|PAIRED=p9⟧幫扶的⟦GPE#p9|古丈縣⟧盛產綠茶，⟦GPE#p10|濟南⟧各機關食堂和商超今年採購⟦GPE#p11|古丈⟧茶葉及農特產品近⟦MONEY#m4|三千萬(wàn)元|FROM=p10|TO=p11⟧。

人才交流方面，⟦GPE#p12|濟南⟧選派⟦PERSON-COUNT#c1|68名黨政幹部|FROM=p12|TO=p13⟧和⟦PERSON-COUNT#c2|860名專(zhuān)業技術人才|FROM=p12|TO=p13⟧赴⟦GPE#p13|湘⟧支醫支教；⟦GPE#p14|湘西⟧也有⟦PERSON-COUNT#c3|1200餘名教師|FROM=p14|TO=p15⟧和醫務人員赴⟦GPE#p15|濟⟧培訓。

勞務協(xié)作上，兩地共同舉辦專場招聘會，幫助⟦GPE#p16|湘西⟧⟦PERSON-COUNT#c4|1.3萬(wàn)名貧困勞動力|FROM=p16|TO=p17⟧到⟦GPE#p17|山東⟧等地穩定就業，其中在⟦GPE#p18|濟南⟧就業的有⟦PERSON-COUNT#c5|2100多人|FROM=p16|TO=p18⟧。⟦ORG#o2|濟南齊魯技工學校⟧今年招收⟦GPE#p19|湘西⟧⟦PERSON-COUNT#c6|320名貧困家庭學(xué)生|FROM=p19|TO=o2⟧，免除全部學費。

⟦ORG|湘西州扶貧辦⟧負責人表示，將繼續深化“⟦PROGRAMME|攜(xié)手奔小康⟧”行動，把⟦PROGRAMME|東(dong)西部協(xié)作⟧這篇大文章做得更實。
