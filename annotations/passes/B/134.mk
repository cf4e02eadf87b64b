⟦GPE|蘇陜⟧攜手 援⟦GPE|疆⟧援⟦GPE|藏⟧——⟦GPE|江蘇⟧對口支援工作掠影（2019）

⟦GPE|江蘇⟧是承擔對口支援和扶貧協作任務最重的省份之一。按照⟦ORG|黨中央⟧部署，⟦GPE#x0|江蘇|PAIRED=x1,x2,x3,x4⟧對口支援⟦GPE#x1|新疆伊犁州⟧、⟦GPE#x2|克州⟧和⟦ORG|兵團第四師⟧、⟦ORG|第七師⟧，對口支援⟦GPE#x3|西藏拉薩市⟧，並與⟦GPE#x4|陜西省⟧開展⟦PROGRAMME|東西部扶貧協作⟧。

在⟦GPE|蘇陜⟧協作中，⟦GPE#x5|南京市|PAIRED=x6⟧對口⟦GPE#x6|商洛市⟧、⟦GPE#x7|無錫市|PAIRED=x8⟧對口⟦GPE#x8|延安市⟧、⟦GPE#x9|常州市|PAIRED=x10⟧對口⟦GPE#x10|安康市⟧、⟦GPE#x11|連雲港市|PAIRED=x12⟧對口⟦GPE#x12|寶雞市⟧、⟦GPE#x13|徐州市|PAIRED=x14⟧對口⟦GPE#x14|銅川市⟧，全省設區市與⟦GPE|陜西⟧各市實現結對全覆蓋。⟦GPE#x15|無錫|PAIRED=x16⟧與⟦GPE#x16|延安⟧自1997年確立幫扶協作關係以來，累計向⟦GPE#x17|延安⟧提供無償援助資金⟦MONEY#x18|1.75億元|FROM=x15|TO=x17⟧，完成援建項目973個。

從年度數據看，2019年⟦GPE#x19|江蘇省⟧援⟦GPE#x20|疆⟧資金⟦MONEY#x21|28.6億元|FROM=x19|TO=x20⟧、援⟦GPE#x22|疆⟧幹部人才⟦PERSON-COUNT#x23|1062名|FROM=x19|TO=x22⟧，援⟦GPE#x24|藏⟧資金⟦MONEY#x25|4.3億元|FROM=x19|TO=x24⟧、援⟦GPE#x26|藏⟧幹部人才⟦PERSON-COUNT#x27|96名|FROM=x19|TO=x26⟧；⟦GPE|蘇陜⟧協作財政援助資金⟦MONEY|20.5億元⟧，其中省級財政⟦MONEY|8.2億元⟧。⟦ORG|江蘇省對口支援新疆伊犁州前方指揮部⟧介紹，援⟦GPE|疆⟧資金八成以上投向基層和民生。

人才和勞務方面，⟦GPE#x28|常州市⟧選派⟦PERSON-COUNT#x29|12名醫生|FROM=x28|TO=x30⟧赴⟦GPE#x30|安康市漢濱區⟧支醫，⟦ORG|江蘇援陜工作隊⟧隊員總數達到⟦PERSON-COUNT|300餘人⟧。⟦GPE#x31|陜西省⟧全年向⟦GPE#x32|江蘇⟧轉移就業貧困勞動力⟦PERSON-COUNT#x33|2.35萬人|FROM=x31|TO=x32⟧，兩省還互派幹部雙向掛職⟦PERSON-COUNT|140人次⟧。消費扶貧方面，⟦GPE#x34|江蘇⟧採購⟦GPE#x35|陜西⟧扶貧產品⟦MONEY#x36|8.6億元|FROM=x34|TO=x35⟧，爲秦巴山區農戶打開了銷路；⟦GPE|江蘇⟧各地機關食堂也簽下了長期訂單。

援⟦GPE|藏⟧方面，⟦GPE#x37|江蘇省⟧財政當年向⟦GPE#x38|拉薩市達孜區⟧、⟦GPE#x39|墨竹工卡縣⟧、⟦GPE#x40|林周縣⟧按每縣⟦MONEY#x41|5000萬元|FROM=x37|TO=x38,x39,x40,x42⟧安排援⟦GPE#x42|藏⟧項目資金；⟦ORG#x43|江蘇省人民醫院⟧與⟦ORG|拉薩市人民醫院⟧結成對口支援關係，先後派出⟦PERSON-COUNT#x44|37名醫療專家|FROM=x43|TO=x45⟧赴⟦GPE#x45|拉薩⟧，幫助當地醫院創建三甲醫院，帶出本地醫護骨幹⟦PERSON-COUNT|200多名⟧。

下一步，⟦GPE|江蘇⟧將圍繞鄉村振興，推動⟦GPE|蘇陜⟧協作從單向幫扶向雙向
