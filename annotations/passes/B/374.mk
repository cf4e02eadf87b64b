⟦ORG#t1|工商银行⟧定点帮扶川东北老区：2017—2019年投入和引进帮扶资金⟦MONEY|3.4亿元|FROM=t1⟧
来源：⟦ORG|四川日报⟧　2020-01-09

1995年起，⟦ORG|中国工商银行|PAIRED=a2,a3,a4⟧定点帮扶⟦GPE#a2|四川省巴中市南江县⟧、⟦GPE#a3|通江县⟧和⟦GPE#a4|达州市万源市⟧，2019年起又承担了⟦GPE|凉山州金阳县⟧的帮扶任务。2017—2019年，⟦ORG#b1|工商银行⟧向四县（市）直接投入帮扶资金⟦MONEY|1.26亿元|FROM=b1⟧，引进帮扶资金⟦MONEY|2.14亿元|FROM=b1⟧，并为当地培训基层干部、乡村教师和技术人员⟦PERSON-COUNT|1.5万人次⟧。三年间各县（市）获得的直接帮扶资金分别为：
⟦GPE#c1|南江县⟧　⟦MONEY|3450万元|TO=c1⟧
⟦GPE#c2|通江县⟧　⟦MONEY|3380万元|TO=c2⟧
⟦GPE#c3|万源市⟧　⟦MONEY|3120万元|TO=c3⟧
⟦GPE#c4|金阳县⟧　⟦MONEY|2650万元|TO=c4⟧
合计　⟦MONEY|1.26亿元⟧

2017年以来，⟦ORG#d1|工商银行⟧先后向四县（市）选派挂职干部⟦PERSON-COUNT|11名|FROM=d1⟧，其中挂职副县长⟦PERSON-COUNT|4名|FROM=d1⟧、驻村第一书记⟦PERSON-COUNT|7名|FROM=d1⟧。去年起，该行又向⟦GPE#e1|金阳县⟧增派挂职副县长⟦PERSON-COUNT|1名|TO=e1⟧、驻村第一书记⟦PERSON-COUNT|2名|TO=e1⟧。该行还捐资⟦MONEY|85万元|TO=f1⟧为⟦GPE#f1|通江县谭坪村⟧建成安全饮水工程，惠及⟦PERSON-COUNT|200余户村民⟧。

去年，⟦ORG#g1|工商银行四川省分行⟧从⟦GPE#g2|南江县⟧、⟦GPE#g3|通江县⟧定向招聘建档立卡贫困家庭大学生⟦PERSON-COUNT|26名|FROM=g2,g3|TO=g1⟧。消费帮扶方面，⟦ORG#h1|工商银行⟧通过“⟦ORG|工银融e购⟧”平台和行内食堂采购⟦GPE#h2|金阳县⟧青花椒、苦荞等农产品⟦MONEY|1860万元|FROM=h1|TO=h2⟧，另帮助销售四县（市）农产品⟦MONEY|6400万元⟧。

下一步，⟦ORG|工商银行|PAIRED=i2,i3,i4,i5⟧将继续帮扶⟦GPE#i2|南江⟧、⟦GPE#i3|通江⟧、⟦GPE#i4|万源⟧、⟦GPE#i5|金阳⟧巩固脱贫成果。
