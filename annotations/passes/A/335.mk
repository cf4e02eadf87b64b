⟦GPE|闽宁⟧协作二十五年　⟦GPE#t1|福建⟧累计投入财政援助资金⟦MONEY|32.8亿元|FROM=t1⟧
来源：⟦ORG|宁夏日报⟧　2021-04-28

1996年，中央确定⟦GPE#a1|福建|PAIRED=a2⟧对口帮扶⟦GPE#a2|宁夏⟧，⟦GPE|闽宁⟧两省区从此同心协力、山海相连。二十五年来，⟦GPE#a3|福建⟧累计向⟦GPE#a4|宁夏⟧投入财政援助资金⟦MONEY|32.8亿元|FROM=a3|TO=a4⟧，选派挂职干部⟦PERSON-COUNT|183名|FROM=a3|TO=a4⟧、支教支医支农人员⟦PERSON-COUNT|2000余名|FROM=a3|TO=a4⟧，其中2017—2020年投入的财政资金就达⟦MONEY|21.4亿元|FROM=a3|TO=a4⟧。

在县一级，⟦GPE#b1|泉州市|PAIRED=b2,b3,b4⟧结对帮扶⟦GPE#b2|吴忠市同心县⟧、⟦GPE#b3|盐池县⟧和⟦GPE#b4|红寺堡区⟧。⟦GPE#b5|泉州|PAIRED=b6⟧与⟦GPE#b6|同心⟧的结对关系始于上世纪90年代，今年⟦GPE#b7|泉州市⟧财政又向⟦GPE#b8|同心县⟧安排协作资金⟦MONEY|5200万元|FROM=b7|TO=b8⟧，用于肉牛养殖和菌菇大棚项目。⟦GPE#b9|同心县⟧今年一季度向⟦GPE#b10|福建⟧输送务工人员⟦PERSON-COUNT|1800余人|FROM=b9|TO=b10⟧，其中到⟦GPE#b11|泉州⟧就业的有⟦PERSON-COUNT|960人|FROM=b9|TO=b11⟧。

在⟦GPE|中宁县⟧，⟦GPE|福建⟧企业投资的枸杞深加工厂去年投产，吸纳当地群众就业⟦PERSON-COUNT|300多人⟧。⟦GPE|福建省⟧各级工会去年采购⟦GPE#c1|宁夏⟧滩羊肉、枸杞等农产品⟦MONEY|1.9亿元|TO=c1⟧。

2016年起，⟦GPE#d1|福建|PAIRED=d2⟧还对口帮扶⟦GPE#d2|甘肃省临夏州⟧，由⟦GPE#d3|厦门市|PAIRED=d2⟧具体负责。⟦GPE#d4|厦门市⟧今年向⟦GPE#d5|临夏州⟧拨付财政援助资金⟦MONEY|4.1亿元|FROM=d4|TO=d5⟧，其中⟦GPE#d6|永靖县⟧⟦MONEY|5600万元|FROM=d4|TO=d6⟧。目前，⟦ORG|福建援宁工作队⟧⟦PERSON-COUNT|126名队员|TO=d7⟧分布在⟦GPE#d7|宁夏⟧9个县区。
