⟦ORG|江苏省第九批援藏工作队⟧交出三年答卷　⟦GPE#t1|拉萨⟧四县区获援⟦GPE#t2|藏⟧资金⟦MONEY#t3|15.6亿元|TO=t1,t2⟧
⟦ORG|新华社⟧⟦GPE|拉萨⟧2022年7月26日电（记者 次仁卓嘎 周明）按照中央确定的对口支援格局，⟦GPE#a1|江苏省|PAIRED=a2⟧对口支援⟦GPE#a2|西藏拉萨市⟧，其中由⟦GPE#a3|南京市|PAIRED=a4⟧具体负责⟦GPE#a4|墨竹工卡县⟧，⟦GPE#a5|苏州市|PAIRED=a6⟧具体负责⟦GPE#a6|林周县⟧。记者从⟦ORG|江苏省援藏前方指挥部⟧获悉，⟦GPE#b1|江苏省⟧第九批援⟦GPE#b2|藏⟧干部人才共⟦PERSON-COUNT#b3|127名|FROM=b1|TO=b2⟧，于2019年7月进⟦GPE|藏⟧，目前已完成三年任务。

2019—2022年，⟦GPE#c1|江苏⟧累计向⟦GPE#c2|拉萨⟧安排援⟦GPE#c3|藏⟧资金⟦MONEY#c4|15.6亿元|FROM=c1|TO=c2,c3⟧，实施援⟦GPE|藏⟧项目142个，其中投向县乡基层的资金超过⟦MONEY#c5|12亿元|FROM=c1|TO=c2,c3⟧。分县区看：
⟦GPE#d1|南京市⟧—⟦GPE#d2|墨竹工卡县⟧：援⟦GPE#d3|藏⟧资金⟦MONEY#d4|4.3亿元|FROM=d1|TO=d2,d3⟧，干部人才⟦PERSON-COUNT#d5|38名|FROM=d1|TO=d2⟧；
⟦GPE#e1|苏州市⟧—⟦GPE#e2|林周县⟧：援⟦GPE#e3|藏⟧资金⟦MONEY#e4|3.9亿元|FROM=e1|TO=e2,e3⟧，干部人才⟦PERSON-COUNT#e5|31名|FROM=e1|TO=e2⟧；
⟦GPE#f1|达孜区⟧：援⟦GPE#f2|藏⟧资金⟦MONEY#f3|3.6亿元|TO=f1,f2⟧，干部人才⟦PERSON-COUNT#f4|29名|TO=f1⟧；
⟦GPE#g1|曲水县⟧：援⟦GPE#g2|藏⟧资金⟦MONEY#g3|3.8亿元|TO=g1,g2⟧，干部人才⟦PERSON-COUNT#g4|29名|TO=g1⟧；
合计：援⟦GPE#h1|藏⟧资金⟦MONEY#h2|15.6亿元|TO=h1⟧，干部人才⟦PERSON-COUNT|127名⟧。

在⟦GPE|墨竹工卡⟧，⟦GPE|南京⟧援建的⟦ORG|县人民医院⟧住院楼去年投入使用。今年，⟦ORG#i1|南京市第一医院⟧以“⟦PROGRAMME|组团式⟧”方式向⟦ORG#i2|墨竹工卡县人民医院⟧派出⟦PERSON-COUNT#i3|6名医生|FROM=i1|TO=i2⟧，新开展手术项目11项。在⟦GPE|曲水⟧，⟦GPE|江苏⟧援建的⟦GPE|才纳乡⟧现代农业示范区已引进企业12家，带动⟦PERSON-COUNT|1400余名农牧民⟧就近增收。

今年上半年，⟦GPE#j1|拉萨市⟧共组织⟦PERSON-COUNT#j3|230名高校毕业生|FROM=j1|TO=j2⟧赴⟦GPE#j2|苏⟧就业；⟦GPE#k1|苏州市⟧采购⟦GPE#k2|林周⟧牦牛肉、青稞等农产品⟦MONEY#k3|2100万元|FROM=k1|TO=k2⟧。与此同时，⟦GPE#l1|北京市|PAIRED=l2,l3⟧对口支援的⟦GPE#l2|城关区⟧、⟦GPE#l3|当雄县⟧今年分别获得援⟦GPE#l4|藏⟧资金⟦MONEY#l5|1.8亿元|TO=l2,l4⟧和⟦MONEY#l6|9600万元|TO=l3,l4⟧。

据悉，⟦GPE#m1|江苏省⟧第十批援⟦GPE#m2|藏⟧干部人才⟦PERSON-COUNT#m3|133名|FROM=m1|TO=m2⟧将于本月下旬进⟦GPE|藏⟧，接续推进项目建设。
