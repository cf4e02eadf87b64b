⟦GPE#t1|北京|PAIRED=t3⟧⟦GPE#t2|天津|PAIRED=t3⟧携手帮扶⟦GPE#t3|承德⟧　⟦GPE#t4|承德⟧五县去年获⟦GPE#t5|天津⟧帮扶资金⟦MONEY#t6|2.3亿元|FROM=t5|TO=t4⟧
来源：⟦ORG|承德日报⟧　2020-03-09

本报讯（记者 孙悦）记者从⟦ORG|承德市扶贫开发办公室⟧获悉，2016年以来，⟦GPE#a1|北京市|PAIRED=a3⟧、⟦GPE#a2|天津市|PAIRED=a3⟧共同对口帮扶⟦GPE#a3|河北省承德市⟧。其中，⟦GPE#b1|北京市怀柔区|PAIRED=b2⟧结对帮扶⟦GPE#b2|丰宁满族自治县⟧，⟦GPE#b3|天津市东丽|PAIRED=b8⟧、⟦GPE#b4|西青|PAIRED=b9⟧、⟦GPE#b5|津南|PAIRED=b10⟧、⟦GPE#b6|北辰|PAIRED=b11⟧、⟦GPE#b7|武清|PAIRED=b12⟧5个区分别与⟦GPE#b8|承德县⟧、⟦GPE#b9|平泉市⟧、⟦GPE#b10|隆化县⟧、⟦GPE#b11|兴隆县⟧、⟦GPE#b12|围场满族蒙古族自治县⟧结对。⟦GPE#c1|北京市|PAIRED=c2,c3⟧同时还帮扶⟦GPE#c2|张家口市⟧和⟦GPE#c3|内蒙古赤峰市⟧，⟦GPE#c4|朝阳区|PAIRED=c5⟧对口帮扶⟦GPE#c5|张家口市康保县⟧已满四年。

2019年⟦GPE|天津⟧5个区帮扶⟦GPE|承德⟧的资金和人员情况如下：
⟦GPE#d1|东丽区⟧：向⟦GPE#d2|承德县⟧拨付帮扶资金⟦MONEY#d3|4800万元|FROM=d1|TO=d2⟧，选派挂职干部⟦PERSON-COUNT#d4|3名|FROM=d1⟧；
⟦GPE#e1|西青区⟧：帮扶资金⟦MONEY#e2|4500万元|FROM=e1⟧，挂职干部⟦PERSON-COUNT#e3|2名|FROM=e1⟧，专技人才⟦PERSON-COUNT#e4|18名|FROM=e1⟧；
⟦GPE#f1|津南区⟧：帮扶资金⟦MONEY#f2|4600万元|FROM=f1⟧，专技人才⟦PERSON-COUNT#f3|21名|FROM=f1⟧；
⟦GPE#g1|北辰区⟧：帮扶资金⟦MONEY#g2|4400万元|FROM=g1⟧，专技人才⟦PERSON-COUNT#g3|15名|FROM=g1⟧；
⟦GPE#h1|武清区⟧：向⟦GPE#h2|围场满族蒙古族自治县⟧拨付帮扶资金⟦MONEY#h3|4700万元|FROM=h1|TO=h2⟧，选派挂职干部⟦PERSON-COUNT#h4|3名|FROM=h1⟧、专技人才⟦PERSON-COUNT#h5|24名|FROM=h1⟧。
五区合计⟦MONEY|2.3亿元⟧。

截至2019年底，⟦ORG|天津帮扶承德工作队⟧共有⟦PERSON-COUNT|168名队员⟧，党政干部和专业技术人才分别为⟦PERSON-COUNT|20名⟧和⟦PERSON-COUNT|148名⟧。⟦GPE|北京市怀柔区⟧与⟦GPE|丰宁满族自治县⟧共建的⟦GPE|怀丰⟧产业园，去年吸纳贫困群众⟦PERSON-COUNT|580人⟧就近务工。

劳务协作方面，2019年⟦GPE#i1|承德市⟧向⟦GPE#i2|京津⟧转移农村劳动力⟦PERSON-COUNT#i3|1.46万人|FROM=i1|TO=i2⟧，其中贫困劳动力⟦PERSON-COUNT#i4|5200人|FROM=i1|TO=i2⟧。消费扶贫方面，⟦ORG#j1|天津食品集团有限公司⟧去年采购⟦GPE#j2|承德⟧杂粮、肉牛等农产品⟦MONEY#j3|1.1亿元|FROM=j1|TO=j2⟧；⟦GPE|北京市⟧各区机关食堂采购⟦GPE#k1|丰宁⟧蔬菜⟦MONEY#k2|860万元|TO=k1⟧。
