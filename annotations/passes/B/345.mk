⟦GPE|沪滇⟧协作2022年：⟦GPE#t1|上海⟧向⟦GPE#t2|云南⟧投入财政援助资金⟦MONEY|39.8亿元|FROM=t1|TO=t2⟧
⟦ORG|云南网⟧讯（记者 李娜）记者从⟦ORG|云南省乡村振兴局⟧获悉，2022年⟦GPE#a1|上海市⟧向⟦GPE#a2|云南省⟧拨付财政援助资金⟦MONEY|39.8亿元|FROM=a1|TO=a2⟧，选派党政干部⟦PERSON-COUNT|128名|FROM=a1|TO=a3⟧、专业技术人才⟦PERSON-COUNT|1460名|FROM=a1|TO=a3⟧来⟦GPE#a3|滇⟧帮扶。目前，⟦GPE#b1|上海|PAIRED=b2⟧16个区与⟦GPE#b2|云南⟧16个州（市）结对，其中⟦GPE#b3|黄浦区|PAIRED=b4⟧对口帮扶⟦GPE#b4|普洱市⟧，今年向⟦GPE#b5|澜沧拉祜族自治县⟧安排区级资金⟦MONEY|2600万元|FROM=b3|TO=b5⟧。

分州市看，部分州市到位资金和人才情况如下：
⟦GPE#c1|普洱市⟧：到位资金⟦MONEY|3.26亿元|TO=c1⟧，挂职干部⟦PERSON-COUNT|12名|TO=c1⟧，专技人才⟦PERSON-COUNT|141名|TO=c1⟧；
⟦GPE#d1|大理州⟧：到位资金⟦MONEY|2.84亿元|TO=d1⟧，挂职干部⟦PERSON-COUNT|10名|TO=d1⟧，专技人才⟦PERSON-COUNT|117名|TO=d1⟧；
⟦GPE#e1|怒江州⟧：到位资金⟦MONEY|2.51亿元|TO=e1⟧，挂职干部⟦PERSON-COUNT|9名|TO=e1⟧，专技人才⟦PERSON-COUNT|126名|TO=e1⟧；
⟦GPE#f1|文山州⟧：到位资金⟦MONEY|3.02亿元|TO=f1⟧，挂职干部⟦PERSON-COUNT|11名|TO=f1⟧，专技人才⟦PERSON-COUNT|133名|TO=f1⟧。
四州市合计到位资金⟦MONEY|11.63亿元⟧。

中央单位定点帮扶同样持续发力。⟦ORG#g1|复旦大学|PAIRED=g2⟧定点帮扶⟦GPE#g2|大理州永平县⟧已近十年，今年投入和引进帮扶资金⟦MONEY|1850万元|FROM=g1⟧，为当地培训基层干部和技术人员⟦PERSON-COUNT|3200人次⟧；⟦ORG#h1|复旦大学附属中山医院⟧向结对的⟦ORG#h2|永平县人民医院⟧派出⟦PERSON-COUNT|6名医生|FROM=h1|TO=h2⟧驻点坐诊。⟦ORG#i1|上海交通大学|PAIRED=i2⟧定点帮扶⟦GPE#i2|洱源县⟧，今年⟦ORG#i3|上海交通大学⟧通过校内食堂和电商平台采购⟦GPE#i4|洱源⟧乳扇、梅子等农产品⟦MONEY|680万元|FROM=i3|TO=i4⟧。

消费帮扶方面，⟦GPE#j1|上海⟧全年采购、帮助销售⟦GPE#j2|云南⟧农特产品⟦MONEY|136.5亿元|FROM=j1|TO=j2⟧，其中⟦ORG#j3|光明食品集团⟧采购⟦MONEY|18.2亿元|FROM=j3|TO=j2⟧。劳务协作方面，⟦GPE#k1|云南⟧全年有⟦PERSON-COUNT|1.86万名农村劳动力|FROM=k1|TO=k2⟧赴⟦GPE#k2|沪⟧就业，另有⟦PERSON-COUNT|9.4万名脱贫劳动力⟧在省内就地就近就业。过渡期内，⟦GPE|上海⟧将保持援助资金总量稳定、只增不减。
