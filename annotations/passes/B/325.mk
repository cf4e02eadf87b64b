⟦GPE|闽宁⟧协作二十四年：⟦GPE#t1|福建⟧累计向⟦GPE#t2|宁夏⟧投入援助资金逾⟦MONEY|30亿元|FROM=t1|TO=t2⟧
来源：⟦ORG|宁夏日报⟧　发布时间：2020-07-28　浏览次数：

1996年，⟦ORG|党中央⟧、⟦ORG|国务院⟧作出东部省市结对帮扶西部省区的部署，⟦GPE#a1|福建|PAIRED=a2⟧和⟦GPE#a2|宁夏⟧由此建立对口协作关系，⟦ORG|福建省对口帮扶宁夏领导小组⟧随即成立。二十四年来，⟦GPE#b1|福建省⟧先后选派11批援⟦GPE#b2|宁⟧挂职干部⟦PERSON-COUNT|183名|FROM=b1|TO=b2⟧，向⟦GPE#b3|宁夏⟧派出支教教师⟦PERSON-COUNT|1500多人次|FROM=b1|TO=b3⟧、医疗技术人员⟦PERSON-COUNT|400余名|FROM=b1|TO=b3⟧。

截至2019年底，⟦GPE|福建⟧各方累计援助⟦GPE#c1|宁夏⟧资金⟦MONEY|30.6亿元|TO=c1⟧：省级财政⟦MONEY|14.6亿元|TO=c1⟧，对口市县（区）⟦MONEY|9.8亿元|TO=c1⟧，社会各界捐资捐物折合⟦MONEY|6.2亿元|TO=c1⟧。2019年，⟦GPE#d1|福建省⟧向⟦GPE#d2|宁夏⟧拨付财政援助资金⟦MONEY|3.9亿元|FROM=d1|TO=d2⟧，其中向深度贫困的⟦GPE#d3|西吉县⟧、⟦GPE#d4|海原县⟧各安排⟦MONEY|4500万元|FROM=d1|TO=d3,d4⟧。

在市县层面，⟦GPE|福建省⟧安排⟦GPE#e1|泉州市|PAIRED=e2,e3,e4⟧对口帮扶⟦GPE#e2|吴忠市同心县⟧、⟦GPE#e3|红寺堡区⟧和⟦GPE#e4|盐池县⟧。去年⟦GPE#f1|泉州市⟧安排对口帮扶资金⟦MONEY|6490万元|FROM=f1|TO=f2,f3,f4⟧，分配如下：⟦GPE#f2|同心县⟧⟦MONEY|2150万元|FROM=f1|TO=f2⟧，⟦GPE#f3|红寺堡区⟧⟦MONEY|2200万元|FROM=f1|TO=f3⟧，⟦GPE#f4|盐池县⟧⟦MONEY|2140万元|FROM=f1|TO=f4⟧。

劳务协作方面，⟦GPE#g1|宁夏⟧在⟦GPE#g2|福建⟧稳定就业的务工人员已达⟦PERSON-COUNT|4.2万人|FROM=g1|TO=g2⟧；去年，⟦GPE#h1|同心县⟧、⟦GPE#h2|盐池县⟧又有⟦PERSON-COUNT|860名建档立卡贫困劳动力|FROM=h1,h2|TO=h3⟧乘点对点专车赴⟦GPE#h3|泉州⟧进厂务工。在⟦GPE|银川市永宁县闽宁镇⟧，⟦GPE|福建⟧企业投资的菌草、红树莓和光伏项目吸纳当地群众就业⟦PERSON-COUNT|2800余人⟧。⟦GPE#i1|福建⟧去年采购、帮助销售⟦GPE#i2|宁夏⟧枸杞、滩羊肉、葡萄酒等特色产品⟦MONEY|9.7亿元|FROM=i1|TO=i2⟧，比上年增长三成。

责任编辑：马晓燕
