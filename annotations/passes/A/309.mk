三个东部城市结对⟦GPE|甘肃⟧三市州　2019年协作资金同比增长四成
来源：⟦ORG|甘肃日报⟧　2019-12-30

记者从⟦ORG|甘肃省扶贫办⟧获悉，按照国家⟦PROGRAMME|东西部扶贫协作⟧安排，⟦GPE#a1|福州市|PAIRED=a2⟧结对帮扶⟦GPE#a2|定西市⟧，⟦GPE#a3|厦门市|PAIRED=a4⟧结对帮扶⟦GPE#a4|临夏州⟧，⟦GPE#a5|青岛市|PAIRED=a6,a7⟧结对帮扶⟦GPE#a6|陇南市⟧和⟦GPE#a7|贵州安顺市⟧。

2019年三市到位财政援助资金情况：⟦GPE#b1|福州⟧对⟦GPE#b2|定西⟧⟦MONEY|3.05亿元|FROM=b1|TO=b2⟧，⟦GPE#b3|厦门⟧对⟦GPE#b4|临夏⟧⟦MONEY|3.37亿元|FROM=b3|TO=b4⟧，⟦GPE#b5|青岛⟧对⟦GPE#b6|陇南⟧⟦MONEY|3.12亿元|FROM=b5|TO=b6⟧，三项合计⟦MONEY|9.54亿元⟧。

⟦GPE|厦临⟧两地在劳务协作上探索出点对点输转的路子。今年，⟦GPE#c1|临夏州⟧向⟦GPE#c2|厦门⟧输转劳动力⟦PERSON-COUNT|4120人|FROM=c1|TO=c2⟧，在⟦GPE#c3|厦⟧稳定就业半年以上的有⟦PERSON-COUNT|2680人|FROM=c1|TO=c3⟧。

⟦GPE#d1|青岛西海岸新区|PAIRED=d2⟧于2017年与⟦GPE#d2|陇南市武都区⟧建立扶贫协作关系，此前的2015年，该区已与⟦GPE|安顺经济技术开发区⟧结为协作对子。在⟦GPE|青岛⟧举办的国际啤酒节上，⟦GPE|陇南⟧、⟦GPE|安顺⟧两地农特产品展区吸引了大批游客。⟦GPE|福州市⟧各级工会全年采购⟦GPE#e1|定西⟧马铃薯、中药材等农产品⟦MONEY|5600万元|TO=e1⟧。

人才交流上，⟦GPE#g1|定西市⟧今年选派⟦PERSON-COUNT|65名干部|FROM=g1|TO=g2⟧到⟦GPE#g2|福州⟧挂职锻炼，⟦GPE#g3|福州⟧则选派医生、教师⟦PERSON-COUNT|312人次|FROM=g3|TO=g4⟧赴⟦GPE#g4|定⟧开展帮扶。
