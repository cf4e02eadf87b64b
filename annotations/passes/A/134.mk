⟦GPE|蘇陜⟧攜手 援⟦GPE|疆⟧援⟦GPE|藏⟧——⟦GPE|江蘇⟧對口支援工作掠影（2019）

⟦GPE|江蘇⟧是承擔對口支援和扶貧協作任務最重的省份之一。按照⟦ORG|黨中央⟧部署，⟦GPE#a1|江蘇|PAIRED=a2,a3,a4,a5⟧對口支援⟦GPE#a2|新疆伊犁州⟧、⟦GPE#a3|克州⟧和⟦ORG|兵團第四師⟧、⟦ORG|第七師⟧，對口支援⟦GPE#a4|西藏拉薩市⟧，並與⟦GPE#a5|陜西省⟧開展⟦PROGRAMME|東西部扶貧協作⟧。

在⟦GPE|蘇陜⟧協作中，⟦GPE#b1|南京市|PAIRED=b2⟧對口⟦GPE#b2|商洛市⟧、⟦GPE#b3|無錫市|PAIRED=b4⟧對口⟦GPE#b4|延安市⟧、⟦GPE#b5|常州市|PAIRED=b6⟧對口⟦GPE#b6|安康市⟧、⟦GPE#b7|連雲港市|PAIRED=b8⟧對口⟦GPE#b8|寶雞市⟧、⟦GPE#b9|徐州市|PAIRED=b10⟧對口⟦GPE#b10|銅川市⟧，全省設區市與⟦GPE|陜西⟧各市實現結對全覆蓋。⟦GPE#b11|無錫|PAIRED=b12⟧與⟦GPE#b12|延安⟧自1997年確立幫扶協作關係以來，累計向⟦GPE#b13|延安⟧提供無償援助資金⟦MONEY|1.75億元|FROM=b11|TO=b13⟧，完成援建項目973個。

從年度數據看，2019年⟦GPE#c1|江蘇省⟧援⟦GPE#c2|疆⟧資金⟦MONEY|28.6億元|FROM=c1|TO=c2⟧、援⟦GPE#c3|疆⟧幹部人才⟦PERSON-COUNT|1062名|FROM=c1|TO=c3⟧，援⟦GPE#c4|藏⟧資金⟦MONEY|4.3億元|FROM=c1|TO=c4⟧、援⟦GPE#c5|藏⟧幹部人才⟦PERSON-COUNT|96名|FROM=c1|TO=c5⟧；⟦GPE|蘇陜⟧協作財政援助資金⟦MONEY|20.5億元⟧，其中省級財政⟦MONEY|8.2億元⟧。⟦ORG|江蘇省對口支援新疆伊犁州前方指揮部⟧介紹，援⟦GPE|疆⟧資金八成以上投向基層和民生。

人才和勞務方面，⟦GPE#d1|常州市⟧選派⟦PERSON-COUNT|12名醫生|FROM=d1|TO=d2⟧赴⟦GPE#d2|安康市漢濱區⟧支醫，⟦ORG|江蘇援陜工作隊⟧隊員總數達到⟦PERSON-COUNT|300餘人⟧。⟦GPE#d3|陜西省⟧全年向⟦GPE#d4|江蘇⟧轉移就業貧困勞動力⟦PERSON-COUNT|2.35萬人|FROM=d3|TO=d4⟧，兩省還互派幹部雙向掛職⟦PERSON-COUNT|140人次⟧。消費扶貧方面，⟦GPE#d5|江蘇⟧採購⟦GPE#d6|陜西⟧扶貧產品⟦MONEY|8.6億元|FROM=d5|TO=d6⟧，爲秦巴山區農戶打開了銷路；⟦GPE|江蘇⟧各地機關食堂也簽下了長期訂單。

援⟦GPE|藏⟧方面，⟦GPE#e1|江蘇省⟧財政當年向⟦GPE#e2|拉薩市達孜區⟧、⟦GPE#e3|墨竹工卡縣⟧、⟦GPE#e4|林周縣⟧按每縣⟦MONEY|5000萬元|FROM=e1|TO=e2,e3,e4⟧安排援⟦GPE|藏⟧項目資金；⟦ORG#e5|江蘇省人民醫院⟧與⟦ORG|拉薩市人民醫院⟧結成對口支援關係，先後派出⟦PERSON-COUNT|37名醫療專家|FROM=e5|TO=e6⟧赴⟦GPE#e6|拉薩⟧，幫助當地醫院創建三甲醫院，帶出本地醫護骨幹⟦PERSON-COUNT|200多名⟧。

下一步，⟦GPE|江蘇⟧將圍繞鄉村振興，推動⟦GPE|蘇陜⟧協作從單向幫扶向雙向
