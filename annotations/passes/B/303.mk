新一轮对口援⟦GPE|疆⟧十年：援⟦GPE|疆⟧资金投向基层、投向民生
2020-08-28 10:05　来源：⟦ORG|天山网⟧

2010年新一轮对口援⟦GPE|疆⟧工作启动以来，19个援⟦GPE|疆⟧省市把八成以上的援⟦GPE|疆⟧资金投向基层和民生领域。按照中央部署，⟦GPE#a1|北京|PAIRED=a2⟧对口支援⟦GPE#a2|和田地区⟧和⟦ORG|兵团第十四师⟧，⟦GPE#a3|天津|PAIRED=a4,a5,a6⟧对口支援⟦GPE#a4|和田地区策勒⟧、⟦GPE#a5|于田⟧、⟦GPE#a6|民丰⟧三县，⟦GPE#a7|上海|PAIRED=a8,a9,a10,a11⟧对口支援⟦GPE#a8|喀什地区巴楚⟧、⟦GPE#a9|莎车⟧、⟦GPE#a10|泽普⟧、⟦GPE#a11|叶城⟧四县，⟦GPE#a12|广东|PAIRED=a13,a14⟧对口支援⟦GPE#a13|疏附⟧、⟦GPE#a14|伽师⟧两县和⟦ORG|兵团第三师⟧，⟦GPE#a15|深圳|PAIRED=a16,a17⟧对口支援⟦GPE#a16|喀什市⟧和⟦GPE#a17|塔什库尔干塔吉克自治县⟧。

2019年部分省市援⟦GPE|疆⟧情况如下：
⟦GPE#b1|北京市⟧：援⟦GPE#b2|疆⟧资金⟦MONEY|16.5亿元|FROM=b1|TO=b2⟧，其中安排给⟦ORG#b3|兵团第十四师⟧⟦MONEY|1.8亿元|FROM=b1|TO=b3⟧，援⟦GPE#b4|疆⟧干部人才⟦PERSON-COUNT|448名|FROM=b1|TO=b4⟧；
⟦GPE#c1|天津市⟧：援⟦GPE#c2|疆⟧资金⟦MONEY|5.4亿元|FROM=c1|TO=c2⟧，援⟦GPE#c3|疆⟧干部人才⟦PERSON-COUNT|172名|FROM=c1|TO=c3⟧；
⟦GPE#d1|上海市⟧：援⟦GPE#d2|疆⟧资金⟦MONEY|21.3亿元|FROM=d1|TO=d2⟧，援⟦GPE#d3|疆⟧干部人才⟦PERSON-COUNT|356名|FROM=d1|TO=d3⟧；
⟦GPE#e1|广东省⟧：援⟦GPE#e2|疆⟧资金⟦MONEY|16.6亿元|FROM=e1|TO=e2⟧，援⟦GPE#e3|疆⟧干部人才⟦PERSON-COUNT|285名|FROM=e1|TO=e3⟧。

今年上半年，⟦GPE#f1|北京市⟧已向⟦GPE#f2|和田⟧拨付援⟦GPE#f3|疆⟧资金⟦MONEY|8.7亿元|FROM=f1|TO=f2,f3⟧，⟦GPE|京和⟧两地共建的纺织服装产业园新吸纳就业⟦PERSON-COUNT|2100余人⟧。⟦GPE#g1|和田地区⟧还组织⟦PERSON-COUNT|360名富余劳动力|FROM=g1|TO=g2⟧赴⟦GPE#g2|京⟧务工，⟦GPE#g3|墨玉县⟧⟦PERSON-COUNT|85名学员|FROM=g3|TO=g4⟧则到⟦GPE#g4|北京⟧参加技能培训。

在⟦GPE|喀什⟧，⟦GPE|沪喀⟧协作的重点放在产业和就业上。⟦GPE#h1|上海市⟧今年向⟦GPE#h2|莎车县⟧、⟦GPE#h3|叶城县⟧各安排援⟦GPE#h4|疆⟧资金⟦MONEY|3亿元|FROM=h1|TO=h2,h3,h4⟧，用于农村安居和基层医疗设施建设。

责任编辑：阿依古丽
