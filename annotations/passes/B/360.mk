⟦GPE|苏铜⟧协作再加力　⟦GPE#t1|铜仁⟧十区县今年获⟦GPE#t2|苏州⟧财政帮扶资金⟦MONEY|4.12亿元|FROM=t2|TO=t1⟧
⟦ORG|新华社⟧⟦GPE|贵阳⟧2019年12月28日电（记者 周雯）记者从⟦ORG|铜仁市扶贫开发办公室⟧获悉，2019年⟦GPE#a1|江苏省苏州市|PAIRED=a2⟧对口帮扶⟦GPE#a2|贵州省铜仁市⟧，全年向⟦GPE#a3|铜仁⟧拨付财政帮扶资金⟦MONEY|4.12亿元|FROM=a1|TO=a3⟧，较上年增长近三成。

⟦GPE#b1|苏州市|PAIRED=b2⟧10个县级市（区）与⟦GPE#b2|铜仁市⟧10个区县一一结对，其中⟦GPE#b3|张家港市|PAIRED=b4⟧结对帮扶⟦GPE#b4|沿河土家族自治县⟧，⟦GPE#b5|常熟市|PAIRED=b6⟧结对帮扶⟦GPE#b6|思南县⟧，⟦GPE#b7|昆山市|PAIRED=b8⟧结对帮扶⟦GPE#b8|碧江区⟧，⟦GPE#b9|太仓市|PAIRED=b10⟧结对帮扶⟦GPE#b10|玉屏侗族自治县⟧。四个结对县区今年到位资金和人员情况如下：
⟦GPE#c1|沿河土家族自治县⟧：帮扶资金⟦MONEY|5600万元|TO=c1⟧，挂职干部⟦PERSON-COUNT|5名|TO=c1⟧，专技人才⟦PERSON-COUNT|52名|TO=c1⟧；
⟦GPE#d1|思南县⟧：帮扶资金⟦MONEY|4900万元|TO=d1⟧，挂职干部⟦PERSON-COUNT|4名|TO=d1⟧，专技人才⟦PERSON-COUNT|47名|TO=d1⟧；
⟦GPE#e1|碧江区⟧：帮扶资金⟦MONEY|3800万元|TO=e1⟧，挂职干部⟦PERSON-COUNT|3名|TO=e1⟧，专技人才⟦PERSON-COUNT|35名|TO=e1⟧；
⟦GPE#f1|玉屏侗族自治县⟧：帮扶资金⟦MONEY|3300万元|TO=f1⟧，挂职干部⟦PERSON-COUNT|3名|TO=f1⟧，专技人才⟦PERSON-COUNT|28名|TO=f1⟧。
四县区合计⟦MONEY|1.76亿元⟧，其余⟦MONEY|2.36亿元|TO=g1,g2,g3,g4,g5,g6⟧安排给⟦GPE#g1|江口⟧、⟦GPE#g2|石阡⟧、⟦GPE#g3|印江⟧、⟦GPE#g4|德江⟧、⟦GPE#g5|松桃⟧、⟦GPE#g6|万山⟧六个区县。

截至2019年底，两地已共建产业园区14个，⟦GPE#h1|苏州⟧累计引导112家企业在⟦GPE#h2|铜仁⟧投资⟦MONEY|52.6亿元|FROM=h1|TO=h2⟧。劳务协作方面，今年⟦GPE#i1|铜仁市⟧有⟦PERSON-COUNT|1.26万名农村贫困劳动力|FROM=i1⟧转移到省外就业，其中到⟦GPE#i2|苏州⟧稳定就业⟦PERSON-COUNT|3180人|FROM=i1|TO=i2⟧；另有⟦PERSON-COUNT|8900余人⟧在⟦GPE|苏州⟧企业援建的扶贫车间就近就业。

人才和消费方面，⟦ORG#j1|苏州大学附属第一医院⟧向⟦ORG#j2|思南县人民医院⟧派驻“⟦PROGRAMME|组团式⟧”帮扶医疗队员⟦PERSON-COUNT|12名|FROM=j1|TO=j2⟧；⟦GPE#k1|昆山市⟧今年选派⟦PERSON-COUNT|30名骨干教师|FROM=k1|TO=k2⟧赴⟦GPE#k2|碧江区⟧支教，⟦GPE#k3|铜仁市⟧则选派⟦PERSON-COUNT|85名党政干部|FROM=k3|TO=k4⟧到⟦GPE#k4|苏州⟧跟岗学习。⟦ORG#l1|苏州市总工会⟧今年采购⟦GPE#l2|石阡⟧苔茶、⟦GPE#l3|思南⟧红薯粉等农特产品⟦MONEY|2150万元|FROM=l1|TO=l2,l3⟧。
