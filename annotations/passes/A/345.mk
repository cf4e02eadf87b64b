⟦GPE|沪滇⟧协作2022年：⟦GPE#t1|上海⟧向⟦GPE#t2|云南⟧投入财政援助资金⟦MONEY|39.8亿元|FROM=t1|TO=t2⟧
⟦ORG|云南网⟧讯（记者 李娜）记者从⟦ORG|云南省乡村振兴局⟧获悉，2022年⟦GPE#a1|上海市⟧向⟦GPE#a2|云南省⟧拨付财政援助资金⟦MONEY|39.8亿元|FROM=a1|TO=a2⟧，选派党政干部⟦PERSON-COUNT|128名|FROM=a1|TO=a3⟧、专业技术人才⟦PERSON-COUNT|1460名|FROM=a1|TO=a3⟧来⟦GPE#a3|滇⟧帮扶。目前，⟦GPE#a4|上海|PAIRED=a5⟧16个区与⟦GPE#a5|云南⟧16个州（市）结对，其中⟦GPE#a6|黄浦区|PAIRED=a7⟧对口帮扶⟦GPE#a7|普洱市⟧，今年向⟦GPE#a8|澜沧拉祜族自治县⟧安排区级资金⟦MONEY|2600万元|FROM=a6|TO=a8⟧。

分州市看，部分州市到位资金和人才情况如下：
⟦GPE#b1|普洱市⟧：到位资金⟦MONEY|3.26亿元|TO=b1⟧，挂职干部⟦PERSON-COUNT|12名|TO=b1⟧，专技人才⟦PERSON-COUNT|141名|TO=b1⟧；
⟦GPE#b2|大理州⟧：到位资金⟦MONEY|2.84亿元|TO=b2⟧，挂职干部⟦PERSON-COUNT|10名|TO=b2⟧，专技人才⟦PERSON-COUNT|117名|TO=b2⟧；
⟦GPE#b3|怒江州⟧：到位资金⟦MONEY|2.51亿元|TO=b3⟧，挂职干部⟦PERSON-COUNT|9名|TO=b3⟧，专技人才⟦PERSON-COUNT|126名|TO=b3⟧；
⟦GPE#b4|文山州⟧：到位资金⟦MONEY|3.02亿元|TO=b4⟧，挂职干部⟦PERSON-COUNT|11名|TO=b4⟧，专技人才⟦PERSON-COUNT|133名|TO=b4⟧。
四州市合计到位资金⟦MONEY|11.63亿元⟧。

中央单位定点帮扶同样持续发力。⟦ORG#c1|复旦大学|PAIRED=c2⟧定点帮扶⟦GPE#c2|大理州永平县⟧已近十年，今年投入和引进帮扶资金⟦MONEY|1850万元|FROM=c1⟧，为当地培训基层干部和技术人员⟦PERSON-COUNT|3200人次⟧；⟦ORG#c3|复旦大学附属中山医院⟧向结对的⟦ORG#c4|永平县人民医院⟧派出⟦PERSON-COUNT|6名医生|FROM=c3|TO=c4⟧驻点坐诊。⟦ORG#d1|上海交通大学|PAIRED=d2⟧定点帮扶⟦GPE#d2|洱源县⟧，今年⟦ORG#d3|上海交通大学⟧通过校内食堂和电商平台采购⟦GPE#d4|洱源⟧乳扇、梅子等农产品⟦MONEY|680万元|FROM=d3|TO=d4⟧。

消费帮扶方面，⟦GPE#e1|上海⟧全年采购、帮助销售⟦GPE#e2|云南⟧农特产品⟦MONEY|136.5亿元|FROM=e1|TO=e2⟧，其中⟦ORG#e3|光明食品集团⟧采购⟦MONEY|18.2亿元|FROM=e3|TO=e2⟧。劳务协作方面，⟦GPE#f1|云南⟧全年有⟦PERSON-COUNT|1.86万名农村劳动力|FROM=f1|TO=f2⟧赴⟦GPE#f2|沪⟧就业，另有⟦PERSON-COUNT|9.4万名脱贫劳动力⟧在省内就地就近就业。过渡期内，⟦GPE|上海⟧将保持援助资金总量稳定、只增不减。
