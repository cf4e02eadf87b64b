援⟦GPE|藏⟧二十五載：東部省市選派援⟦GPE|藏⟧幹部人才逾萬名

⟦ORG|中新網⟧⟦GPE|拉薩⟧8月26日電（記者 趙朗）記者從⟦ORG|西藏自治區援藏工作領導小組辦公室⟧獲悉，1994年以來，全國先後有9批援⟦GPE|藏⟧幹(gàn)部人才進⟦GPE|藏⟧工作。按照中央確定的對口支援格局，⟦GPE#a1|北京|PAIRED=a3⟧、⟦GPE#a2|江蘇|PAIRED=a3⟧對口支援⟦GPE#a3|拉薩(sà)⟧,,⟦GPE#a4|上海|PAIRED=a8⟧、⟦GPE#a5|山東|PAIRED=a8⟧、⟦GPE#a6|黑龍江|PAIRED=a8⟧、⟦GPE#a7|吉林|PAIRED=a8⟧對口支援⟦GPE#a8|日喀則⟧,,⟦GPE#a9|廣東|PAIRED=a11⟧、⟦GPE#a10|福建|PAIRED=a11⟧對口支援⟦GPE#a11|林芝⟧,,⟦GPE#a12|浙江|PAIRED=a14⟧、⟦GPE#a13|遼寧|PAIRED=a14⟧對口支援⟦GPE#a14|那曲⟧,,⟦GPE#a15|天津|PAIRED=a16⟧對口支援⟦GPE#a16|昌都⟧。

2016年以來，⟦GPE#b1|江蘇省⟧援⟦GPE#b2|藏⟧資(zī)金⟦MONEY|20.6億(yì)元|FROM=b1|TO=b2⟧、援⟦GPE#b3|藏⟧幹部人才⟦PERSON-COUNT|271名|FROM=b1|TO=b3⟧；⟦GPE#c1|山東省⟧援⟦GPE#c2|藏⟧資金⟦MONEY|18.3億元|FROM=c1|TO=c2⟧、援⟦GPE#c3|藏⟧幹部人才⟦PERSON-COUNT|236名|FROM=c1|TO=c3⟧；⟦GPE#d1|廣東省⟧援⟦GPE#d2|藏⟧資金⟦MONEY|19.7億元|FROM=d1|TO=d2⟧,,其中投向⟦GPE#d3|林芝市巴宜區⟧⟦MONEY|3.2億元|FROM=d1|TO=d3⟧。

在⟦GPE|四川⟧藏區，⟦GPE#e1|廣東省|PAIRED=e2⟧自2016年起對口幫扶⟦GPE#e2|四川甘孜州⟧，三年間向⟦GPE#e3|甘孜⟧投入財政幫扶資金⟦MONEY|24.6億元|FROM=e1|TO=e3⟧,,選派⟦PERSON-COUNT|1300餘名幹部人才|FROM=e1|TO=e4⟧赴⟦GPE#e4|川⟧工作。

今年6月，⟦GPE#f1|上海⟧第九批援⟦GPE#f2|藏⟧幹部人才⟦PERSON-COUNT|95名|FROM=f1|TO=f2,f3⟧抵達⟦GPE#f3|日喀則⟧，⟦GPE#f4|福建省⟧選派的⟦PERSON-COUNT|30名醫生|FROM=f4|TO=f5⟧則在⟦GPE#f5|林芝⟧開展「⟦PROGRAMME|組團式⟧」醫療援⟦GPE|藏⟧。

責任編輯：次仁　　分享到：微博 微信
