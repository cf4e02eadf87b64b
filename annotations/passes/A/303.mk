新一轮对口援⟦GPE|疆⟧十年：援⟦GPE|疆⟧资金投向基层、投向民生
2020-08-28 10:05　来源：⟦ORG|天山网⟧

2010年新一轮对口援⟦GPE|疆⟧工作启动以来，19个援⟦GPE|疆⟧省市把八成以上的援⟦GPE|疆⟧资金投向基层和民生领域。按照中央部署，⟦GPE#a1|北京|PAIRED=a2⟧对口支援⟦GPE#a2|和田地区⟧和⟦ORG|兵团第十四师⟧，⟦GPE#a3|天津|PAIRED=a4,a5,a6⟧对口支援⟦GPE#a4|和田地区策勒⟧、⟦GPE#a5|于田⟧、⟦GPE#a6|民丰⟧三县，⟦GPE#a7|上海|PAIRED=a8,a9,a10,a11⟧对口支援⟦GPE#a8|喀什地区巴楚⟧、⟦GPE#a9|莎车⟧、⟦GPE#a10|泽普⟧、⟦GPE#a11|叶城⟧四县，⟦GPE#a12|广东|PAIRED=a13,a14⟧对口支援⟦GPE#a13|疏附⟧、⟦GPE#a14|伽师⟧两县和⟦ORG|兵团第三师⟧，⟦GPE#a15|深圳|PAIRED=a16,a17⟧对口支援⟦GPE#a16|喀什市⟧和⟦GPE#a17|塔什库尔干塔吉克自治县⟧。

2019年部分省市援⟦GPE|疆⟧情况如下：
⟦GPE#b1|北京市⟧：援⟦GPE#b2|疆⟧资金⟦MONEY|16.5亿元|FROM=b1|TO=b2⟧，其中安排给⟦ORG#b3|兵团第十四师⟧⟦MONEY|1.8亿元|FROM=b1|TO=b3⟧，援⟦GPE#b4|疆⟧干部人才⟦PERSON-COUNT|448名|FROM=b1|TO=b4⟧；
⟦GPE#b5|天津市⟧：援⟦GPE#b6|疆⟧资金⟦MONEY|5.4亿元|FROM=b5|TO=b6⟧，援⟦GPE#b7|疆⟧干部人才⟦PERSON-COUNT|172名|FROM=b5|TO=b7⟧；
⟦GPE#b8|上海市⟧：援⟦GPE#b9|疆⟧资金⟦MONEY|21.3亿元|FROM=b8|TO=b9⟧，援⟦GPE#b10|疆⟧干部人才⟦PERSON-COUNT|356名|FROM=b8|TO=b10⟧；
⟦GPE#b11|广东省⟧：援⟦GPE#b12|疆⟧资金⟦MONEY|16.6亿元|FROM=b11|TO=b12⟧，援⟦GPE#b13|疆⟧干部人才⟦PERSON-COUNT|285名|FROM=b11|TO=b13⟧。

今年上半年，⟦GPE#c1|北京市⟧已向⟦GPE#c2|和田⟧拨付援⟦GPE#c3|疆⟧资金⟦MONEY|8.7亿元|FROM=c1|TO=c2,c3⟧，⟦GPE|京和⟧两地共建的纺织服装产业园新吸纳就业⟦PERSON-COUNT|2100余人⟧。⟦GPE#c4|和田地区⟧还组织⟦PERSON-COUNT|360名富余劳动力|FROM=c4|TO=c5⟧赴⟦GPE#c5|京⟧务工，⟦GPE#c6|墨玉县⟧⟦PERSON-COUNT|85名学员|FROM=c6|TO=c7⟧则到⟦GPE#c7|北京⟧参加技能培训。

在⟦GPE|喀什⟧，⟦GPE|沪喀⟧协作的重点放在产业和就业上。⟦GPE#d1|上海市⟧今年向⟦GPE#d2|莎车县⟧、⟦GPE#d3|叶城县⟧各安排援⟦GPE#d4|疆⟧资金⟦MONEY|3亿元|FROM=d1|TO=d2,d3,d4⟧，用于农村安居和基层医疗设施建设。

责任编辑：阿依古丽
