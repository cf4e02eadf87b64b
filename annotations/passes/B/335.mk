⟦GPE|闽宁⟧协作二十五年　⟦GPE#t1|福建⟧累计投入财政援助资金⟦MONEY|32.8亿元|FROM=t1⟧
来源：⟦ORG|宁夏日报⟧　2021-04-28

1996年，中央确定⟦GPE#a1|福建|PAIRED=a2⟧对口帮扶⟦GPE#a2|宁夏⟧，⟦GPE|闽宁⟧两省区从此同心协力、山海相连。二十五年来，⟦GPE#b1|福建⟧累计向⟦GPE#b2|宁夏⟧投入财政援助资金⟦MONEY|32.8亿元|FROM=b1|TO=b2⟧，选派挂职干部⟦PERSON-COUNT|183名|FROM=b1|TO=b2⟧、支教支医支农人员⟦PERSON-COUNT|2000余名|FROM=b1|TO=b2⟧，其中2017—2020年投入的财政资金就达⟦MONEY|21.4亿元|FROM=b1|TO=b2⟧。

在县一级，⟦GPE#c1|泉州市|PAIRED=c2,c3,c4⟧结对帮扶⟦GPE#c2|吴忠市同心县⟧、⟦GPE#c3|盐池县⟧和⟦GPE#c4|红寺堡区⟧。⟦GPE#d1|泉州|PAIRED=d2⟧与⟦GPE#d2|同心⟧的结对关系始于上世纪90年代，今年⟦GPE#d3|泉州市⟧财政又向⟦GPE#d4|同心县⟧安排协作资金⟦MONEY|5200万元|FROM=d3|TO=d4⟧，用于肉牛养殖和菌菇大棚项目。⟦GPE#e1|同心县⟧今年一季度向⟦GPE#e2|福建⟧输送务工人员⟦PERSON-COUNT|1800余人|FROM=e1|TO=e2⟧，其中到⟦GPE#e3|泉州⟧就业的有⟦PERSON-COUNT|960人|FROM=e1|TO=e3⟧。

在⟦GPE|中宁县⟧，⟦GPE|福建⟧企业投资的枸杞深加工厂去年投产，吸纳当地群众就业⟦PERSON-COUNT|300多人⟧。⟦GPE|福建省⟧各级工会去年采购⟦GPE#f1|宁夏⟧滩羊肉、枸杞等农产品⟦MONEY|1.9亿元|TO=f1⟧。

2016年起，⟦GPE#g1|福建|PAIRED=g2⟧还对口帮扶⟦GPE#g2|甘肃省临夏州⟧，由⟦GPE#g3|厦门市|PAIRED=g2⟧具体负责。⟦GPE#h1|厦门市⟧今年向⟦GPE#h2|临夏州⟧拨付财政援助资金⟦MONEY|4.1亿元|FROM=h1|TO=h2⟧，其中⟦GPE#h3|永靖县⟧⟦MONEY|5600万元|FROM=h1|TO=h3⟧。目前，⟦ORG|福建援宁工作队⟧⟦PERSON-COUNT|126名队员|TO=i1⟧分布在⟦GPE#i1|宁夏⟧9个县区。
