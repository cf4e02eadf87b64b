⟦GPE#t1|浙江|PAIRED=t2⟧对口支援⟦GPE#t2|阿克苏⟧：十年援⟦GPE|疆⟧资金八成投向县乡
来源：⟦ORG|浙江在线⟧　2021-07-20

按照中央部署，⟦GPE#a1|浙江省|PAIRED=a2⟧对口支援⟦GPE#a2|新疆阿克苏地区⟧和⟦ORG|兵团第一师⟧，其中由⟦GPE#a3|杭州市|PAIRED=a4⟧具体负责⟦GPE#a4|阿克苏市⟧，⟦GPE#a5|嘉兴市|PAIRED=a6⟧具体负责⟦GPE#a6|沙雅县⟧，⟦GPE#a7|丽水市|PAIRED=a8⟧具体负责⟦GPE#a8|新和县⟧。⟦ORG|浙江省援疆指挥部⟧介绍，2010年以来，⟦GPE#b1|浙江⟧累计向⟦GPE#b2|阿克苏⟧投入援⟦GPE#b3|疆⟧资金⟦MONEY|98.6亿元|FROM=b1|TO=b2,b3⟧，其中用于县及县以下基层的超过⟦MONEY|79亿元|FROM=b1|TO=b2,b3⟧，先后选派援⟦GPE#b4|疆⟧干部人才⟦PERSON-COUNT|1870余名|FROM=b1|TO=b2,b4⟧。

截至2021年6月，三市援⟦GPE|疆⟧资金和干部人才情况如下：
⟦GPE#c1|杭州市⟧：援⟦GPE#c2|疆⟧资金⟦MONEY|21.4亿元|FROM=c1|TO=c2⟧，援⟦GPE#c3|疆⟧干部人才⟦PERSON-COUNT|312名|FROM=c1|TO=c3⟧；
⟦GPE#d1|嘉兴市⟧：援⟦GPE#d2|疆⟧资金⟦MONEY|10.7亿元|FROM=d1|TO=d2⟧，援⟦GPE#d3|疆⟧干部人才⟦PERSON-COUNT|218名|FROM=d1|TO=d3⟧；
⟦GPE#e1|丽水市⟧：援⟦GPE#e2|疆⟧资金⟦MONEY|8.9亿元|FROM=e1|TO=e2⟧，援⟦GPE#e3|疆⟧干部人才⟦PERSON-COUNT|176名|FROM=e1|TO=e3⟧。
三市合计援⟦GPE#f1|疆⟧资金⟦MONEY|41亿元|TO=f1⟧、干部人才⟦PERSON-COUNT|706名⟧。

在⟦GPE|沙雅⟧，⟦GPE#g1|嘉兴市⟧今年又向⟦GPE#g2|沙雅县⟧安排援⟦GPE#g3|疆⟧资金⟦MONEY|6360万元|FROM=g1|TO=g2,g3⟧，用于医院和疾控中心建设。在⟦GPE|新和⟧，⟦GPE#h1|丽水市⟧今年选派⟦PERSON-COUNT|23名医生|FROM=h1|TO=h2⟧和⟦PERSON-COUNT|31名教师|FROM=h1|TO=h2⟧到⟦GPE#h2|新和县⟧开展“⟦PROGRAMME|组团式⟧”帮扶。⟦GPE|浙阿⟧两地还建立了劳务对接机制，今年上半年，⟦GPE#i1|阿克苏地区⟧共有⟦PERSON-COUNT|2600余名富余劳动力|FROM=i1|TO=i2⟧赴⟦GPE#i2|浙江⟧务工。

此外，⟦GPE#j1|河北省|PAIRED=j2⟧对口支援⟦GPE#j2|巴音郭楞蒙古自治州⟧，⟦GPE#j3|若羌⟧、⟦GPE#j4|和静⟧等县今年分别获得援⟦GPE#j5|疆⟧资金⟦MONEY|1.2亿元|TO=j3,j5⟧和⟦MONEY|1.5亿元|TO=j4,j5⟧。
